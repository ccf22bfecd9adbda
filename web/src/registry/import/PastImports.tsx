// Every inventory imported: when, by whom, which file (its format, size and fingerprint), how many rows
// and what became of them; each can be rolled back, once, after a confirmation.
import { Badge, Button, Card, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { TableHead } from '../../app/DataTable';
import { useFormat } from '../../app/format';
import { ConfirmModal } from '../../app/forms';
import { CardTitle, QueryRows, useActorLabel, useNotify } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useCan } from '../../trust/session';
import { type ImportRecord, useImports, useRollbackImport } from '../queries';

export function PastImports() {
  const { t } = useTranslation();
  const f = useFormat();
  const imports = useImports();
  const actorLabel = useActorLabel();
  const notify = useNotify();
  const canImport = useCan('inventory.import');
  const [confirm, setConfirm] = useState<ImportRecord | null>(null);
  const rollback = useRollbackImport({
    onSuccess: (r) => {
      setConfirm(null);
      notify.success(
        t('import.rollbackDone', {
          restored: f.number(r.presencesRestored),
          deleted: f.number(r.presencesDeleted),
          archived: f.number(r.presencesArchived),
        }),
        t('import.rollbackTitle'),
      );
    },
    // Refused (changed since, already rolled back): the message names what and why.
    onError: (err) => {
      setConfirm(null);
      notify.error(err);
    },
  });
  return (
    <Card>
      <CardTitle title={t('import.historyTitle')} hint={t('import.historyHint')} />
      <QueryRows query={imports} empty={t('import.historyNone')}>
        {(rows) => (
          <Table.ScrollContainer minWidth={1050}>
            <Table highlightOnHover data-testid="past-imports">
              <TableHead
                cells={[
                  { label: t('import.when'), w: 170 },
                  { label: t('import.who'), w: 170 },
                  { label: t('import.file') },
                  { label: t('import.rows'), w: 80, numeric: true },
                  { label: t('import.outcome') },
                  { label: t('import.rollbackColumn'), w: 150 },
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
                    <Table.Td>
                      {i.rolledBackAt ? (
                        <Tooltip
                          label={t('import.rolledBackHint', {
                            when: f.dateTime(i.rolledBackAt),
                            who: i.rolledBackByName ?? actorLabel(i.rolledBackBy ?? ''),
                          })}
                        >
                          <Badge size="sm" variant="light" color="gray" tt="none">
                            {t('import.rolledBack')}
                          </Badge>
                        </Tooltip>
                      ) : (
                        canImport && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            leftSection={<IconArrowBackUp size={14} />}
                            onClick={() => setConfirm(i)}
                            data-testid={`rollback-import-${i.id}`}
                          >
                            {t('import.rollback')}
                          </Button>
                        )
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryRows>
      <ConfirmModal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={t('import.rollbackTitle')}
        confirm={t('import.rollback')}
        onConfirm={() => confirm && rollback.mutate(confirm.id)}
        loading={rollback.isPending}
        confirmTestId="rollback-import-confirm"
      >
        <Text size="sm">
          {confirm && t('import.rollbackText', { file: confirm.fileName, when: f.dateTime(confirm.at) })}
        </Text>
      </ConfirmModal>
    </Card>
  );
}
