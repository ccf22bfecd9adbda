// "My work" (issue #12, each persona's home): what is the reader's to do, from every capability that
// gives people work — the action-plan tasks assigned to them (open ones first by due date, overdue
// ones in red, with the message to post and buttons to close them), the policies they have not
// accepted, and the handovers they may complete. When there is nothing, it says what will come here.
import { Alert, Anchor, Badge, Button, Card, Collapse, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconArrowsExchange,
  IconChevronDown,
  IconChevronRight,
  IconFileCertificate,
  IconInfoCircle,
  IconMoodCheck,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TaskStatus } from '../../../src/audit/model';
import { isOpen, urgency } from '../../../src/work/model';
import { useFormat } from '../app/format';
import { CardTitle, Loading, PageHeader, QueryError, useDocumentTitle, useNotify } from '../app/ui';
import { useAuditText } from '../audit/text';
import { useTranslation } from '../i18n/useTranslation';
import { today as localToday } from '../registry/meta';
import { useSetTaskStatus, useWork, type Work, type WorkTask } from './queries';
import { WorkTaskCard } from './WorkTaskCard';

/** Open tasks under three headings, the most pressing first. */
const GROUPS = ['overdue', 'soon', 'later'] as const;

function TasksCard({ work, today }: { work: Work; today: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const text = useAuditText();
  const [showClosed, setShowClosed] = useState(false);
  const [moving, setMoving] = useState<number | null>(null);
  const move = useSetTaskStatus({
    onSuccess: (task, { status }) => {
      const title = text.taskTitle(task);
      notify.success(
        status === 'done'
          ? t('work.tasks.doneNotice', { title })
          : status === 'skipped'
            ? t('work.tasks.skippedNotice', { title })
            : t('work.tasks.reopenedNotice', { title }),
      );
    },
    onError: (e) => notify.error(e),
  });
  const onMove = (task: WorkTask) => (status: TaskStatus) => {
    setMoving(task.id);
    move.mutate({ id: task.id, status }, { onSettled: () => setMoving(null) });
  };
  const open = work.tasks.filter((x) => isOpen(x.status));
  const closed = work.tasks.filter((x) => !isOpen(x.status));
  const count = (key: (typeof GROUPS)[number], n: number) =>
    t(`work.tasks.${key}`, { count: n, value: f.number(n) });
  return (
    <Card withBorder radius="md" padding="lg" p={{ base: 'md', sm: 'lg' }} data-testid="work-tasks">
      <CardTitle title={t('work.tasks.title')} hint={t('work.tasks.hint')} />
      <Stack gap="sm">
        {open.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('work.tasks.none')}
          </Text>
        )}
        {GROUPS.map((level) => {
          const tasks = open.filter((x) => urgency(x, today) === level);
          if (!tasks.length) return null;
          return (
            <Stack key={level} gap="sm" data-testid={`work-group-${level}`}>
              <Text
                size="xs"
                fw={700}
                tt="uppercase"
                c={level === 'overdue' ? 'red.8' : level === 'soon' ? 'orange.9' : 'dimmed'}
                style={{ letterSpacing: '0.05em' }}
                mt={4}
              >
                {count(level, tasks.length)}
              </Text>
              {tasks.map((task) => (
                <WorkTaskCard
                  key={task.id}
                  task={task}
                  today={today}
                  busy={moving === task.id}
                  onMove={onMove(task)}
                />
              ))}
            </Stack>
          );
        })}
        {closed.length > 0 && (
          <>
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => setShowClosed((v) => !v)}
              aria-expanded={showClosed}
              mt={4}
            >
              <Group gap={4} wrap="nowrap">
                {showClosed ? <IconChevronDown size={15} /> : <IconChevronRight size={15} />}
                {t('work.tasks.closed', { count: closed.length, value: f.number(closed.length) })}
              </Group>
            </Anchor>
            <Collapse expanded={showClosed}>
              <Stack gap="sm">
                {closed.map((task) => (
                  <WorkTaskCard
                    key={task.id}
                    task={task}
                    today={today}
                    busy={moving === task.id}
                    onMove={onMove(task)}
                  />
                ))}
              </Stack>
            </Collapse>
          </>
        )}
      </Stack>
    </Card>
  );
}

function PoliciesCard({ work }: { work: Work }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card withBorder radius="md" padding="lg" p={{ base: 'md', sm: 'lg' }} data-testid="work-policies">
      <CardTitle title={t('work.policies.title')} hint={t('work.policies.hint')} />
      <Stack gap="sm">
        {work.policies.map((p) => (
          <Group key={p.id} justify="space-between" wrap="wrap" gap="sm">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <ThemeIcon variant="light" color="orange" radius="md">
                <IconFileCertificate size={18} />
              </ThemeIcon>
              <div style={{ minWidth: 0 }}>
                <Text fw={600} size="sm">
                  {p.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`policies.kind.${p.kind}`)} ·{' '}
                  {t('work.policies.version', { version: f.number(p.version), date: f.date(p.publishedAt) })}
                </Text>
              </div>
            </Group>
            <Button
              component={Link}
              to={`/policies?kind=${p.kind}`}
              size="xs"
              variant="light"
              color="orange"
              data-testid={`work-policy-${p.id}`}
            >
              {t('work.policies.read')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function HandoversCard({ handovers }: { handovers: NonNullable<Work['handovers']> }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card withBorder radius="md" padding="lg" p={{ base: 'md', sm: 'lg' }} data-testid="work-handovers">
      <CardTitle title={t('work.handovers.title')} hint={t('work.handovers.hint')} />
      <Text size="sm" mb="sm">
        {t('work.handovers.count', { count: handovers.open, value: f.number(handovers.open) })}
      </Text>
      <Stack gap={6} mb="md">
        {handovers.items.map((h) => (
          <Group key={h.id} gap="xs" wrap="wrap">
            <Text size="sm">{t('work.handovers.item', { person: h.person, presence: h.presence })}</Text>
            <Badge variant="light" size="sm">
              {t(`custody.reassign.role.${h.role}`)}
            </Badge>
          </Group>
        ))}
      </Stack>
      <Group>
        <Button
          component={Link}
          to="/reassignments"
          size="xs"
          variant="light"
          leftSection={<IconArrowsExchange size={15} />}
        >
          {t('work.handovers.open')}
        </Button>
      </Group>
    </Card>
  );
}

export function WorkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('work.title'));
  const query = useWork();
  // Overdue as the reader counts days (the plan board does the same).
  const today = localToday();

  if (query.isPending) return <Loading height={400} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const work = query.data;
  const handovers = work.handovers && work.handovers.open > 0 ? work.handovers : null;
  const nothing = work.tasks.length === 0 && work.policies.length === 0 && !handovers;

  return (
    <>
      <PageHeader title={t('work.title')} description={t('work.description')} />
      <Stack gap="lg" maw={960}>
        {work.personId === null && (
          <Alert
            color="blue"
            variant="light"
            icon={<IconInfoCircle size={18} />}
            data-testid="work-no-person"
          >
            {t('work.noPerson')}
          </Alert>
        )}
        {nothing ? (
          <Card withBorder radius="md" padding="xl" p={{ base: 'md', sm: 'xl' }} data-testid="work-empty">
            <Group gap="md" wrap="nowrap" align="flex-start">
              <ThemeIcon size={44} radius="xl" variant="light" color="teal">
                <IconMoodCheck size={26} />
              </ThemeIcon>
              <div>
                <Text fw={600} fz="lg">
                  {t('work.empty.title')}
                </Text>
                <Text size="sm" c="dimmed" mt={4}>
                  {t('work.empty.text')}
                </Text>
              </div>
            </Group>
          </Card>
        ) : (
          <>
            {/* The short lists first: a policy to accept or a handover is one click away. */}
            {work.policies.length > 0 && <PoliciesCard work={work} />}
            {handovers && <HandoversCard handovers={handovers} />}
            {(work.tasks.length > 0 || work.personId !== null) && <TasksCard work={work} today={today} />}
          </>
        )}
      </Stack>
    </>
  );
}
