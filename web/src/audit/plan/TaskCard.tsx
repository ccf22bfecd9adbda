// One task of the action plan as a card: what to do on which presence, who, by when, the message to
// publish (with a copy button), and the buttons that move it to the next or previous status.
import { ActionIcon, Anchor, Box, CopyButton, Group, Menu, Paper, Stack, Text, Tooltip } from '@mantine/core';
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
import type { Task, TaskStatus } from '../../../../src/audit/model';
import { useFormat } from '../../app/format';
import { useTranslation } from '../../i18n/useTranslation';
import { today } from '../../registry/meta';
import { PlatformIcon } from '../../registry/platforms';
import { useCan } from '../../trust/session';
import { TASK_STATUSES } from '../meta';
import { presenceName } from '../names';
import { useAuditText } from '../text';

/** Still to do (or being done) past its date. */
export function isOverdue(task: Task): boolean {
  return (task.status === 'todo' || task.status === 'doing') && task.dueOn < today();
}

export function TaskCard({
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
  const overdue = isOverdue(task);
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
              url: t('audit.deletedPresenceTitle'),
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
