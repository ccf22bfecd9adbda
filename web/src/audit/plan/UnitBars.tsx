// How far each unit has gone in the action plan: its tasks done out of all, a bar per unit.
import { Box, Card, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import type { TaskStatus } from '../../../../src/audit/model';
import { useFormat } from '../../app/format';
import { useTranslation } from '../../i18n/useTranslation';
import { TASK_STATUS_COLOR } from '../meta';
import type { UnitProgress } from '../queries';

export function UnitBars({ progress }: { progress: UnitProgress[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows = [...progress].sort((a, b) => b.total - a.total);
  const total = rows.reduce((n, r) => n + r.total, 0);
  const done = rows.reduce((n, r) => n + r.done, 0);
  return (
    <Card>
      <Group justify="space-between" mb="sm" align="baseline">
        <Box>
          <Text fw={600}>{t('audit.plan.progressTitle')}</Text>
          <Text size="xs" c="dimmed">
            {t('audit.plan.progressHint')}
          </Text>
        </Box>
        <Text size="sm" fw={600}>
          {t('audit.plan.doneOf', { done: f.number(done), total: f.number(total) })}
          {total > 0 && (
            <Text span c="dimmed" size="sm" fw={400}>
              {' '}
              · {f.percent(done / total)}
            </Text>
          )}
        </Text>
      </Group>
      <Stack gap={8} data-testid="unit-progress">
        {rows.map((r) => {
          const share = (s: TaskStatus) => (r.total > 0 ? ((r.byStatus[s] ?? 0) / r.total) * 100 : 0);
          return (
            <Group key={r.unitId ?? 'none'} gap="sm" wrap="nowrap">
              <Text size="sm" w={220} truncate title={r.unit ?? t('presence.noUnit')}>
                {r.unit ?? t('presence.noUnit')}
              </Text>
              <Progress.Root size={14} style={{ flex: 1 }} aria-label={r.unit ?? t('presence.noUnit')}>
                {(['done', 'skipped', 'doing'] as const).map((s) => (
                  <Tooltip key={s} label={`${t(`audit.taskStatus.${s}`)}: ${f.number(r.byStatus[s] ?? 0)}`}>
                    <Progress.Section
                      aria-label={`${r.unit ?? t('presence.noUnit')}: ${t(`audit.taskStatus.${s}`)}`}
                      value={share(s)}
                      color={s === 'skipped' ? 'gray.5' : TASK_STATUS_COLOR[s]}
                    />
                  </Tooltip>
                ))}
              </Progress.Root>
              <Text size="sm" w={90} ta="right" className="vigie-num">
                {f.number(r.done)} / {f.number(r.total)}
              </Text>
            </Group>
          );
        })}
      </Stack>
      <Group gap="md" mt="sm">
        {(['done', 'skipped', 'doing', 'todo'] as const).map((s) => (
          <Group key={s} gap={6} wrap="nowrap">
            <Box
              w={12}
              h={12}
              style={{
                borderRadius: 3,
                background:
                  s === 'todo'
                    ? 'var(--mantine-color-gray-2)'
                    : s === 'skipped'
                      ? 'var(--mantine-color-gray-5)'
                      : `var(--mantine-color-${TASK_STATUS_COLOR[s]}-filled)`,
              }}
            />
            <Text size="xs" c="dimmed">
              {t(`audit.taskStatus.${s}`)}
            </Text>
          </Group>
        ))}
      </Group>
    </Card>
  );
}
