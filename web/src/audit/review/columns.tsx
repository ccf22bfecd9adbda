// The review table's columns: the presence, its facts at a glance (past a threshold in colour), its
// findings, the decision recommended with its first reason, and the decision taken.
import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { IconCornerDownRight } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Audit, AuditItem } from '../../../../src/audit/model';
import { useFormat } from '../../app/format';
import { Dash } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { PlatformIcon, usePlatformDirectory } from '../../registry/platforms';
import { DecisionBadge, FindingBadges, TrendArrow } from '../bits';
import { DECISIONS } from '../meta';
import { presenceName } from '../names';
import { auditNameOf, useAuditText } from '../text';
import { severityScore } from './filters';

export function useReviewColumns(audit: Audit): ColumnDef<AuditItem>[] {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useAuditText();
  const directory = usePlatformDirectory();
  const settings = audit.settings;
  const nameOf = useMemo(() => auditNameOf(audit), [audit]);
  const byId = useMemo(() => new Map(audit.items.map((i) => [i.presenceId, i])), [audit.items]);

  return useMemo<ColumnDef<AuditItem>[]>(
    () => [
      {
        id: 'presence',
        header: t('audit.review.presence'),
        accessorFn: (i) => presenceName(i.presence).toLowerCase(),
        cell: ({ row }) => {
          const p = row.original.presence;
          return (
            <Group gap={10} wrap="nowrap" style={{ minWidth: 0 }}>
              <PlatformIcon id={p.platform} size={24} />
              <Box style={{ minWidth: 0 }}>
                <Anchor
                  component={Link}
                  to={`/presences/${row.original.presenceId}`}
                  size="sm"
                  fw={600}
                  c="dark"
                  onClick={(e) => e.stopPropagation()}
                  lineClamp={2}
                  lh={1.3}
                >
                  {presenceName(p)}
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  {[directory.name(p.platform), p.unit ?? t('presence.noUnit')].join(' · ')}
                </Text>
              </Box>
            </Group>
          );
        },
      },
      {
        id: 'days',
        header: t('audit.review.days'),
        accessorFn: (i) => i.facts.daysSinceActivity.value ?? undefined,
        sortUndefined: 'last',
        sortDescFirst: true,
        cell: ({ row }) => {
          const d = row.original.facts.daysSinceActivity.value;
          if (d === null) return <Dash />;
          const c =
            d >= settings.abandonedDays ? 'red.8' : d >= settings.dormantDays ? 'orange.8' : undefined;
          return (
            // A long duration ("13 years 5 months") wraps rather than running into the next column.
            <Text size="sm" c={c} fw={c ? 600 : undefined} title={f.days(d)} style={{ whiteSpace: 'normal' }}>
              {f.duration(d)}
            </Text>
          );
        },
      },
      {
        id: 'perWeek',
        header: t('audit.review.perWeek'),
        accessorFn: (i) => i.facts.postsPerWeek.value ?? undefined,
        sortUndefined: 'last',
        sortDescFirst: true,
        cell: ({ row }) => {
          const v = row.original.facts.postsPerWeek.value;
          return v === null ? (
            <Dash />
          ) : (
            <Text size="sm" span>
              {f.number(Math.round(v * 10) / 10)}
            </Text>
          );
        },
      },
      {
        id: 'audience',
        header: t('audit.review.audience'),
        accessorFn: (i) => i.facts.audience.value ?? undefined,
        sortUndefined: 'last',
        sortDescFirst: true,
        cell: ({ row }) => {
          const v = row.original.facts.audience.value;
          if (v === null) return <Dash />;
          return (
            <Group gap={4} justify="flex-end" wrap="nowrap">
              <Text size="sm" span>
                {f.compact(v)}
              </Text>
              <TrendArrow trend={row.original.facts.audienceTrend.value} />
            </Group>
          );
        },
      },
      {
        id: 'perPost',
        header: t('audit.review.perPost'),
        accessorFn: (i) => i.facts.engagementPerPost.value ?? undefined,
        sortUndefined: 'last',
        sortDescFirst: true,
        cell: ({ row }) => {
          const v = row.original.facts.engagementPerPost.value;
          return v === null ? (
            <Dash />
          ) : (
            <Text size="sm" span>
              {f.number(Math.round(v * 10) / 10)}
            </Text>
          );
        },
      },
      {
        id: 'findings',
        header: t('audit.review.findings'),
        accessorFn: severityScore,
        sortDescFirst: true,
        cell: ({ row }) => <FindingBadges findings={row.original.findings} max={2} />,
      },
      {
        id: 'recommendation',
        header: t('audit.review.recommendation'),
        accessorFn: (i) => DECISIONS.indexOf(i.recommendation.decision),
        cell: ({ row }) => {
          const r = row.original.recommendation;
          const into = r.into ? byId.get(r.into) : undefined;
          const first = r.reasons[0];
          return (
            <Stack gap={3}>
              <DecisionBadge decision={r.decision} />
              {into && (
                <Group gap={3} wrap="nowrap">
                  <IconCornerDownRight
                    size={12}
                    color="var(--mantine-color-gray-6)"
                    style={{ flex: 'none' }}
                  />
                  <Text size="xs" c="dimmed" truncate>
                    {presenceName(into.presence)}
                  </Text>
                </Group>
              )}
              {first && (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {text.reason(first, nameOf)}
                </Text>
              )}
            </Stack>
          );
        },
      },
      {
        id: 'decision',
        header: t('audit.review.decision'),
        accessorFn: (i) => (i.decision ? DECISIONS.indexOf(i.decision.decision) : 99),
        cell: ({ row }) => {
          const d = row.original.decision;
          if (!d)
            return (
              <Text size="sm" c="dimmed" fs="italic">
                {t('audit.review.toDecide')}
              </Text>
            );
          const changed = d.decision !== row.original.recommendation.decision;
          return (
            <Stack gap={3}>
              <DecisionBadge decision={d.decision} variant="filled" />
              {changed && (
                <Text size="xs" c="orange.8">
                  {t('audit.review.changed')}
                </Text>
              )}
            </Stack>
          );
        },
      },
    ],
    [t, f, text, directory, settings, nameOf, byId],
  );
}
