// KPIs of a presence the organisation invests in (method step h): the ones set, and a form per
// suggestion (prefilled from what the presence does today) plus one to write from scratch.
import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { KpiInput, KpiMetric, KpiPeriod, ObjectiveKind } from '../../../src/audit/model';
import { useFormat } from '../app/format';
import { Loading, QueryError, useErrorMessage, useNotify } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useCan } from '../trust/session';
import { KPI_METRICS, KPI_PERIODS, OBJECTIVE_KINDS, SHARE_METRICS } from './meta';
import { useAddKpi, useKpiSuggestions, useKpis, useRemoveKpi } from './queries';

/** A KPI's target as the reader writes it: shares as percentages. */
export function useKpiValue() {
  const f = useFormat();
  return (metric: KpiMetric, value: number | null) => {
    if (value === null) return '';
    return SHARE_METRICS.includes(metric) ? f.percent(value) : f.number(Math.round(value * 100) / 100);
  };
}

function KpiForm({
  presenceId,
  auditId,
  initial,
  suggested,
}: {
  presenceId: number;
  auditId?: number;
  initial: Partial<KpiInput>;
  suggested: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const message = useErrorMessage();
  const [objective, setObjective] = useState<ObjectiveKind | null>(initial.objective ?? null);
  const [metric, setMetric] = useState<KpiMetric | null>(initial.metric ?? null);
  const [period, setPeriod] = useState<KpiPeriod>(initial.period ?? 'quarter');
  const share = metric !== null && SHARE_METRICS.includes(metric);
  const toShown = (v: number | undefined) => (v === undefined ? '' : share ? Math.round(v * 1000) / 10 : v);
  const [target, setTarget] = useState<number | ''>(toShown(initial.target));

  const add = useAddKpi(presenceId, {
    onSuccess: () => {
      notify.success(t('audit.kpi.added'));
      if (!suggested) {
        setMetric(null);
        setTarget('');
      }
    },
  });

  const ready = objective !== null && metric !== null && target !== '' && Number(target) > 0;
  return (
    <Paper withBorder p="sm" bg={suggested ? 'var(--mantine-color-vigie-0)' : undefined}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready && objective !== null && metric !== null)
            add.mutate({
              objective,
              metric,
              target: share ? Number(target) / 100 : Number(target),
              period,
              baseline: initial.baseline ?? null,
              ...(auditId ? { auditId } : {}),
            });
        }}
      >
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Select
            label={t('audit.kpi.objective')}
            data={OBJECTIVE_KINDS.map((o) => ({ value: o, label: t(`audit.objective.${o}`) }))}
            value={objective}
            onChange={(v) => setObjective(v as ObjectiveKind | null)}
            size="xs"
            w={190}
            allowDeselect={false}
          />
          <Select
            label={t('audit.kpi.metric')}
            data={KPI_METRICS.map((m) => ({ value: m, label: t(`audit.metric.${m}`) }))}
            value={metric}
            onChange={(v) => setMetric(v as KpiMetric | null)}
            size="xs"
            w={190}
            allowDeselect={false}
          />
          <NumberInput
            label={share ? t('audit.kpi.targetPercent') : t('audit.kpi.target')}
            value={target}
            onChange={(v) => setTarget(v === '' ? '' : Number(v))}
            min={0}
            size="xs"
            w={110}
            hideControls
            thousandSeparator={f.locale === 'fr-FR' ? '\u202f' : ','}
            decimalSeparator={f.locale === 'fr-FR' ? ',' : '.'}
            suffix={share ? ' %' : undefined}
          />
          <Select
            label={t('audit.kpi.period')}
            data={KPI_PERIODS.map((p) => ({ value: p, label: t(`audit.period.${p}`) }))}
            value={period}
            onChange={(v) => v && setPeriod(v as KpiPeriod)}
            size="xs"
            w={110}
            allowDeselect={false}
          />
          <Button
            type="submit"
            size="xs"
            leftSection={<IconPlus size={14} />}
            disabled={!ready}
            loading={add.isPending}
          >
            {t('audit.kpi.add')}
          </Button>
        </Group>
        {suggested && initial.baseline !== undefined && initial.baseline !== null && metric && (
          <BaselineNote metric={metric} baseline={initial.baseline} />
        )}
        {add.isError && (
          <Text size="xs" c="red.8" mt={6} role="alert">
            {message(add.error)}
          </Text>
        )}
      </form>
    </Paper>
  );
}

function BaselineNote({ metric, baseline }: { metric: KpiMetric; baseline: number }) {
  const { t } = useTranslation();
  const value = useKpiValue();
  return (
    <Text size="xs" c="dimmed" mt={6}>
      {t('audit.kpi.baseline', { value: value(metric, baseline) })}
    </Text>
  );
}

export function KpiEditor({ presenceId, auditId }: { presenceId: number; auditId?: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const value = useKpiValue();
  const kpis = useKpis(presenceId);
  const suggestions = useKpiSuggestions(presenceId);
  const canEdit = useCan('plan.update');
  const remove = useRemoveKpi({
    onSuccess: () => notify.success(t('audit.kpi.removed')),
    onError: (err) => notify.error(err),
  });

  if (kpis.isPending) return <Loading height={80} />;
  if (kpis.isError) return <QueryError error={kpis.error} onRetry={() => void kpis.refetch()} />;
  const set = kpis.data;
  const taken = new Set(set.map((k) => `${k.metric}/${k.period}`));
  const open = (suggestions.data ?? []).filter((s) => !taken.has(`${s.metric}/${s.period}`));

  return (
    <Stack gap="sm">
      {set.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('audit.kpi.none')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={6} data-testid="kpi-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.kpi.objective')}</Table.Th>
              <Table.Th>{t('audit.kpi.metric')}</Table.Th>
              <Table.Th ta="right">{t('audit.kpi.target')}</Table.Th>
              <Table.Th ta="right">{t('audit.kpi.baselineShort')}</Table.Th>
              <Table.Th w={36} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {set.map((k) => (
              <Table.Tr key={k.id}>
                <Table.Td>
                  <Badge variant="light" tt="none" color="gray">
                    {t(`audit.objective.${k.objective}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`audit.metric.${k.metric}`)}</Text>
                </Table.Td>
                <Table.Td className="vigie-num">
                  <Text size="sm" fw={600} span>
                    {t('audit.kpi.targetPer', {
                      value: value(k.metric, k.target),
                      period: t(`audit.periodPer.${k.period}`),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td className="vigie-num">
                  <Text size="sm" c="dimmed" span>
                    {k.baseline === null ? '—' : value(k.metric, k.baseline)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {canEdit && (
                    <Tooltip label={t('audit.kpi.remove')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="sm"
                        aria-label={t('audit.kpi.remove')}
                        loading={remove.isPending && remove.variables === k.id}
                        onClick={() => remove.mutate(k.id)}
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canEdit && open.length > 0 && (
        <Box>
          <Text size="xs" fw={600} c="dimmed" mb={6}>
            {t('audit.kpi.suggested', { count: open.length, value: f.number(open.length) })}
          </Text>
          <Stack gap={6}>
            {open.map((s) => (
              <KpiForm
                key={`${s.metric}/${s.period}/${s.objective}`}
                presenceId={presenceId}
                auditId={auditId}
                initial={s}
                suggested
              />
            ))}
          </Stack>
        </Box>
      )}
      {canEdit && (
        <Box>
          <Text size="xs" fw={600} c="dimmed" mb={6}>
            {t('audit.kpi.other')}
          </Text>
          <KpiForm presenceId={presenceId} auditId={auditId} initial={{}} suggested={false} />
        </Box>
      )}
    </Stack>
  );
}
