// Every platform export imported: when, by whom, which file (with its SHA-256), into which presence,
// and what it brought.
import { Anchor, Badge, Card, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { TableHead } from '../app/DataTable';
import { handleText, useFormat } from '../app/format';
import { CardTitle, Dash, QueryRows, useActorLabel } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { PlatformIcon } from '../registry/platforms';
import { FormatIcon, ShortSha, useDuration } from './bits';
import { useDataImports } from './queries';
import { RollbackDataImport } from './RollbackDataImport';

export function DataImportHistory() {
  const { t } = useTranslation();
  const f = useFormat();
  const duration = useDuration();
  const actorLabel = useActorLabel();
  const imports = useDataImports();
  return (
    <Card>
      <CardTitle title={t('dataImports.historyTitle')} hint={t('dataImports.historyHint')} />
      <QueryRows query={imports} empty={t('dataImports.historyNone')}>
        {(rows) => (
          <Table.ScrollContainer minWidth={1090}>
            <Table highlightOnHover data-testid="data-import-history">
              <TableHead
                cells={[
                  { label: t('dataImports.when'), w: 180 },
                  { label: t('dataImports.file') },
                  { label: t('dataImports.toPresence'), w: 160 },
                  { label: t('dataImports.posts'), w: 88, numeric: true },
                  { label: t('dataImports.added'), w: 88, numeric: true },
                  { label: t('dataImports.updated'), w: 88, numeric: true },
                  { label: t('dataImports.interactions'), w: 88, numeric: true },
                  { label: t('dataImports.metrics'), w: 88, numeric: true },
                  { label: t('dataImports.rollbackColumn'), w: 130 },
                ]}
              />
              <Table.Tbody>
                {rows.map((r) => {
                  const unknown = r.unknownFields.length;
                  return (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {f.dateTime(r.at)}
                        </Text>
                        <Text
                          size="xs"
                          c="dimmed"
                          truncate
                          maw={180}
                          title={r.actorName ? t('names.login', { login: r.actor }) : undefined}
                        >
                          {t('dataImports.byIn', {
                            actor: r.actorName ?? actorLabel(r.actor),
                            duration: duration(r.durationMs),
                          })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={8} wrap="nowrap">
                          <Tooltip label={t(`dataImports.formats.${r.platform}.name`)}>
                            <span style={{ display: 'inline-flex' }}>
                              <FormatIcon platform={r.platform} size={20} />
                            </span>
                          </Tooltip>
                          <Text size="sm" fw={500} truncate maw={200} title={r.fileName}>
                            {r.fileName}
                          </Text>
                          {unknown > 0 && (
                            <Tooltip
                              label={t('dataImports.unknownFields', {
                                count: unknown,
                                value: f.number(unknown),
                              })}
                            >
                              <IconAlertTriangle
                                size={16}
                                color="var(--mantine-color-yellow-7)"
                                style={{ flex: 'none' }}
                                aria-label={t('dataImports.unknownFields', {
                                  count: unknown,
                                  value: f.number(unknown),
                                })}
                              />
                            </Tooltip>
                          )}
                        </Group>
                        <Group gap={8} mt={2} wrap="nowrap">
                          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                            {f.bytes(r.size)}
                          </Text>
                          <ShortSha sha={r.sha256} />
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {r.presence ? (
                          <>
                            <Group gap={6} wrap="nowrap">
                              <PlatformIcon id={r.presence.platform} size={18} />
                              <Anchor
                                component={Link}
                                to={`/presences/${r.presence.id}?tab=activity`}
                                size="sm"
                                style={{ whiteSpace: 'nowrap' }}
                              >
                                {r.presence.handle ? handleText(r.presence.handle) : `#${r.presence.id}`}
                              </Anchor>
                            </Group>
                            {r.presenceCreated && (
                              <Tooltip label={t('dataImports.newPresenceHint')}>
                                <Badge size="xs" variant="light" color="teal" tt="none" mt={4}>
                                  {t('dataImports.newPresence')}
                                </Badge>
                              </Tooltip>
                            )}
                          </>
                        ) : (
                          <Dash />
                        )}
                      </Table.Td>
                      <Table.Td className="vigie-num">{f.number(r.posts)}</Table.Td>
                      <Table.Td className="vigie-num">
                        <Text
                          span
                          size="sm"
                          c={r.added > 0 ? 'teal.8' : undefined}
                          fw={r.added > 0 ? 600 : 400}
                        >
                          {f.number(r.added)}
                        </Text>
                      </Table.Td>
                      <Table.Td className="vigie-num">{f.number(r.updated)}</Table.Td>
                      <Table.Td className="vigie-num">{f.number(r.interactions)}</Table.Td>
                      <Table.Td className="vigie-num">{f.number(r.metrics)}</Table.Td>
                      <Table.Td>
                        <RollbackDataImport record={r} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryRows>
    </Card>
  );
}
