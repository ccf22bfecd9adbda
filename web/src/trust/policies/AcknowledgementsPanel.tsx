// For policy managers: how many active users have accepted the current version (a ring), and who
// has and has not, by name.
import { Card, Center, Group, RingProgress, ScrollArea, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconCircleCheck, IconHourglass } from '@tabler/icons-react';
import { useState } from 'react';
import { useFormat } from '../../app/format';
import { Loading, QueryError } from '../../app/ui';
import { type Policy, type UserRef, useAcknowledgements } from './queries';
import { usePoliciesText } from './text';

function People({ rows, empty, at }: { rows: (UserRef & { at?: string })[]; empty: string; at: boolean }) {
  const { say } = usePoliciesText();
  const f = useFormat();
  if (!rows.length) {
    return (
      <Text size="sm" c="dimmed" py="sm">
        {empty}
      </Text>
    );
  }
  return (
    <ScrollArea.Autosize mah={360}>
      <Table verticalSpacing={6} fz="sm">
        <Table.Tbody>
          {rows.map((u) => (
            <Table.Tr key={u.userId}>
              <Table.Td>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {u.name}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {u.login}
                </Text>
              </Table.Td>
              {at && (
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="xs" c="dimmed">
                    {u.at ? say('progress.on', { date: f.date(u.at) }) : ''}
                  </Text>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

export function AcknowledgementsPanel({ policy }: { policy: Policy }) {
  const { say } = usePoliciesText();
  const f = useFormat();
  const query = useAcknowledgements(policy.id, true);
  const [tab, setTab] = useState<string | null>('pending');
  const data = query.data;
  const done = data?.acknowledged.length ?? policy.acknowledged ?? 0;
  const pending = data?.pending.length ?? policy.pending ?? 0;
  const total = done + pending;
  const fraction = total ? done / total : 0;
  const color = fraction >= 1 ? 'teal' : fraction >= 0.5 ? 'blue' : 'orange';

  return (
    <Card withBorder radius="md" padding="lg" data-testid="acknowledgements">
      <Stack gap="md">
        <Text fw={600}>{say('progress.title', { version: policy.version })}</Text>
        <Group gap="lg" wrap="nowrap">
          <RingProgress
            size={112}
            thickness={11}
            roundCaps={fraction > 0}
            sections={[{ value: fraction * 100, color }]}
            aria-label={say('progress.ring', { percent: f.percent(fraction) })}
            data-testid="ack-progress"
            label={
              <Center>
                <Text fw={700} size="lg">
                  {f.percent(fraction)}
                </Text>
              </Center>
            }
          />
          <Stack gap={4}>
            <Text size="sm">{say('progress.of', { done: f.number(done), total: f.number(total) })}</Text>
            {(total === 0 || pending === 0 || done === 0) && (
              <Text size="xs" c="dimmed">
                {pending === 0 && total > 0 ? say('progress.everyone') : say('progress.nobody')}
              </Text>
            )}
          </Stack>
        </Group>
        {query.isPending ? (
          <Loading height={120} />
        ) : query.isError ? (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          data && (
            <Tabs value={tab} onChange={setTab} variant="outline">
              <Tabs.List>
                <Tabs.Tab value="pending" leftSection={<IconHourglass size={14} />}>
                  {say('progress.pending', { count: f.number(data.pending.length) })}
                </Tabs.Tab>
                <Tabs.Tab value="done" leftSection={<IconCircleCheck size={14} />}>
                  {say('progress.done', { count: f.number(data.acknowledged.length) })}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="pending" pt="xs" data-testid="ack-pending">
                <People rows={data.pending} empty={say('progress.everyone')} at={false} />
              </Tabs.Panel>
              <Tabs.Panel value="done" pt="xs" data-testid="ack-done">
                <People rows={data.acknowledged} empty={say('progress.nobody')} at />
              </Tabs.Panel>
            </Tabs>
          )
        )}
      </Stack>
    </Card>
  );
}
