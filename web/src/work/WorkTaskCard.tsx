// One of the reader's own tasks: what to do (the audit's words for it), on which presence (a link),
// by when (red when overdue, orange when due within three days), the message to post with a copy
// button, and the buttons that close it (done, not needed) or open it again.
import {
  ActionIcon,
  Anchor,
  Badge,
  Box,
  Button,
  CopyButton,
  Group,
  Paper,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import {
  IconAlertCircle,
  IconArrowBackUp,
  IconCalendar,
  IconCheck,
  IconCopy,
  IconPlayerSkipForward,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import type { TaskStatus } from '../../../src/audit/model';
import { urgency } from '../../../src/work/model';
import { useFormat } from '../app/format';
import { TASK_STATUS_COLOR } from '../audit/meta';
import { presenceName } from '../audit/names';
import { useAuditText } from '../audit/text';
import { useTranslation } from '../i18n/useTranslation';
import { PlatformIcon } from '../registry/platforms';
import type { WorkTask } from './queries';

const EDGE = { overdue: 'var(--mantine-color-red-6)', soon: 'var(--mantine-color-orange-5)' } as const;

export function WorkTaskCard({
  task,
  today,
  busy,
  onMove,
}: {
  task: WorkTask;
  today: string;
  busy: boolean;
  onMove: (status: TaskStatus) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useAuditText();
  const title = text.taskTitle(task);
  const level = urgency(task, today);
  const closed = level === 'closed';
  const name = presenceName(task.presence);
  const when =
    level === 'overdue'
      ? t('audit.plan.overdue', { date: f.date(task.dueOn) })
      : closed
        ? t('work.tasks.closedOn', {
            status: t(`audit.taskStatus.${task.status}`),
            date: f.date(task.updatedAt),
          })
        : t('work.tasks.dueSoon', { date: f.date(task.dueOn) });
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid={`work-task-${task.id}`}
      data-urgency={level}
      style={{
        borderLeft: level === 'overdue' || level === 'soon' ? `4px solid ${EDGE[level]}` : undefined,
        opacity: closed ? 0.85 : undefined,
      }}
    >
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={600} lh={1.35} style={{ minWidth: 0 }}>
            {title}
          </Text>
          <Badge variant="light" color={TASK_STATUS_COLOR[task.status]} style={{ flexShrink: 0 }}>
            {t(`audit.taskStatus.${task.status}`)}
          </Badge>
        </Group>
        <Group gap="md" wrap="wrap" style={{ rowGap: 4 }}>
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <PlatformIcon id={task.presence.platform} size={18} />
            <Anchor
              component={Link}
              to={`/presences/${task.presenceId}`}
              size="sm"
              truncate
              aria-label={t('work.tasks.openPresence', { name })}
            >
              {name}
            </Anchor>
          </Group>
          {task.presence.unit && (
            <Text size="sm" c="dimmed">
              {t('work.tasks.unit', { unit: task.presence.unit })}
            </Text>
          )}
          <Group gap={4} wrap="nowrap">
            {level === 'overdue' ? (
              <IconAlertCircle size={15} color="var(--mantine-color-red-7)" />
            ) : (
              <IconCalendar size={15} color="var(--mantine-color-gray-6)" />
            )}
            <Text
              size="sm"
              c={level === 'overdue' ? 'red.8' : level === 'soon' ? 'orange.9' : undefined}
              fw={level === 'overdue' || level === 'soon' ? 600 : undefined}
            >
              {when}
            </Text>
          </Group>
        </Group>
        {task.message && !closed && (
          <Box>
            <Group justify="space-between" gap={4} mb={4}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
                {t('work.tasks.message')}
              </Text>
              <CopyButton value={task.message}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('audit.plan.copied') : t('audit.plan.copy')} withArrow>
                    <ActionIcon
                      variant={copied ? 'light' : 'subtle'}
                      color={copied ? 'teal' : 'gray'}
                      onClick={copy}
                      aria-label={t('audit.plan.copy')}
                      data-testid={`work-task-${task.id}-copy`}
                    >
                      {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
            <Text
              size="sm"
              p="sm"
              bg="var(--mantine-color-gray-0)"
              style={{
                borderRadius: 6,
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
                border: '1px solid var(--mantine-color-gray-2)',
              }}
            >
              {task.message}
            </Text>
          </Box>
        )}
        <Group gap="xs" justify="flex-end">
          {closed ? (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowBackUp size={15} />}
              onClick={() => onMove('todo')}
              disabled={busy}
            >
              {t('work.tasks.reopen')}
            </Button>
          ) : (
            <>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPlayerSkipForward size={15} />}
                onClick={() => onMove('skipped')}
                disabled={busy}
                data-testid={`work-task-${task.id}-skip`}
              >
                {t('work.tasks.markSkipped')}
              </Button>
              <Button
                size="xs"
                leftSection={<IconCheck size={15} />}
                onClick={() => onMove('done')}
                loading={busy}
                data-testid={`work-task-${task.id}-done`}
              >
                {t('work.tasks.markDone')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
