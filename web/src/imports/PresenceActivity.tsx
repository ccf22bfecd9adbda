// What a presence did, from its imported exports: a few figures, posts per week with the engagement
// each post drew, the audience day by day when the export gives it, and the posts themselves.
import { Box, Button, Card, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChartBar, IconDatabaseImport } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { type ChartOption, EChart, escapeHtml } from '../app/EChart';
import { useFormat } from '../app/format';
import { CardTitle, Figure, Loading, QueryError } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useCan } from '../trust/session';
import { PostsTimeline } from './PostsTimeline';
import { type Activity, type DayMetrics, usePresenceActivity } from './queries';

const POSTS_COLOR = '#335aaf';
const PER_POST_COLOR = '#e8590c';
const AUDIENCE_COLOR = '#0c8599';
const AXIS = '#868e96';
const GRID_LINE = '#f1f3f5';
/** Beyond a year of weeks, the chart opens on the last year and the slider reaches the rest. */
const WEEKS_SHOWN = 52;

function zoomTo(count: number, shown: number) {
  return count > shown ? { startValue: count - shown, endValue: count - 1 } : { start: 0, end: 100 };
}

function WeeklyChart({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const f = useFormat();
  const weeks = activity.weeks;
  const option = useMemo<ChartOption>(() => {
    const long = weeks.length > WEEKS_SHOWN;
    const one = new Intl.NumberFormat(f.locale, { maximumFractionDigits: 1 });
    return {
      grid: { left: 8, right: 8, top: 40, bottom: long ? 56 : 8, containLabel: true },
      legend: {
        top: 0,
        left: 0,
        icon: 'roundRect',
        itemWidth: 12,
        itemHeight: 12,
        textStyle: { color: '#495057', fontSize: 12 },
      },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params) => {
          const list = Array.isArray(params) ? params : [params];
          const w = weeks[list[0]?.dataIndex ?? 0];
          if (!w) return '';
          // The tooltip is HTML: every piece of text is escaped before it goes in.
          const line = (label: string, value: string) =>
            t('activity.countLabel', { label: escapeHtml(label), value: `<b>${escapeHtml(value)}</b>` });
          return [
            `<b>${escapeHtml(t('activity.weekOf', { date: f.date(w.week) }))}</b>`,
            line(t('activity.postsN'), f.number(w.posts)),
            line(t('activity.engagement'), f.number(w.engagement)),
            w.posts > 0 ? line(t('activity.perPost'), one.format(w.perPost)) : '',
          ]
            .filter(Boolean)
            .join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        data: weeks.map((w) => w.week),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: '#dee2e6' } },
        axisLabel: { color: AXIS, fontSize: 11, hideOverlap: true, formatter: (v: string) => f.date(v) },
      },
      yAxis: [
        {
          // Each axis wears the colour of its series; the legend names them.
          type: 'value',
          minInterval: 1,
          axisLabel: { color: POSTS_COLOR, fontSize: 11, formatter: (v: number) => f.compact(v) },
          splitLine: { lineStyle: { color: GRID_LINE } },
        },
        {
          type: 'value',
          axisLabel: { color: PER_POST_COLOR, fontSize: 11, formatter: (v: number) => f.compact(v) },
          splitLine: { show: false },
        },
      ],
      dataZoom: long
        ? [
            { type: 'inside', xAxisIndex: 0, ...zoomTo(weeks.length, WEEKS_SHOWN) },
            {
              type: 'slider',
              xAxisIndex: 0,
              height: 24,
              bottom: 8,
              ...zoomTo(weeks.length, WEEKS_SHOWN),
              labelFormatter: (_: number, value: string) => f.date(value),
              textStyle: { color: AXIS, fontSize: 11 },
            },
          ]
        : [],
      series: [
        {
          type: 'bar',
          name: t('activity.postsPerWeek'),
          data: weeks.map((w) => w.posts),
          itemStyle: { color: POSTS_COLOR, borderRadius: [2, 2, 0, 0] },
          barMaxWidth: 18,
        },
        {
          type: 'line',
          name: t('activity.perPost'),
          yAxisIndex: 1,
          // A week without posts has no engagement per post: a gap, not a zero.
          data: weeks.map((w) => (w.posts > 0 ? Math.round(w.perPost * 10) / 10 : null)),
          connectNulls: true,
          showSymbol: weeks.length <= 60,
          symbolSize: 6,
          lineStyle: { color: PER_POST_COLOR, width: 2 },
          itemStyle: { color: PER_POST_COLOR },
        },
      ],
    };
  }, [weeks, f, t]);
  return <EChart option={option} height={320} label={t('activity.chart')} />;
}

function AudienceChart({ days }: { days: DayMetrics[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const option = useMemo<ChartOption>(() => {
    const long = days.length > 365;
    return {
      grid: { left: 8, right: 16, top: 16, bottom: long ? 56 : 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        formatter: (params) => {
          const list = Array.isArray(params) ? params : [params];
          const d = days[list[0]?.dataIndex ?? 0];
          return d ? `${escapeHtml(f.date(d.day))}<br/><b>${escapeHtml(f.number(d.audience))}</b>` : '';
        },
      },
      xAxis: {
        type: 'category',
        data: days.map((d) => d.day),
        boundaryGap: false,
        axisTick: { show: false },
        axisLine: { lineStyle: { color: '#dee2e6' } },
        axisLabel: { color: AXIS, fontSize: 11, hideOverlap: true, formatter: (v: string) => f.date(v) },
      },
      yAxis: {
        type: 'value',
        scale: true,
        axisLabel: { color: AXIS, fontSize: 11, formatter: (v: number) => f.compact(v) },
        splitLine: { lineStyle: { color: GRID_LINE } },
      },
      dataZoom: long
        ? [
            { type: 'inside', ...zoomTo(days.length, 365) },
            {
              type: 'slider',
              height: 20,
              bottom: 8,
              ...zoomTo(days.length, 365),
              labelFormatter: (_: number, value: string) => f.date(value),
              textStyle: { color: AXIS, fontSize: 11 },
            },
          ]
        : [],
      series: [
        {
          type: 'line',
          name: t('activity.audienceTitle'),
          data: days.map((d) => d.audience),
          showSymbol: false,
          connectNulls: true,
          lineStyle: { color: AUDIENCE_COLOR, width: 2 },
          itemStyle: { color: AUDIENCE_COLOR },
          areaStyle: { color: AUDIENCE_COLOR, opacity: 0.08 },
        },
      ],
    };
  }, [days, f, t]);
  return (
    <EChart option={option} height={days.length > 365 ? 200 : 160} label={t('activity.audienceChart')} />
  );
}

function NoData({ presenceId }: { presenceId: number }) {
  const { t } = useTranslation();
  const canImport = useCan('data.import');
  return (
    <Paper withBorder p="xl" ta="center" data-testid="activity-empty">
      <Stack align="center" gap="sm">
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconChartBar size={26} />
        </ThemeIcon>
        <Title order={3} fz="lg">
          {t('activity.emptyTitle')}
        </Title>
        <Text c="dimmed" size="sm" maw={520}>
          {t('activity.emptyText')}
        </Text>
        {canImport && (
          <Button
            component={Link}
            to={`/data-imports?presence=${presenceId}`}
            leftSection={<IconDatabaseImport size={16} />}
            mt="xs"
          >
            {t('activity.emptyAction')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

export function PresenceActivity({ presenceId }: { presenceId: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const activity = usePresenceActivity(presenceId);
  const a = activity.data;
  const audience = useMemo(() => (a?.metrics ?? []).filter((m) => m.audience !== null), [a]);

  if (activity.isPending) return <Loading />;
  if (activity.isError || !a)
    return <QueryError error={activity.error} onRetry={() => void activity.refetch()} />;
  if (a.posts === 0 && a.metrics.length === 0) return <NoData presenceId={presenceId} />;

  const engagement = a.weeks.reduce((sum, w) => sum + w.engagement, 0);
  const activeWeeks = a.weeks.filter((w) => w.posts > 0).length;
  const one = new Intl.NumberFormat(f.locale, { maximumFractionDigits: 1 });

  return (
    <Stack gap="lg">
      {a.posts > 0 && (
        <Card data-testid="activity">
          <CardTitle title={t('activity.title')} hint={t('activity.hint')} />
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" mb="md">
            <Figure label={t('activity.statPosts')} value={f.number(a.posts)} testId="activity-posts" />
            <Figure label={t('activity.statFirst')} value={f.date(a.first)} hint={f.relative(a.first)} />
            <Figure label={t('activity.statLast')} value={f.date(a.last)} hint={f.relative(a.last)} />
            <Figure
              label={t('activity.statPerPost')}
              value={one.format(engagement / a.posts)}
              hint={t('activity.statPerPostHint')}
            />
            <Figure
              label={t('activity.statPerWeek')}
              value={one.format(activeWeeks ? a.posts / activeWeeks : 0)}
              hint={t('activity.statPerWeekHint')}
            />
          </SimpleGrid>
          <WeeklyChart activity={a} />
        </Card>
      )}
      {audience.length > 1 && (
        <Card data-testid="audience">
          <Title order={3} fz="lg">
            {t('activity.audienceTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('activity.audienceHint')}
          </Text>
          <Box>
            <AudienceChart days={audience} />
          </Box>
        </Card>
      )}
      <PostsTimeline presenceId={presenceId} total={a.posts} />
    </Stack>
  );
}
