// One audit: the before/after figures, what was recommended and decided (by decision and by
// platform), then the review of every presence and the action plan.
import {
  Anchor,
  Badge,
  Box,
  Breadcrumbs,
  Card,
  Grid,
  Group,
  Progress,
  SimpleGrid,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useCallbackRef } from '@mantine/hooks';
import { IconLayoutKanban, IconListCheck } from '@tabler/icons-react';
import type { SortingState } from '@tanstack/react-table';
import { memo, type ReactNode, useDeferredValue, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Audit, Decision } from '../../../src/audit/model';
import { type ChartOption, EChart, escapeHtml } from '../app/EChart';
import { useFormat } from '../app/format';
import { Loading, QueryError, useActorLabel, useDocumentTitle } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { usePlatformDirectory } from '../registry/platforms';
import { AuditStatusBadge } from './AuditsPage';
import { BeforeAfter, ReportMenu } from './bits';
import { ItemDrawer } from './ItemDrawer';
import { DECISION_LOOK, DECISIONS } from './meta';
import { PlanBoard } from './PlanBoard';
import { useAudit } from './queries';
import { ReviewTable } from './ReviewTable';
import { filterItems, NO_FILTERS, outcome, type ReviewFilters, sortItems } from './review/filters';
import { useAuditText } from './text';

function Figure({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    <Card padding="lg">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Box mt={8}>{children}</Box>
      {hint && (
        <Text size="xs" c="dimmed" mt={6}>
          {hint}
        </Text>
      )}
    </Card>
  );
}

const DecisionChart = memo(function DecisionChart({
  audit,
  onPick,
}: {
  audit: Audit;
  onPick: (d: Decision) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useAuditText();
  const rows = DECISIONS.filter(
    (d) => (audit.byRecommendation[d] ?? 0) > 0 || (audit.byDecision[d] ?? 0) > 0,
  );
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 40, top: 30, bottom: 4, containLabel: true },
      legend: {
        top: 0,
        left: 0,
        icon: 'roundRect',
        itemWidth: 12,
        itemHeight: 12,
        textStyle: { fontSize: 12, color: '#495057' },
      },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (p) => {
          const list = Array.isArray(p) ? p : [p];
          const first = list[0];
          if (!first) return '';
          return `${escapeHtml(String(first.name))}<br/>${list
            .map(
              (x) => `${escapeHtml(String(x.seriesName))}: <b>${escapeHtml(f.number(Number(x.value)))}</b>`,
            )
            .join('<br/>')}`;
        },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((d) => text.decision(d)),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: '#dee2e6' } },
        axisLabel: { color: '#495057', fontSize: 12 },
      },
      xAxis: { type: 'value', show: false },
      series: [
        {
          type: 'bar',
          name: t('audit.charts.recommended'),
          barGap: '15%',
          barMaxWidth: 14,
          data: rows.map((d) => ({
            value: audit.byRecommendation[d] ?? 0,
            itemStyle: { color: `${DECISION_LOOK[d].hex}66`, borderRadius: [0, 3, 3, 0] },
          })),
          itemStyle: { color: '#adb5bd' },
          label: {
            show: true,
            position: 'right',
            fontSize: 11,
            color: '#868e96',
            formatter: (p) => (Number(p.value) > 0 ? f.number(Number(p.value)) : ''),
          },
        },
        {
          type: 'bar',
          name: t('audit.charts.decided'),
          barMaxWidth: 14,
          data: rows.map((d) => ({
            value: audit.byDecision[d] ?? 0,
            itemStyle: { color: DECISION_LOOK[d].hex, borderRadius: [0, 3, 3, 0] },
          })),
          itemStyle: { color: '#335aaf' },
          label: {
            show: true,
            position: 'right',
            fontSize: 11,
            color: '#495057',
            formatter: (p) => (Number(p.value) > 0 ? f.number(Number(p.value)) : ''),
          },
        },
      ],
    }),
    [rows, audit, f, t, text],
  );
  return (
    <EChart
      option={option}
      height={Math.max(200, rows.length * 44 + 40)}
      label={t('audit.charts.byDecisionLabel')}
      onClick={(e) => {
        const d = rows[e.dataIndex];
        if (d) onPick(d);
      }}
    />
  );
});

const PlatformChart = memo(function PlatformChart({
  audit,
  onPick,
}: {
  audit: Audit;
  onPick: (platform: string) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useAuditText();
  const directory = usePlatformDirectory();
  const { platforms, used } = useMemo(() => {
    const counts = new Map<string, Partial<Record<Decision, number>>>();
    for (const i of audit.items) {
      const c = counts.get(i.presence.platform) ?? {};
      const d = outcome(i);
      c[d] = (c[d] ?? 0) + 1;
      counts.set(i.presence.platform, c);
    }
    const total = (c: Partial<Record<Decision, number>>) =>
      Object.values(c).reduce((n, v) => n + (v ?? 0), 0);
    const platforms = [...counts].sort((a, b) => total(b[1]) - total(a[1]));
    const used = DECISIONS.filter((d) => platforms.some(([, c]) => (c[d] ?? 0) > 0));
    return { platforms, used };
  }, [audit.items]);
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 8, top: 58, bottom: 4, containLabel: true },
      legend: {
        top: 0,
        left: 0,
        icon: 'roundRect',
        itemWidth: 12,
        itemHeight: 12,
        textStyle: { fontSize: 12, color: '#495057' },
      },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (p) => {
          const list = (Array.isArray(p) ? p : [p]).filter((x) => Number(x.value) > 0);
          const first = list[0];
          if (!first) return '';
          return `${escapeHtml(String(first.name))}<br/>${list
            .map(
              (x) => `${escapeHtml(String(x.seriesName))}: <b>${escapeHtml(f.number(Number(x.value)))}</b>`,
            )
            .join('<br/>')}`;
        },
      },
      xAxis: {
        type: 'category',
        data: platforms.map(([id]) => directory.name(id)),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: '#dee2e6' } },
        axisLabel: { interval: 0, rotate: platforms.length > 8 ? 40 : 0, fontSize: 11, color: '#495057' },
      },
      yAxis: {
        type: 'value',
        minInterval: 1, // presences are counted whole
        splitLine: { lineStyle: { color: '#f1f3f5' } },
        axisLabel: { fontSize: 11, color: '#868e96' },
      },
      series: used.map((d) => ({
        type: 'bar' as const,
        name: text.decision(d),
        stack: 'outcome',
        barMaxWidth: 26,
        itemStyle: { color: DECISION_LOOK[d].hex },
        data: platforms.map(([, c]) => c[d] ?? 0),
      })),
    }),
    [platforms, used, directory, f, text],
  );
  return (
    <EChart
      option={option}
      height={300}
      label={t('audit.charts.byPlatformLabel')}
      onClick={(e) => {
        const p = platforms[e.dataIndex];
        if (p) onPick(p[0]);
      }}
    />
  );
});

const TABS = ['review', 'plan'] as const;
type Tab = (typeof TABS)[number];

export function AuditPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const actorLabel = useActorLabel();
  const params = useParams();
  const auditId = Number(params.id);
  const audit = useAudit(auditId);
  const [search, setSearch] = useSearchParams();
  const tab: Tab = search.get('tab') === 'plan' ? 'plan' : 'review';
  const open = Number(search.get('presence')) || null;
  const [filters, setFilters] = useState<ReviewFilters>(NO_FILTERS);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'findings', desc: true }]);
  // Drawn from a deferred copy: React then builds the page in slices that leave the browser free to
  // answer (one 400 ms task otherwise, on a small machine).
  const a = useDeferredValue(audit.data);
  useDocumentTitle(a?.name ?? t('nav.audits'));

  const shown = useMemo(
    () => (a ? sortItems(filterItems(a.items, filters), sorting) : []),
    [a, filters, sorting],
  );

  // The charts and the review table are memoised (the page renders again whenever a query it reads
  // settles): the callbacks they get keep their identity, and call the page's latest state.
  const pickDecision = useCallbackRef((d: Decision) => {
    setFilters({ ...NO_FILTERS, recommendation: d });
    setParam('tab', null);
  });
  const pickPlatform = useCallbackRef((platform: string) => {
    setFilters({ ...NO_FILTERS, platform });
    setParam('tab', null);
  });
  const openPresence = useCallbackRef((id: number | null) =>
    setParam('presence', id === null ? null : String(id)),
  );

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value === null) next.delete(key);
    else next.set(key, value);
    // Opening a presence is a step back can undo; walking from one to the next, or closing, is not.
    setSearch(next, { replace: key !== 'presence' || open !== null });
  };

  if ((audit.isPending || (audit.data && !a)) && Number.isInteger(auditId)) return <Loading />;
  if (audit.isError || !a) {
    return (
      <>
        <Breadcrumbs mb="md">
          <Anchor component={Link} to="/audits" size="sm">
            {t('nav.audits')}
          </Anchor>
        </Breadcrumbs>
        <QueryError error={audit.error} />
      </>
    );
  }

  const item = open ? (a.items.find((i) => i.presenceId === open) ?? null) : null;
  const index = item ? shown.findIndex((i) => i.presenceId === item.presenceId) : -1;
  const decidedShare = a.presences > 0 ? a.decided / a.presences : 0;
  const ending = a.presences - a.kept;

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/audits" size="sm">
          {t('nav.audits')}
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={500}>
          {a.name}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="md">
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Group gap="sm" wrap="nowrap">
            <Title order={2} fz={26} lineClamp={1}>
              {a.name}
            </Title>
            <AuditStatusBadge audit={a} />
          </Group>
          <Text
            size="sm"
            c="dimmed"
            mt={4}
            title={a.createdByName ? t('names.login', { login: a.createdBy }) : undefined}
          >
            {t('audit.page.subtitle', {
              scope: a.unit ?? t('audit.list.wholeOrganisation'),
              date: f.date(a.asOf),
              actor: a.createdByName ?? actorLabel(a.createdBy),
              ran: f.dateTime(a.createdAt),
            })}
            {a.previousId && (
              <>
                {' · '}
                <Anchor component={Link} to={`/audits/${a.previousId}`} size="sm">
                  {t('audit.page.previous')}
                </Anchor>
              </>
            )}
          </Text>
        </Box>
        <ReportMenu auditId={a.id} />
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" mb="lg">
        <Figure label={t('audit.figures.beforeAfter')} hint={t('audit.figures.beforeAfterHint')}>
          <BeforeAfter before={a.presences} after={a.kept} size="lg" />
        </Figure>
        <Figure label={t('audit.figures.ending')} hint={t('audit.figures.endingHint')}>
          <Text fz={40} fw={650} lh={1.1}>
            {f.number(ending)}
          </Text>
        </Figure>
        <Figure
          label={t('audit.figures.decided')}
          hint={t('audit.figures.decidedHint', { value: f.number(a.presences - a.decided) })}
        >
          <Group gap={8} align="baseline">
            <Text fz={40} fw={650} lh={1.1}>
              {f.number(a.decided)}
            </Text>
            <Text c="dimmed">/ {f.number(a.presences)}</Text>
          </Group>
          <Progress
            value={decidedShare * 100}
            mt={8}
            size="sm"
            color={decidedShare >= 1 ? 'teal' : 'vigie'}
            aria-label={t('audit.figures.decided')}
          />
        </Figure>
        <Figure label={t('audit.figures.tasks')} hint={t('audit.figures.tasksHint')}>
          <Group gap={8} align="baseline">
            <Text fz={40} fw={650} lh={1.1}>
              {f.number(a.tasks.done)}
            </Text>
            <Text c="dimmed">/ {f.number(a.tasks.total)}</Text>
          </Group>
          <Progress
            value={a.tasks.total > 0 ? (a.tasks.done / a.tasks.total) * 100 : 0}
            mt={8}
            size="sm"
            color="teal"
            aria-label={t('audit.figures.tasks')}
          />
        </Figure>
      </SimpleGrid>

      <Grid gap="md" mb="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card h="100%">
            <Text fw={600}>{t('audit.charts.byDecision')}</Text>
            <Text size="xs" c="dimmed" mb="sm">
              {t('audit.charts.byDecisionHint')}
            </Text>
            <DecisionChart audit={a} onPick={pickDecision} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card h="100%">
            <Text fw={600}>{t('audit.charts.byPlatform')}</Text>
            <Text size="xs" c="dimmed" mb="sm">
              {t('audit.charts.byPlatformHint')}
            </Text>
            <PlatformChart audit={a} onPick={pickPlatform} />
          </Card>
        </Grid.Col>
      </Grid>

      <Tabs value={tab} onChange={(v) => setParam('tab', v === 'plan' ? 'plan' : null)}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="review" leftSection={<IconListCheck size={16} />}>
            {t('audit.page.tabReview')}
            <Badge size="sm" variant="light" ml={8} color={a.decided >= a.presences ? 'teal' : 'blue'}>
              {f.number(a.decided)}/{f.number(a.presences)}
            </Badge>
          </Tabs.Tab>
          <Tabs.Tab value="plan" leftSection={<IconLayoutKanban size={16} />} data-testid="tab-plan">
            {t('audit.page.tabPlan')}
            {a.tasks.total > 0 && (
              <Badge size="sm" variant="light" ml={8} color="gray">
                {f.number(a.tasks.done)}/{f.number(a.tasks.total)}
              </Badge>
            )}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="review">
          <ReviewTable
            audit={a}
            items={shown}
            filters={filters}
            onFilters={setFilters}
            onOpen={openPresence}
            sorting={sorting}
            onSorting={setSorting}
          />
        </Tabs.Panel>
        <Tabs.Panel value="plan">
          {tab === 'plan' && <PlanBoard audit={a} onOpenPresence={openPresence} />}
        </Tabs.Panel>
      </Tabs>

      <ItemDrawer
        audit={a}
        item={item}
        position={index >= 0 ? { index, total: shown.length } : null}
        onClose={() => openPresence(null)}
        onOpen={openPresence}
        onPrevious={index > 0 ? () => openPresence(shown[index - 1]!.presenceId) : undefined}
        onNext={
          index >= 0 && index < shown.length - 1
            ? () => openPresence(shown[index + 1]!.presenceId)
            : undefined
        }
      />
    </>
  );
}
