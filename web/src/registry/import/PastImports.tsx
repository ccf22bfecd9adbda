// Every inventory imported: when, by whom, which file (its format, size and fingerprint), how many rows
// and what became of them.
import { Badge, Card, Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableHead } from '../../app/DataTable';
import { useFormat } from '../../app/format';
import { CardTitle, QueryRows, useActorLabel } from '../../app/ui';
import { useImports } from '../queries';

export function PastImports() {
  const { t } = useTranslation();
  const f = useFormat();
  const imports = useImports();
  const actorLabel = useActorLabel();
  return (
    <Card>
      <CardTitle title={t('import.historyTitle')} hint={t('import.historyHint')} />
      <QueryRows query={imports} empty={t('import.historyNone')}>
        {(rows) => (
          <Table.ScrollContainer minWidth={900}>
            <Table highlightOnHover data-testid="past-imports">
              <TableHead
                cells={[
                  { label: t('import.when'), w: 170 },
                  { label: t('import.who'), w: 170 },
                  { label: t('import.file') },
                  { label: t('import.rows'), w: 80, numeric: true },
                  { label: t('import.outcome') },
                ]}
              />
              <Table.Tbody>
                {rows.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(i.at)}</Table.Td>
                    <Table.Td>
                      <Text
                        size="sm"
                        truncate
                        title={i.actorName ? t('names.login', { login: i.actor }) : undefined}
                      >
                        {i.actorName ?? actorLabel(i.actor)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={t('import.fingerprint', { sha: i.sha256.slice(0, 16) })}>
                        <Group gap={8} wrap="nowrap">
                          <Badge size="sm" variant="outline" color="gray" style={{ flex: 'none' }}>
                            {i.format.toUpperCase()}
                          </Badge>
                          <Text size="sm" truncate>
                            {i.fileName}
                          </Text>
                          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                            {f.bytes(i.size)}
                          </Text>
                        </Group>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td className="vigie-num">{f.number(i.rows)}</Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="wrap">
                        {(
                          [
                            ['created', i.created, 'teal'],
                            ['updated', i.updated, 'vigie'],
                            ['unchanged', i.unchanged, 'gray'],
                            ['merged', i.merged, 'violet'],
                            ['rejected', i.rejected, 'red'],
                          ] as const
                        )
                          .filter(([, n]) => n > 0)
                          .map(([what, n, color]) => (
                            <Badge key={what} size="sm" variant="light" color={color} tt="none">
                              {t(`import.outcomes.${what}`, { value: f.number(n) })}
                            </Badge>
                          ))}
                        {i.unitsCreated > 0 && (
                          <Badge size="sm" variant="outline" color="gray" tt="none">
                            {t('import.outcomes.units', {
                              count: i.unitsCreated,
                              value: f.number(i.unitsCreated),
                            })}
                          </Badge>
                        )}
                        {i.peopleCreated > 0 && (
                          <Badge size="sm" variant="outline" color="gray" tt="none">
                            {t('import.outcomes.people', {
                              count: i.peopleCreated,
                              value: f.number(i.peopleCreated),
                            })}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryRows>
    </Card>
  );
}
