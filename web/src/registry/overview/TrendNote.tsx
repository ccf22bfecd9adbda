// "↓ was 32": how a figure moved since the last audit, coloured by whether that is good news; the
// whole sentence, with the audit's date, for screen readers and on hover.
import { Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconEqual } from '@tabler/icons-react';
import { useFormat } from '../../app/format';
import { useTranslation } from '../../i18n/useTranslation';
import { type Sense, TONE_COLOR, trendOf } from './trend';

export function TrendNote({
  now,
  was,
  sense,
  asOf,
  format = 'number',
  testId,
}: {
  now: number;
  was: number;
  sense: Sense;
  /** The audit's date (YYYY-MM-DD). */
  asOf: string;
  format?: 'number' | 'compact';
  testId?: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const trend = trendOf(now, was, sense);
  // "was 1.98m" beside 1.98m says nothing: the exact figure when the rounded ones are the same.
  const value = format === 'compact' && f.compact(was) !== f.compact(now) ? f.compact(was) : f.number(was);
  const date = f.date(asOf);
  const long =
    trend.direction === 'same'
      ? t('overview.since.sameLong', { date })
      : t('overview.since.wasLong', { value: f.number(was), date });
  const Arrow =
    trend.direction === 'up' ? IconArrowUpRight : trend.direction === 'down' ? IconArrowDownRight : IconEqual;
  const color = TONE_COLOR[trend.tone];
  return (
    <Tooltip label={long} openDelay={200}>
      <Group gap={2} wrap="nowrap" data-testid={testId} data-tone={trend.tone} style={{ flex: 'none' }}>
        <Text span c={color} lh={1} aria-hidden>
          <Arrow size={14} stroke={2} style={{ verticalAlign: '-2px' }} />
        </Text>
        <Text span size="xs" c={color} fw={trend.tone === 'neutral' ? 400 : 600} aria-hidden>
          {trend.direction === 'same' ? t('overview.since.same') : t('overview.since.was', { value })}
        </Text>
        <VisuallyHidden>{long}</VisuallyHidden>
      </Group>
    </Tooltip>
  );
}
