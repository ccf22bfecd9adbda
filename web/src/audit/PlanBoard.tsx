// The action plan as a board: a column per task status, a card per task (what to do, on which
// presence, who, by when, and the message to publish), moved with its buttons or by dragging; above,
// how far each unit has gone.
import {
  ActionIcon,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  CopyButton,
  Group,
  Menu,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import {
  IconAlertCircle,
  IconArrowLeft,
  IconArrowRight,
  IconCalendar,
  IconCheck,
  IconCopy,
  IconDots,
  IconUser,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit, Task, TaskStatus } from '../../../src/audit/model';
import { useFormat } from '../app/format';
import { Loading, QueryError, useNotify } from '../app/ui';
import { today } from '../registry/meta';
import { PlatformIcon } from '../registry/platforms';
import { useCan } from '../trust/session';
import { presenceName } from './bits';
import { TASK_STATUS_COLOR, TASK_STATUSES } from './meta';
import { type UnitProgress, useAuditProgress, useAuditTasks, usePatchTask } from './queries';
import { useAuditText } from './text';

const NO_UNIT = 'none';
const NO_OWNER = 'none';

const PAGE = 60;

const isOpen = (s: TaskStatus) => s === 'todo' || s === 'doing';

function UnitBars({ progress }: { progress: UnitProgress[] }) {
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
            <Group key={r.unitId ?? NO_UNIT} gap="sm" wrap="nowrap">
              <Text size="sm" w={220} truncate title={r.unit ?? t('presence.noUnit')}>
                {r.unit ?? t('presence.noUnit')}
              </Text>
              <Progress.Root size={14} style={{ flex: 1 }} aria-label={r.unit ?? t('presence.noUnit')}>
                {(['done', 'skipped', 'doing'] as const).map((s) => (
                  <Tooltip key={s} label={`${t(`audit.taskStatus.${s}`)}: ${f.number(r.byStatus[s] ?? 0)}`}>
                    <Progress.Section
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

function TaskCard({
  task,
  onMove,
  onOpenPresence,
}: {
  task: Task;
  onMove: (status: TaskStatus) => void;
  onOpenPresence: (presenceId: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useAuditText();
  const index = TASK_STATUSES.indexOf(task.status);
  const previous = TASK_STATUSES[index - 1];
  // "Skipped" is a choice of its own, not the step after "done".
  const next = task.status === 'done' || task.status === 'skipped' ? undefined : TASK_STATUSES[index + 1];
  const overdue = isOpen(task.status) && task.dueOn < today();
  const title = text.taskTitle(task);
  const canMove = useCan('plan.update');
  return (
    <Paper
      withBorder
      p="sm"
      draggable={canMove}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', String(task.id));
        e.dataTransfer.effectAllowed = 'move';
      }}
      style={{
        cursor: canMove ? 'grab' : undefined,
        borderLeft: overdue ? '3px solid var(--mantine-color-red-6)' : undefined,
      }}
      data-testid={`task-${task.id}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
          <Text size="sm" fw={600} lh={1.3}>
            {title}
          </Text>
          {canMove && (
            <Menu position="bottom-end" shadow="md" withinPortal>
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={t('audit.plan.moveMenu', { title })}
                >
                  <IconDots size={14} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('audit.plan.moveTo')}</Menu.Label>
                {TASK_STATUSES.filter((s) => s !== task.status).map((s) => (
                  <Menu.Item key={s} onClick={() => onMove(s)}>
                    {t(`audit.taskStatus.${s}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        <Group gap={6} wrap="nowrap">
          <PlatformIcon id={task.presence.platform} size={16} />
          <Anchor
            component="button"
            type="button"
            size="xs"
            onClick={() => onOpenPresence(task.presenceId)}
            truncate
          >
            {presenceName({
              name: task.presence.name,
              handle: task.presence.handle,
              url: `#${task.presenceId}`,
            })}
          </Anchor>
        </Group>
        <Group gap="sm" wrap="wrap">
          <Group gap={4} wrap="nowrap">
            <IconUser size={13} color="var(--mantine-color-gray-6)" />
            <Text size="xs" c={task.owner ? undefined : 'dimmed'} fs={task.owner ? undefined : 'italic'}>
              {task.owner ?? t('presence.noOne')}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            {overdue ? (
              <IconAlertCircle size={13} color="var(--mantine-color-red-7)" />
            ) : (
              <IconCalendar size={13} color="var(--mantine-color-gray-6)" />
            )}
            <Text size="xs" c={overdue ? 'red.8' : undefined} fw={overdue ? 600 : undefined}>
              {overdue
                ? t('audit.plan.overdue', { date: f.date(task.dueOn) })
                : t('audit.plan.due', { date: f.date(task.dueOn) })}
            </Text>
          </Group>
        </Group>
        {task.message && (
          <Box pos="relative">
            <Text
              size="xs"
              p={8}
              pr={30}
              bg="var(--mantine-color-gray-0)"
              style={{
                borderRadius: 6,
                whiteSpace: 'pre-wrap',
                border: '1px solid var(--mantine-color-gray-2)',
              }}
              lineClamp={5}
            >
              {task.message}
            </Text>
            <CopyButton value={task.message}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('audit.plan.copied') : t('audit.plan.copy')}>
                  <ActionIcon
                    variant="subtle"
                    color={copied ? 'teal' : 'gray'}
                    size="sm"
                    onClick={copy}
                    aria-label={t('audit.plan.copy')}
                    pos="absolute"
                    top={4}
                    right={4}
                  >
                    {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Box>
        )}
        {canMove && (
          <Group justify="space-between" gap={4}>
            {previous ? (
              <Tooltip label={t('audit.plan.moveToStatus', { status: t(`audit.taskStatus.${previous}`) })}>
                <ActionIcon
                  variant="default"
                  size="sm"
                  onClick={() => onMove(previous)}
                  aria-label={t('audit.plan.moveToStatus', { status: t(`audit.taskStatus.${previous}`) })}
                >
                  <IconArrowLeft size={14} />
                </ActionIcon>
              </Tooltip>
            ) : (
              <span />
            )}
            {next && (
              <Tooltip label={t('audit.plan.moveToStatus', { status: t(`audit.taskStatus.${next}`) })}>
                <ActionIcon
                  variant="light"
                  size="sm"
                  onClick={() => onMove(next)}
                  aria-label={t('audit.plan.moveToStatus', { status: t(`audit.taskStatus.${next}`) })}
                  data-testid={`task-${task.id}-next`}
                >
                  <IconArrowRight size={14} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

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

  const overdue = shown.filter((task) => isOpen(task.status) && task.dueOn < today()).length;

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
