// The action plan as a board: a column per task status, a card per task (what to do, on which
// presence, who, by when, and the message to publish), moved with its buttons or by dragging; above,
// how far each unit has gone.
import { Badge, Box, Button, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Audit, Task, TaskStatus } from '../../../src/audit/model';
import { useFormat } from '../app/format';
import { Loading, QueryError, useNotify } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useCan } from '../trust/session';
import { TASK_STATUS_COLOR, TASK_STATUSES } from './meta';
import { isOverdue, TaskCard } from './plan/TaskCard';
import { UnitBars } from './plan/UnitBars';
import { useAuditProgress, useAuditTasks, usePatchTask } from './queries';

const NO_UNIT = 'none';
const NO_OWNER = 'none';

const PAGE = 60;

export function PlanBoard({
  audit,
  onOpenPresence,
}: {
  audit: Audit;
  onOpenPresence: (presenceId: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const [unit, setUnit] = useState<string | null>(null);
  const [owner, setOwner] = useState<string | null>(null);
  const [over, setOver] = useState<TaskStatus | null>(null);
  // A long plan shows its columns a page at a time.
  const [shownPerColumn, setShownPerColumn] = useState<Record<TaskStatus, number>>({
    todo: PAGE,
    doing: PAGE,
    done: PAGE,
    skipped: PAGE,
  });
  const unitId = unit && unit !== NO_UNIT ? Number(unit) : null;
  const tasks = useAuditTasks(audit.id, { unitId });
  const progress = useAuditProgress(audit.id);
  const patch = usePatchTask(audit.id);
  const canMove = useCan('plan.update');

  const unitOptions = useMemo(
    () =>
      (progress.data ?? []).map((p) => ({
        value: p.unitId === null ? NO_UNIT : String(p.unitId),
        label: p.unit ?? t('presence.noUnit'),
      })),
    [progress.data, t],
  );
  const ownerOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const task of tasks.data ?? [])
      seen.set(task.ownerId === null ? NO_OWNER : String(task.ownerId), task.owner ?? t('presence.noOne'));
    return [...seen]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [tasks.data, t]);

  const shown = useMemo(
    () =>
      (tasks.data ?? [])
        .filter((task) => unit !== NO_UNIT || task.presence.unit === null)
        .filter(
          (task) => !owner || (owner === NO_OWNER ? task.ownerId === null : String(task.ownerId) === owner),
        )
        .sort(
          (a, b) =>
            a.dueOn.localeCompare(b.dueOn) ||
            (a.presence.name ?? '').localeCompare(b.presence.name ?? '') ||
            a.step - b.step,
        ),
    [tasks.data, unit, owner],
  );

  const move = (task: Task, status: TaskStatus) => {
    if (task.status === status) return;
    patch.mutate({ id: task.id, patch: { status } }, { onError: (err) => notify.error(err) });
  };

  if (tasks.isPending) return <Loading />;
  if (tasks.isError) return <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />;

  if ((tasks.data ?? []).length === 0 && !unit) {
    return (
      <Paper withBorder p="xl" ta="center">
        <Text fw={600}>{t('audit.plan.emptyTitle')}</Text>
        <Text size="sm" c="dimmed" mt={4} maw={560} mx="auto">
          {t('audit.plan.emptyText')}
        </Text>
      </Paper>
    );
  }

  const overdue = shown.filter(isOverdue).length;

  return (
    <Stack gap="lg">
      {progress.data && progress.data.length > 0 && <UnitBars progress={progress.data} />}
      <Group gap="sm" justify="space-between">
        <Group gap="sm">
          <Select
            aria-label={t('field.unit')}
            placeholder={t('presences.allUnits')}
            data={unitOptions}
            value={unit}
            onChange={setUnit}
            clearable
            searchable
            w={220}
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select
            aria-label={t('field.owner')}
            placeholder={t('audit.plan.allOwners')}
            data={ownerOptions}
            value={owner}
            onChange={setOwner}
            clearable
            searchable
            w={220}
            nothingFoundMessage={t('common.nothingFound')}
          />
        </Group>
        <Group gap="sm">
          {overdue > 0 && (
            <Badge color="red" variant="light" tt="none" leftSection={<IconAlertCircle size={13} />}>
              {t('audit.plan.overdueCount', { count: overdue, value: f.number(overdue) })}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {t('audit.plan.count', { count: shown.length, value: f.number(shown.length) })}
          </Text>
        </Group>
      </Group>
      {canMove && (
        <Text size="xs" c="dimmed" mt={-8}>
          {t('audit.plan.dragHint')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" data-testid="plan-board">
        {TASK_STATUSES.map((status) => {
          const column = shown.filter((task) => task.status === status);
          return (
            <Paper
              key={status}
              p="sm"
              bg={over === status ? 'var(--mantine-color-vigie-0)' : 'var(--mantine-color-gray-1)'}
              style={{
                minHeight: 240,
                outline: over === status ? '2px dashed var(--mantine-color-vigie-4)' : undefined,
              }}
              onDragOver={(e) => {
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                if (over !== status) setOver(status);
              }}
              onDragLeave={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
              }}
              onDrop={(e) => {
                e.preventDefault();
                setOver(null);
                const id = Number(e.dataTransfer.getData('text/plain'));
                const task = shown.find((x) => x.id === id);
                if (task) move(task, status);
              }}
              role="region"
              aria-label={t(`audit.taskStatus.${status}`)}
              data-testid={`column-${status}`}
            >
              <Group justify="space-between" mb="sm" px={4}>
                <Group gap={6}>
                  <Box
                    w={10}
                    h={10}
                    style={{
                      borderRadius: 10,
                      background: `var(--mantine-color-${TASK_STATUS_COLOR[status]}-filled)`,
                    }}
                  />
                  <Text size="sm" fw={700}>
                    {t(`audit.taskStatus.${status}`)}
                  </Text>
                </Group>
                <Badge variant="white" color="gray" size="sm">
                  {f.number(column.length)}
                </Badge>
              </Group>
              <Stack gap="xs" mah="calc(100vh - 180px)" style={{ overflowY: 'auto' }} p={2}>
                {column.slice(0, shownPerColumn[status]).map((task) => (
                  <TaskCard
                    key={task.id}
                    task={task}
                    onMove={(s) => move(task, s)}
                    onOpenPresence={onOpenPresence}
                  />
                ))}
                {column.length > shownPerColumn[status] && (
                  <Button
                    variant="subtle"
                    size="xs"
                    onClick={() => setShownPerColumn((n) => ({ ...n, [status]: n[status] + PAGE }))}
                  >
                    {t('audit.plan.more', { value: f.number(column.length - shownPerColumn[status]) })}
                  </Button>
                )}
                {column.length === 0 && (
                  <Text size="xs" c="dimmed" ta="center" py="lg">
                    {t('audit.plan.emptyColumn')}
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
