// Leavers' reassignment tasks, person by person: every presence someone who left owned, deputised or
// held the credentials of, with a person picker to hand it over (the presence changes in the same
// step, and both changes are logged). Unit managers see their units' presences only.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconUserShare, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Reassignment } from '../../../src/trust/model';
import { useFormat } from '../app/format';
import {
  Loading,
  PageHeader,
  QueryError,
  useActorLabel,
  useDocumentTitle,
  useErrorMessage,
  useNotify,
} from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useActivePeopleOptions } from '../registry/people';
import { usePeople } from '../registry/queries';
import {
  REASSIGNMENT_FILTERS,
  type ReassignmentFilter,
  type ReassignmentPatch,
  usePatchReassignment,
  useReassignments,
} from './queries';

function TaskRow({
  task,
  options,
  onPatch,
  pending,
}: {
  task: Reassignment;
  options: { value: string; label: string }[];
  onPatch: (task: Reassignment, patch: ReassignmentPatch) => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const actorLabel = useActorLabel();
  const [to, setTo] = useState<string | null>(null);
  const secretHolder = task.role === 'secret_holder';
  return (
    <Table.Tr data-testid={`reassignment-${task.id}`}>
      <Table.Td>
        <Anchor component={Link} to={`/presences/${task.presenceId}`} size="sm">
          {task.presence}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {secretHolder ? (
          <Tooltip label={t('custody.reassign.secretHolderHint')} multiline w={280} withArrow>
            <Badge variant="light" color="grape">
              {t(`custody.reassign.role.${task.role}`)}
            </Badge>
          </Tooltip>
        ) : (
          <Badge variant="light">{t(`custody.reassign.role.${task.role}`)}</Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{f.date(task.createdAt)}</Text>
      </Table.Td>
      <Table.Td>
        {task.status === 'open' ? (
          <Group gap="xs" wrap="nowrap">
            {!secretHolder && (
              <Select
                size="xs"
                w={220}
                placeholder={t('custody.reassign.pickPerson')}
                aria-label={t('custody.reassign.outcome')}
                data={options.filter((o) => o.value !== String(task.personId))}
                value={to}
                onChange={setTo}
                searchable
                clearable
                nothingFoundMessage={t('common.nothingFound')}
              />
            )}
            <Button
              size="xs"
              leftSection={secretHolder ? <IconCheck size={14} /> : <IconUserShare size={14} />}
              disabled={!secretHolder && !to}
              loading={pending}
              onClick={() => onPatch(task, { status: 'done', ...(to ? { toPersonId: Number(to) } : {}) })}
            >
              {secretHolder ? t('custody.reassign.markDone') : t('custody.reassign.handOver')}
            </Button>
            <Tooltip label={t('custody.reassign.cancel')} withArrow>
              <Button
                size="xs"
                variant="subtle"
                color="gray"
                aria-label={t('custody.reassign.cancel')}
                disabled={pending}
                onClick={() => onPatch(task, { status: 'cancelled' })}
              >
                <IconX size={14} />
              </Button>
            </Tooltip>
          </Group>
        ) : (
          <Stack gap={0}>
            {task.toPerson && (
              <Text size="sm">{t('custody.reassign.handedTo', { name: task.toPerson })}</Text>
            )}
            <Text
              size="xs"
              c="dimmed"
              title={task.doneByName && task.doneBy ? t('names.login', { login: task.doneBy }) : undefined}
            >
              {t('custody.reassign.closedOn', {
                status: t(`custody.reassign.status.${task.status}`),
                date: f.date(task.doneAt),
                by: task.doneByName ?? actorLabel(task.doneBy),
              })}
            </Text>
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function ReassignmentsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [filter, setFilter] = useState<ReassignmentFilter>('open');
  const tasks = useReassignments(filter);
  const people = usePeople();
  const options = useActivePeopleOptions();
  useDocumentTitle(t('custody.reassign.title'));

  const patch = usePatchReassignment({
    onSuccess: (done) =>
      notify.success(done.status === 'done' ? t('custody.reassign.done') : t('custody.reassign.cancelled')),
  });

  const groups = useMemo(() => {
    const byPerson = new Map<number, { personId: number; person: string; tasks: Reassignment[] }>();
    for (const task of tasks.data ?? []) {
      const g = byPerson.get(task.personId) ?? { personId: task.personId, person: task.person, tasks: [] };
      g.tasks.push(task);
      byPerson.set(task.personId, g);
    }
    return [...byPerson.values()];
  }, [tasks.data]);
  const leftOn = useMemo(
    () => new Map((people.data ?? []).map((p) => [p.id, p.leftOn] as const)),
    [people.data],
  );

  return (
    <>
      <PageHeader
        title={t('custody.reassign.title')}
        description={t('custody.reassign.description')}
        actions={
          <SegmentedControl
            aria-label={t('custody.reassign.filter')}
            value={filter}
            onChange={(v) => setFilter(v as ReassignmentFilter)}
            data={REASSIGNMENT_FILTERS.map((s) => ({ value: s, label: t(`custody.reassign.status.${s}`) }))}
          />
        }
      />
      {patch.isError && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          mb="md"
          withCloseButton
          onClose={() => patch.reset()}
        >
          {errorMessage(patch.error)}
        </Alert>
      )}
      {tasks.isPending ? (
        <Loading />
      ) : tasks.isError ? (
        <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : groups.length === 0 ? (
        <Card>
          <Text c="dimmed" size="sm">
            {filter === 'open' ? t('custody.reassign.emptyOpen') : t('custody.reassign.empty')}
          </Text>
        </Card>
      ) : (
        <Stack gap="lg">
          {groups.map((g) => {
            const left = leftOn.get(g.personId);
            return (
              <Card key={g.personId} data-testid={`leaver-${g.personId}`}>
                <Group justify="space-between" mb="sm" wrap="wrap">
                  <div>
                    <Title order={3} fz="lg">
                      {g.person}
                    </Title>
                    {left && (
                      <Text size="xs" c="dimmed">
                        {t('custody.reassign.leftOn', { date: f.date(left) })}
                      </Text>
                    )}
                  </div>
                  <Badge variant="light" color="gray">
                    {t('custody.reassign.tasks', { count: g.tasks.length, value: f.number(g.tasks.length) })}
                  </Badge>
                </Group>
                <Table.ScrollContainer minWidth={720}>
                  <Table verticalSpacing="xs">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('custody.reassign.presence')}</Table.Th>
                        <Table.Th>{t('custody.reassign.roleColumn')}</Table.Th>
                        <Table.Th>{t('custody.reassign.opened')}</Table.Th>
                        <Table.Th>{t('custody.reassign.outcome')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {g.tasks.map((task) => (
                        <TaskRow
                          key={task.id}
                          task={task}
                          options={options}
                          pending={patch.isPending && patch.variables?.task.id === task.id}
                          onPatch={(tk, p) => patch.mutate({ task: tk, patch: p })}
                        />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Card>
            );
          })}
        </Stack>
      )}
    </>
  );
}
