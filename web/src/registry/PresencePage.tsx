// One presence: every field, editable, with the reason for the change; the link to the profile; the
// risks it carries; its credential custody; its history; and its activity from its platform's exports.
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Card,
  Grid,
  Group,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconChartBar, IconExternalLink, IconForms } from '@tabler/icons-react';
import { useDeferredValue } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Presence } from '../../../src/registry/model';
import { riskFactsOf, risksOf } from '../../../src/registry/risks';
import { handleText, useFormat } from '../app/format';
import { CardTitle, Loading, NotAvailable, QueryError, useDocumentTitle } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { PresenceActivity } from '../imports/PresenceActivity';
import { usePresenceActivity } from '../imports/queries';
import { CustodyPanel } from '../trust/CustodyPanel';
import { StatusBadge } from './bits';
import { History } from './History';
import { PlatformLabel, usePlatformDirectory } from './platforms';
import { PresenceForm } from './presence/PresenceForm';
import { useHistory, usePresence } from './queries';

function Risks({ presence }: { presence: Presence }) {
  const { t } = useTranslation();
  const directory = usePlatformDirectory();
  const platform = directory.get(presence.platform);
  // The overview's definitions (none for a closed or archived presence; on a closed platform, only that).
  const risks = risksOf(riskFactsOf(presence, platform?.alive ?? true)).map((r) => t(`risk.${r}.title`));
  if (risks.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('presence.attention')}
      mb="lg"
    >
      <Text size="sm">{risks.join(' · ')}</Text>
    </Alert>
  );
}

const TABS = ['record', 'activity'] as const;
type Tab = (typeof TABS)[number];

export function PresencePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const params = useParams();
  const presenceId = Number(params.id);
  const presence = usePresence(presenceId);
  const history = useHistory(presenceId);
  const activity = usePresenceActivity(presenceId);
  // The tab is in the address, so that an import's outcome can link straight to the activity.
  const [search, setSearch] = useSearchParams();
  const tab: Tab = search.get('tab') === 'activity' ? 'activity' : 'record';
  // Drawn from a deferred copy, which React builds in slices between which the browser stays free.
  const p = useDeferredValue(presence.data);
  useDocumentTitle(p ? (p.name ?? p.handle ?? p.url) : t('nav.presences'));

  // An address whose id cannot be one is answered as the API answers an unknown id.
  const readable = Number.isInteger(presenceId) && presenceId > 0;
  if ((presence.isPending || (presence.data && !p)) && readable) return <Loading />;
  if (presence.isError || !p) {
    return (
      <>
        <Breadcrumbs mb="md">
          <Anchor component={Link} to="/presences" size="sm">
            {t('nav.presences')}
          </Anchor>
        </Breadcrumbs>
        {readable ? <QueryError error={presence.error} /> : <NotAvailable kind="presence" status={404} />}
      </>
    );
  }

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/presences" size="sm">
          {t('nav.presences')}
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={400}>
          {p.name ?? p.handle ?? p.url}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="md">
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Group gap="sm" wrap="nowrap" align="center">
            <Title order={2} fz={26} lineClamp={1}>
              {p.name ?? p.handle ?? p.url}
            </Title>
            <StatusBadge status={p.status} size="md" />
          </Group>
          <Group gap="md" mt={6} wrap="wrap">
            <PlatformLabel id={p.platform} size={20} />
            {p.handle && (
              <Text size="sm" c="dimmed" ff="monospace">
                {handleText(p.handle)}
              </Text>
            )}
            {p.unit && (
              <Text size="sm" c="dimmed">
                {p.unit}
              </Text>
            )}
          </Group>
          {p.bio && (
            <Text size="sm" c="dimmed" mt={6} maw={720} lineClamp={2} style={{ whiteSpace: 'pre-line' }}>
              {p.bio}
            </Text>
          )}
        </Box>
        <Button
          component="a"
          href={p.url}
          target="_blank"
          rel="noopener noreferrer"
          variant="default"
          rightSection={<IconExternalLink size={16} />}
        >
          {t('presence.open')}
        </Button>
      </Group>
      <Risks presence={p} />
      <Tabs
        value={tab}
        onChange={(v) => {
          const next = TABS.find((x) => x === v) ?? 'record';
          setSearch(next === 'record' ? {} : { tab: next }, { replace: true });
        }}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="record" leftSection={<IconForms size={16} />}>
            {t('activity.tabRecord')}
          </Tabs.Tab>
          <Tabs.Tab
            value="activity"
            leftSection={<IconChartBar size={16} />}
            rightSection={
              activity.data && activity.data.posts > 0 ? (
                <Badge size="sm" variant="light" circle={activity.data.posts < 10}>
                  {f.compact(activity.data.posts)}
                </Badge>
              ) : undefined
            }
            data-testid="tab-activity"
          >
            {t('activity.tabActivity')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="record">
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <PresenceForm key={p.id} presence={p} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack gap="lg">
                <CustodyPanel presenceId={p.id} />
                <Card>
                  <CardTitle title={t('history.title')} hint={t('history.hint')} />
                  {history.isPending ? (
                    <Loading height={120} />
                  ) : history.isError ? (
                    <QueryError error={history.error} onRetry={() => void history.refetch()} />
                  ) : (
                    <History changes={history.data} />
                  )}
                </Card>
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="activity">
          {/* Drawn only when shown (a chart needs its size); the form stays mounted with its edits. */}
          {tab === 'activity' && <PresenceActivity presenceId={p.id} />}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
