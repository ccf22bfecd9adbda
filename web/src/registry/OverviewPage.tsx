// The overview: the figures and risks a head of digital looks at first, how each moved since the last
// audit, the next step of the method, the presences per platform and the map of presences.
import {
  Anchor,
  Box,
  Button,
  Card,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconBuildingCommunity,
  IconCircleCheck,
  IconFileImport,
  IconGhost,
  IconKey,
  IconKeyOff,
  IconLockOpen,
  IconMailExclamation,
  IconStack2,
  IconUserOff,
  IconUserQuestion,
  IconUsersGroup,
  IconWorld,
} from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import { useDeferredValue, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Overview } from '../../../src/registry/model';
import { type ChartOption, EChart, escapeHtml } from '../app/EChart';
import { useFormat } from '../app/format';
import { CardTitle, Loading, PageHeader, QueryError, useDocumentTitle } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useCan } from '../trust/session';
import { RISK_FIELD, RISKS, type Risk, STATUS_HEX, STATUSES } from './meta';
import { AuditCard } from './overview/AuditCard';
import { ALIVE_COLOR, DEAD_COLOR, PlatformRanking } from './overview/PlatformRanking';
import { TrendNote } from './overview/TrendNote';
import { PresenceMap } from './PresenceMap';
import { useOverview } from './queries';

type Icon = ComponentType<{ size?: number | string; stroke?: number }>;

const RISK_ICON: Record<Risk, Icon> = {
  no_owner: IconUserQuestion,
  owner_left: IconUserOff,
  no_custodian: IconKey,
  custodian_left: IconKeyOff,
  personal_recovery: IconMailExclamation,
  mfa_off: IconLockOpen,
  dead_platform: IconGhost,
};

function Figure({
  label,
  value,
  hint,
  trend,
  icon: Glyph,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  trend?: ReactNode;
  icon: Icon;
  testId: string;
}) {
  return (
    <Card padding="sm" px="md" data-testid={testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Box style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
            {label}
          </Text>
          <Group gap={8} align="baseline" wrap="wrap" style={{ rowGap: 0 }} mt={2}>
            <Text fz={26} fw={650} lh={1.15}>
              {value}
            </Text>
            {trend}
          </Group>
          {hint && (
            <Text size="xs" c="dimmed" mt={2} lh={1.3}>
              {hint}
            </Text>
          )}
        </Box>
        {/* Below the widest screens the card's width goes to the figure, its trend and its hint. */}
        <ThemeIcon variant="light" size={34} radius="md" visibleFrom="xl">
          <Glyph size={19} stroke={1.6} />
        </ThemeIcon>
      </Group>
    </Card>
  );
}

function RiskCard({
  risk,
  count,
  total,
  since,
}: {
  risk: Risk;
  count: number;
  total: number;
  since: { was: number; asOf: string } | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const Glyph = RISK_ICON[risk];
  const clear = count === 0;
  const color = clear ? 'teal' : risk === 'dead_platform' || risk === 'no_custodian' ? 'orange' : 'red';
  return (
    <Card
      component={Link}
      to={`/presences?risk=${risk}`}
      className="vigie-card-link"
      py={8}
      px="sm"
      style={{ textDecoration: 'none', color: 'inherit' }}
      data-testid={`risk-${risk}`}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color={color} size={32} radius="md" mt={2}>
          {clear ? <IconCircleCheck size={18} stroke={1.7} /> : <Glyph size={18} stroke={1.7} />}
        </ThemeIcon>
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Group gap={8} align="baseline" wrap="wrap" style={{ rowGap: 0 }}>
            {/* Bold: at 20 px that makes it large text, which the .8 shades are dark enough for. */}
            <Text fz={20} fw={700} lh={1.1} c={clear ? 'teal.8' : `${color}.8`}>
              {f.number(count)}
            </Text>
            {total > 0 && (
              <Text size="xs" c="dimmed">
                {f.percent(count / total)}
              </Text>
            )}
            {since && (
              <Box ml="auto">
                <TrendNote
                  now={count}
                  was={since.was}
                  sense="lower"
                  asOf={since.asOf}
                  testId={`trend-${risk}`}
                />
              </Box>
            )}
          </Group>
          <Text size="sm" fw={600} lh={1.3}>
            {t(`risk.${risk}.title`)}
          </Text>
          <Text size="xs" c="dimmed" lh={1.35} lineClamp={2}>
            {t(`risk.${risk}.hint`)}
          </Text>
        </Box>
      </Group>
    </Card>
  );
}

function StatusChart({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const data = STATUSES.map((s) => ({ status: s, value: overview.totals.byStatus[s] ?? 0 })).filter(
    (d) => d.value > 0,
  );
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const item = Array.isArray(p) ? p[0] : p;
          if (!item) return '';
          return `${escapeHtml(String(item.name))}<br/><b>${escapeHtml(f.number(Number(item.value)))}</b> · ${escapeHtml(
            f.percent((item.percent ?? 0) / 100),
          )}`;
        },
      },
      series: [
        {
          type: 'pie',
          radius: ['56%', '86%'],
          center: ['50%', '50%'],
          avoidLabelOverlap: true,
          label: {
            show: true,
            position: 'center',
            formatter: () => `{n|${f.number(overview.totals.presences)}}\n{l|${t('overview.presences')}}`,
            rich: {
              n: { fontSize: 24, fontWeight: 650, color: '#212529', lineHeight: 30 },
              l: { fontSize: 12, color: '#868e96' },
            },
          },
          emphasis: { scale: true, scaleSize: 4, label: { show: true } },
          labelLine: { show: false },
          itemStyle: { borderColor: '#fff', borderWidth: 2 },
          data: data.map((d) => ({
            name: t(`status.${d.status}`),
            value: d.value,
            itemStyle: { color: STATUS_HEX[d.status] },
          })),
        },
      ],
    }),
    [data, f, t, overview.totals.presences],
  );
  // The legend is the page's own, under the ring: it wraps at any width (ECharts' beside the ring
  // covered it on a 1280-pixel screen) and each line is a link to those presences.
  return (
    <Stack gap="sm">
      <EChart
        option={option}
        height={220}
        label={t('overview.statusChart')}
        onClick={(e) => {
          const d = data[e.dataIndex];
          if (d) navigate(`/presences?status=${d.status}`);
        }}
      />
      <SimpleGrid cols={2} spacing={4} verticalSpacing={2} data-testid="status-legend">
        {data.map((d) => (
          <Group key={d.status} gap={6} wrap="nowrap">
            <Box w={10} h={10} style={{ borderRadius: 3, background: STATUS_HEX[d.status], flex: 'none' }} />
            {/* 24 pixels high: a link a finger or a shaky hand can hit (WCAG target size). */}
            <Anchor component={Link} to={`/presences?status=${d.status}`} size="xs" c="dark" lh="24px">
              {t(`status.${d.status}`)}
            </Anchor>
            <Text size="xs" c="dimmed" ml="auto">
              {f.number(d.value)}
            </Text>
          </Group>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function EmptyRegistry() {
  const { t } = useTranslation();
  const canImport = useCan('inventory.import');
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="sm">
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconStack2 size={26} />
        </ThemeIcon>
        <Title order={3}>{t('overview.empty.title')}</Title>
        <Text c="dimmed" maw={520}>
          {t('overview.empty.text')}
        </Text>
        {canImport && (
          <Button component={Link} to="/import" leftSection={<IconFileImport size={16} />} mt="xs">
            {t('overview.empty.action')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

function PlatformLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="md">
      {(
        [
          [ALIVE_COLOR, t('overview.alive')],
          [DEAD_COLOR, t('overview.dead')],
        ] as const
      ).map(([color, label]) => (
        <Group key={label} gap={6}>
          <Box w={12} h={12} bg={color} style={{ borderRadius: 3 }} />
          <Text size="xs" c="dimmed">
            {label}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const overview = useOverview();
  const canImport = useCan('inventory.import');
  useDocumentTitle(t('nav.overview'));

  // Drawn from a deferred copy, which React builds in slices between which the browser stays free.
  const o = useDeferredValue(overview.data);
  if (overview.isError) return <QueryError error={overview.error} onRetry={() => void overview.refetch()} />;
  if (!o) return <Loading />;
  // Closed platforms where current presences remain: what the "closed platforms" risk is about.
  const deadPlatforms = o.byPlatform.filter((p) => !p.alive && p.current > 0).length;
  // The figures and the risks count the current presences, as the audit does; the rest is history.
  const history = o.totals.presences - o.totals.current;
  const since = o.since;
  const trend = (now: number, was: number, sense: 'lower' | 'higher' | 'neutral', testId: string) =>
    since && <TrendNote now={now} was={was} sense={sense} asOf={since.asOf} testId={testId} />;

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        description={t('overview.description', { organisation: o.organisation })}
        actions={
          o.totals.presences > 0 && (
            <>
              {canImport && (
                <Button
                  variant="default"
                  component={Link}
                  to="/import"
                  leftSection={<IconFileImport size={16} />}
                >
                  {t('overview.importAction')}
                </Button>
              )}
              <Button component={Link} to="/presences">
                {t('overview.tableAction')}
              </Button>
            </>
          )
        }
      />
      {o.totals.presences === 0 ? (
        <EmptyRegistry />
      ) : (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="sm">
            <Figure
              label={t('overview.presences')}
              value={f.number(o.totals.current)}
              icon={IconStack2}
              testId="figure-presences"
              trend={trend(o.totals.current, since?.figures.presences ?? 0, 'neutral', 'trend-presences')}
              hint={
                history > 0 ? t('overview.history', { count: history, value: f.number(history) }) : undefined
              }
            />
            <Figure
              label={t('overview.platforms')}
              value={f.number(o.totals.platforms)}
              icon={IconWorld}
              testId="figure-platforms"
              trend={trend(o.totals.platforms, since?.figures.platforms ?? 0, 'neutral', 'trend-platforms')}
              hint={
                deadPlatforms > 0
                  ? t('overview.deadPlatforms', { count: deadPlatforms, value: f.number(deadPlatforms) })
                  : undefined
              }
            />
            <Figure
              label={t('overview.units')}
              value={f.number(o.totals.units)}
              icon={IconBuildingCommunity}
              testId="figure-units"
            />
            <Figure
              label={t('overview.audience')}
              value={f.compact(o.totals.audience)}
              hint={t('overview.audienceHint', { value: f.number(o.totals.audience) })}
              icon={IconUsersGroup}
              testId="figure-audience"
              trend={
                since && (
                  <TrendNote
                    now={o.totals.audience}
                    was={since.figures.audience}
                    sense="higher"
                    asOf={since.asOf}
                    format="compact"
                    testId="trend-audience"
                  />
                )
              }
            />
          </SimpleGrid>

          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Group gap={8} mb={4} wrap="nowrap">
                <IconAlertTriangle size={18} color="var(--mantine-color-orange-7)" style={{ flex: 'none' }} />
                <Title order={3} fz="lg">
                  {t('overview.risksTitle')}
                </Title>
              </Group>
              <Text size="xs" c="dimmed" mb="xs">
                {t('overview.risksHint')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                {RISKS.map((r) => {
                  const field = RISK_FIELD[r];
                  return (
                    <RiskCard
                      key={r}
                      risk={r}
                      count={o.risks[field]}
                      total={o.totals.current}
                      since={since ? { was: since.figures.risks[field], asOf: since.asOf } : null}
                    />
                  );
                })}
                <AuditCard since={since} />
              </SimpleGrid>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Card h="100%" padding="md">
                <CardTitle title={t('overview.statusTitle')} hint={t('overview.statusHint')} mb="sm" />
                <StatusChart overview={o} />
              </Card>
            </Grid.Col>
          </Grid>

          <Card padding="md">
            <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
              <Box>
                <CardTitle title={t('overview.platformTitle')} hint={t('overview.platformHint')} mb={0} />
              </Box>
              <PlatformLegend />
            </Group>
            <PlatformRanking byPlatform={o.byPlatform} />
          </Card>

          <PresenceMap overview={o} />
        </Stack>
      )}
    </>
  );
}
