// The review's filters: words, unit, platform, finding, recommendation, and whether a decision was
// taken (or changed from the one recommended), with how many presences they leave.
import { Button, Chip, Group, Select, Stack, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { type ReactNode, useMemo } from 'react';
import type { Audit, Decision } from '../../../../src/audit/model';
import { useFormat } from '../../app/format';
import { SearchInput } from '../../app/forms';
import { useTranslation } from '../../i18n/useTranslation';
import { usePlatformDirectory } from '../../registry/platforms';
import { DECISIONS, FINDING_CODES } from '../meta';
import { useAuditText } from '../text';
import { type DecidedFilter, filtersActive, NO_FILTERS, type ReviewFilters, unitKey } from './filters';

export function ReviewFiltersBar({
  audit,
  shown,
  filters,
  onFilters,
  action,
}: {
  audit: Audit;
  /** How many presences the filters leave. */
  shown: number;
  filters: ReviewFilters;
  onFilters: (next: ReviewFilters) => void;
  /** What can be done with the rows shown (the bulk accept), beside their count. */
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useAuditText();
  const directory = usePlatformDirectory();
  const unitOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const i of audit.items) seen.set(unitKey(i), i.presence.unit ?? t('presence.noUnit'));
    return [...seen]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [audit.items, t]);
  const platformOptions = useMemo(() => {
    const ids = [...new Set(audit.items.map((i) => i.presence.platform))];
    return ids
      .map((id) => ({ value: id, label: directory.name(id) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [audit.items, directory]);
  const findingOptions = useMemo(() => {
    const present = new Set(audit.items.flatMap((i) => i.findings.map((x) => x.code)));
    return FINDING_CODES.filter((c) => present.has(c)).map((c) => ({
      value: c,
      label: text.findingTitle(c),
    }));
  }, [audit.items, text]);
  const decisionOptions = DECISIONS.map((d) => ({ value: d, label: text.decision(d) }));

  const active = filtersActive(filters);
  const set = (patch: Partial<ReviewFilters>) => onFilters({ ...filters, ...patch });
  const undecided = audit.items.filter((i) => !i.decision).length;

  return (
    <Stack gap="sm" p="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <SearchInput
          label={t('audit.review.search')}
          placeholder={t('audit.review.search')}
          value={filters.q}
          onChange={(q) => set({ q })}
          onClear={() => set({ q: '' })}
          w={200}
        />
        <Select
          aria-label={t('field.unit')}
          placeholder={t('presences.allUnits')}
          data={unitOptions}
          value={filters.unit}
          onChange={(v) => set({ unit: v })}
          searchable
          clearable
          w={190}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <Select
          aria-label={t('field.platform')}
          placeholder={t('presences.allPlatforms')}
          data={platformOptions}
          value={filters.platform}
          onChange={(v) => set({ platform: v })}
          searchable
          clearable
          w={170}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <Select
          aria-label={t('audit.review.finding')}
          placeholder={t('audit.review.allFindings')}
          data={findingOptions}
          value={filters.finding}
          onChange={(v) => set({ finding: v })}
          searchable
          clearable
          w={210}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <Select
          aria-label={t('audit.review.recommendation')}
          placeholder={t('audit.review.allRecommendations')}
          data={decisionOptions}
          value={filters.recommendation}
          onChange={(v) => set({ recommendation: v as Decision | null })}
          clearable
          w={210}
        />
        {active && (
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconFilterOff size={16} />}
            onClick={() => onFilters(NO_FILTERS)}
          >
            {t('presences.clearFilters')}
          </Button>
        )}
      </Group>
      <Group justify="space-between" gap="sm">
        {/* Chips rather than a SegmentedControl: its sliding indicator measures the layout of the
            page while the review table is being built, which cost the audit page 80 ms. */}
        <Chip.Group value={filters.decided} onChange={(v) => set({ decided: v as DecidedFilter })}>
          <Group gap={6} role="radiogroup" aria-label={t('audit.review.decision')}>
            {(
              [
                ['all', t('audit.review.decidedAll')],
                ['undecided', t('audit.review.decidedNo', { value: f.number(undecided) })],
                ['decided', t('audit.review.decidedYes')],
                ['changed', t('audit.review.decidedChanged')],
              ] as const
            ).map(([value, label]) => (
              <Chip key={value} value={value} size="xs" variant="light" type="radio">
                {label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group gap="sm">
          {action}
          <Text size="sm" c="dimmed" data-testid="review-count">
            {t('audit.review.count', {
              count: shown,
              value: f.number(shown),
              total: f.number(audit.items.length),
            })}
          </Text>
        </Group>
      </Group>
    </Stack>
  );
}
