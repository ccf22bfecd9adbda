// The organisation's social-media policy and brand charter: the current version of each, to read and
// accept ("I have read and accept" while the user has not), and every earlier version. Policy managers
// also publish new versions and see who has and has not accepted the current one.
import {
  Alert,
  Badge,
  Button,
  Card,
  Divider,
  Grid,
  Group,
  Modal,
  Stack,
  Tabs,
  Text,
  Timeline,
} from '@mantine/core';
import {
  IconAlertCircle,
  IconCircleCheck,
  IconFileText,
  IconHistory,
  IconPlus,
  IconSignature,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../app/format';
import { Loading, PageHeader, QueryError, useDocumentTitle, useNotify } from '../../app/ui';
import { useCan } from '../session';
import { AcknowledgementsPanel } from './AcknowledgementsPanel';
import { PolicyDocument } from './PolicyDocument';
import { PublishModal } from './PublishModal';
import {
  byKind,
  KINDS,
  type Policy,
  type PolicyKind,
  toAccept,
  useAcknowledge,
  usePolicies,
} from './queries';
import { usePoliciesText } from './text';

function AcceptBar({ policy }: { policy: Policy }) {
  const { say } = usePoliciesText();
  const f = useFormat();
  const notify = useNotify();
  const acknowledge = useAcknowledge();
  if (policy.acknowledgedAt) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid="policy-accepted">
        {say('accepted', { date: f.dateTime(policy.acknowledgedAt) })}
      </Alert>
    );
  }
  if (!policy.current) return null;
  return (
    <Group justify="space-between" align="center" gap="md" wrap="wrap">
      <Text size="sm" c="dimmed">
        {say('toAccept')}
      </Text>
      <Button
        size="md"
        leftSection={<IconSignature size={18} />}
        loading={acknowledge.isPending}
        data-testid="acknowledge-button"
        onClick={() =>
          acknowledge.mutate(policy.id, {
            onSuccess: () => notify.success(say('acceptedToast')),
            onError: (err) => notify.error(err),
          })
        }
      >
        {say('accept')}
      </Button>
    </Group>
  );
}

function Versions({ versions, onRead }: { versions: Policy[]; onRead: (p: Policy) => void }) {
  const { say } = usePoliciesText();
  const f = useFormat();
  return (
    <Card withBorder radius="md" padding="lg" data-testid="policy-versions">
      <Group gap="xs" mb={4}>
        <IconHistory size={18} />
        <Text fw={600}>{say('versions')}</Text>
      </Group>
      <Text size="xs" c="dimmed" mb="md">
        {say('versionsHint')}
      </Text>
      <Timeline active={0} bulletSize={20} lineWidth={2}>
        {versions.map((p) => (
          <Timeline.Item
            key={p.id}
            bullet={<IconFileText size={12} />}
            title={
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={600}>
                  {say('version', { version: p.version })}
                </Text>
                {p.current && (
                  <Badge size="xs" color="teal" tt="none">
                    {say('current')}
                  </Badge>
                )}
              </Group>
            }
            data-testid={`policy-version-${p.version}`}
          >
            <Text size="xs" c="dimmed">
              {[
                f.date(p.publishedAt),
                p.acknowledgedAt
                  ? say('acceptedShort', { date: f.date(p.acknowledgedAt) })
                  : p.current
                    ? say('notAccepted')
                    : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {p.summary && (
              <Text size="xs" mt={4} lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
                {p.summary}
              </Text>
            )}
            <Button variant="subtle" size="compact-xs" px={0} mt={2} onClick={() => onRead(p)}>
              {say('read')}
            </Button>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}

function KindPanel({
  kind,
  list,
  canManage,
  onRead,
  onPublish,
}: {
  kind: PolicyKind;
  list: readonly Policy[];
  canManage: boolean;
  onRead: (p: Policy) => void;
  onPublish: () => void;
}) {
  const { say } = usePoliciesText();
  const { current, versions } = byKind(list, kind);
  if (!current) {
    return (
      <Card withBorder radius="md" padding="xl" data-testid={`policy-empty-${kind}`}>
        <Stack gap="sm" align="flex-start">
          <Text fw={500}>{say(`noneYet.${kind}`)}</Text>
          {canManage && (
            <>
              <Text size="sm" c="dimmed">
                {say('noneYetManager')}
              </Text>
              <Button leftSection={<IconPlus size={16} />} onClick={onPublish}>
                {say('publish.first')}
              </Button>
            </>
          )}
        </Stack>
      </Card>
    );
  }
  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Card withBorder radius="md" padding="xl" data-testid={`policy-current-${kind}`}>
          <Stack gap="lg">
            {!current.acknowledgedAt && (
              <Alert color="orange" variant="light" icon={<IconAlertCircle size={18} />} p="xs">
                {say('toAccept')}
              </Alert>
            )}
            <PolicyDocument policy={current} headingOrder={2} />
            <Divider />
            <AcceptBar policy={current} />
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="lg">
          {canManage && <AcknowledgementsPanel policy={current} />}
          <Versions versions={versions} onRead={onRead} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

export function PoliciesPage() {
  const { say } = usePoliciesText();
  useDocumentTitle(say('title'));
  const canManage = useCan('policies.manage');
  const query = usePolicies();
  const [params, setParams] = useSearchParams();
  const [publishing, setPublishing] = useState(false);
  const [reading, setReading] = useState<Policy | null>(null);

  if (query.isPending) return <Loading height={400} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;

  const list = query.data;
  const pending = toAccept(list);
  const asked = params.get('kind');
  // A link may name the document; otherwise the first one still to accept, else the policy.
  const kind: PolicyKind = asked === 'policy' || asked === 'charter' ? asked : (pending[0]?.kind ?? 'policy');
  // The version being read, as the list now has it (its acceptance may have changed meanwhile).
  const shown = reading ? (list.find((p) => p.id === reading.id) ?? reading) : null;

  return (
    <>
      <PageHeader
        title={say('title')}
        description={say('description')}
        actions={
          canManage && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setPublishing(true)}
              data-testid="publish-button"
            >
              {say('publish.open')}
            </Button>
          )
        }
      />
      {pending.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconSignature size={18} />}
          mb="lg"
          data-testid="policies-pending"
        >
          {say('pendingBanner', { count: pending.length })}
        </Alert>
      )}
      <Tabs
        value={kind}
        onChange={(v) => {
          if (v === 'policy' || v === 'charter') setParams({ kind: v }, { replace: true });
        }}
      >
        <Tabs.List mb="lg">
          {KINDS.map((k) => (
            <Tabs.Tab
              key={k}
              value={k}
              rightSection={
                pending.some((p) => p.kind === k) ? (
                  <Badge size="xs" color="orange" tt="none">
                    {say('toAcceptBadge')}
                  </Badge>
                ) : null
              }
            >
              {say(`kind.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {KINDS.map((k) => (
          <Tabs.Panel key={k} value={k}>
            <KindPanel
              kind={k}
              list={list}
              canManage={canManage}
              onRead={setReading}
              onPublish={() => setPublishing(true)}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
      {canManage && (
        <PublishModal
          opened={publishing}
          kind={kind}
          policies={list}
          onClose={() => setPublishing(false)}
          onPublished={(p) => setParams({ kind: p.kind }, { replace: true })}
        />
      )}
      <Modal
        opened={shown !== null}
        onClose={() => setReading(null)}
        size="xl"
        title={shown ? say(`kind.${shown.kind}`) : ''}
        data-testid="policy-version-modal"
      >
        {shown && (
          <Stack gap="lg">
            <PolicyDocument policy={shown} />
            <Divider />
            <AcceptBar policy={shown} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setReading(null)}>
                {say('close')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
