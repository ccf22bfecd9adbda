// The overview: the figures and risks a head of digital looks at first, and the map of presences.
import {
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
import type { ComponentType } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Overview } from '../../../src/registry/model';
import { type ChartOption, EChart, escapeHtml } from '../app/EChart';
import { useFormat } from '../app/format';
import { CardTitle, Loading, PageHeader, QueryError, useDocumentTitle } from '../app/ui';
import { useCan } from '../trust/session';
import { RISK_FIELD, RISKS, type Risk, STATUS_HEX, STATUSES } from './meta';
import { PresenceMap } from './PresenceMap';
import { usePlatformDirectory } from './platforms';
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
  icon: Glyph,
}: {
  label: string;
  value: string;
  hint?: string;
  icon: Icon;
}) {
  return (
    <Card padding="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Box>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
            {label}
          </Text>
          <Text fz={32} fw={650} lh={1.15} mt={6}>
            {value}
          </Text>
          {hint && (
            <Text size="xs" c="dimmed" mt={4}>
              {hint}
            </Text>
          )}
        </Box>
        <ThemeIcon variant="light" size={40} radius="md">
          <Glyph size={22} stroke={1.6} />
        </ThemeIcon>
      </Group>
    </Card>
  );
}

function RiskCard({ risk, count, total }: { risk: Risk; count: number; total: number }) {
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
      padding="md"
      style={{ textDecoration: 'none', color: 'inherit' }}
      data-testid={`risk-${risk}`}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color={color} size={36} radius="md">
          {clear ? <IconCircleCheck size={20} stroke={1.7} /> : <Glyph size={20} stroke={1.7} />}
        </ThemeIcon>
        <Box style={{ minWidth: 0 }}>
          <Group gap={8} align="baseline" wrap="nowrap">
            <Text fz={24} fw={650} lh={1.1} c={clear ? 'teal.8' : `${color}.8`}>
              {f.number(count)}
            </Text>
            {total > 0 && (
              <Text size="xs" c="dimmed">
                {f.percent(count / total)}
              </Text>
            )}
          </Group>
          <Text size="sm" fw={600} mt={2}>
            {t(`risk.${risk}.title`)}
          </Text>
          <Text size="xs" c="dimmed" mt={2} lineClamp={2}>
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
      legend: {
        orient: 'vertical',
        right: 0,
        top: 'middle',
        icon: 'roundRect',
        itemWidth: 12,
        itemHeight: 12,
        textStyle: { color: '#495057', fontSize: 12 },
        formatter: (name: string) => {
          const d = data.find((x) => t(`status.${x.status}`) === name);
          return d ? `${name}  ${f.number(d.value)}` : name;
        },
      },
      series: [
        {
          type: 'pie',
          radius: ['52%', '78%'],
          center: ['32%', '50%'],
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
  return (
    <EChart
      option={option}
      height={260}
      label={t('overview.statusChart')}
      onClick={(e) => {
        const d = data[e.dataIndex];
        if (d) navigate(`/presences?status=${d.status}`);
      }}
    />
  );
}

const ALIVE_COLOR = '#335aaf';
const DEAD_COLOR = '#ced4da';

function PlatformChart({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const directory = usePlatformDirectory();
  const rows = useMemo(
    () => [...overview.byPlatform].sort((a, b) => b.count - a.count),
    [overview.byPlatform],
  );
  const option = useMemo<ChartOption>(() => {
    const full = (id: string) => {
      const p = directory.get(id);
      const name = directory.name(id);
      if (p && !p.alive) {
        return p.closedYear
          ? t('platform.closedIn', { name, year: p.closedYear })
          : t('platform.closed', { name });
      }
      return name;
    };
    return {
      grid: { left: 8, right: 8, top: 24, bottom: 4, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const item = Array.isArray(p) ? p[0] : p;
          const row = item ? rows[item.dataIndex ?? 0] : undefined;
          return row ? `${escapeHtml(full(row.platform))}<br/><b>${escapeHtml(f.number(row.count))}</b>` : '';
        },
      },
      xAxis: {
        type: 'category',
        data: rows.map((r) => ({
          value: directory.name(r.platform),
          textStyle: { color: r.alive ? '#495057' : '#adb5bd' },
        })),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: '#dee2e6' } },
        axisLabel: { interval: 0, rotate: 40, fontSize: 11 },
      },
      yAxis: { type: 'value', show: false },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          data: rows.map((r) => ({
            value: r.count,
            itemStyle: { color: r.alive ? ALIVE_COLOR : DEAD_COLOR, borderRadius: [3, 3, 0, 0] },
          })),
          label: {
            show: true,
            position: 'top',
            color: '#495057',
            fontSize: 11,
            formatter: (p) => f.number(Number(p.value)),
          },
        },
      ],
    };
  }, [rows, directory, f, t]);
  return (
    <EChart
      option={option}
      height={280}
      label={t('overview.platformChart')}
      onClick={(e) => {
        const row = rows[e.dataIndex];
        if (row) navigate(`/presences?platform=${encodeURIComponent(row.platform)}`);
      }}
    />
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

export function OverviewPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const overview = useOverview();
  const canImport = useCan('inventory.import');
  useDocumentTitle(t('nav.overview'));

  if (overview.isPending) return <Loading />;
  if (overview.isError) return <QueryError error={overview.error} onRetry={() => void overview.refetch()} />;
  const o = overview.data;
  const deadPlatforms = o.byPlatform.filter((p) => !p.alive && p.count > 0).length;
  // The figure and the risks count the current presences, as the audit does; the rest is history.
  const history = o.totals.presences - o.totals.current;

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
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="lg">
            <Figure
              label={t('overview.presences')}
              value={f.number(o.totals.current)}
              icon={IconStack2}
              hint={
                history > 0 ? t('overview.history', { count: history, value: f.number(history) }) : undefined
              }
            />
            <Figure
              label={t('overview.platforms')}
              value={f.number(o.totals.platforms)}
              icon={IconWorld}
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
            />
            <Figure
              label={t('overview.audience')}
              value={f.compact(o.totals.audience)}
              hint={t('overview.audienceHint', { value: f.number(o.totals.audience) })}
              icon={IconUsersGroup}
            />
          </SimpleGrid>

          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Group gap={8} mb="sm">
                <IconAlertTriangle size={18} color="var(--mantine-color-orange-7)" />
                <CardTitle title={t('overview.risksTitle')} hint={t('overview.risksHint')} mb={0} />
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                {RISKS.map((r) => (
                  <RiskCard key={r} risk={r} count={o.risks[RISK_FIELD[r]]} total={o.totals.current} />
                ))}
              </SimpleGrid>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Card h="100%">
                <CardTitle title={t('overview.statusTitle')} hint={t('overview.statusHint')} mb="sm" />
                <StatusChart overview={o} />
              </Card>
            </Grid.Col>
          </Grid>

          <Card>
            <Group justify="space-between" align="flex-start">
              <Box>
                <CardTitle title={t('overview.platformTitle')} hint={t('overview.platformHint')} mb="sm" />
              </Box>
              <Group gap="md">
                <Group gap={6}>
                  <Box w={12} h={12} bg={ALIVE_COLOR} style={{ borderRadius: 3 }} />
                  <Text size="xs" c="dimmed">
                    {t('overview.alive')}
                  </Text>
                </Group>
                <Group gap={6}>
                  <Box w={12} h={12} bg={DEAD_COLOR} style={{ borderRadius: 3 }} />
                  <Text size="xs" c="dimmed">
                    {t('overview.dead')}
                  </Text>
                </Group>
              </Group>
            </Group>
            <PlatformChart overview={o} />
          </Card>

          <PresenceMap overview={o} />
        </Stack>
      )}
    </>
  );
}
