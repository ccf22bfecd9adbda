// Audit pieces shown on several pages: decision and finding badges, the audience trend, the report
// menu and the before → after figure (a presence's name as the audit saw it is in names.ts).
import { Badge, Box, Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import {
  IconArrowDownRight,
  IconArrowRight,
  IconArrowUpRight,
  IconChevronDown,
  IconExternalLink,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconReport,
} from '@tabler/icons-react';
import type { Decision, Finding } from '../../../src/audit/model';
import { useFormat } from '../app/format';
import { currentLanguage } from '../i18n';
import { useTranslation } from '../i18n/useTranslation';
import { useCan } from '../trust/session';
import { DECISION_LOOK, SEVERITY_COLOR, SEVERITY_RANK } from './meta';
import { reportUrl } from './queries';
import { useAuditText } from './text';

export function DecisionBadge({
  decision,
  size = 'sm',
  variant = 'light',
}: {
  decision: Decision;
  size?: 'xs' | 'sm' | 'md' | 'lg';
  variant?: 'light' | 'filled' | 'outline' | 'dot';
}) {
  const text = useAuditText();
  const look = DECISION_LOOK[decision] ?? { color: 'gray' };
  return (
    // Filled, the darkest shade: white on the usual shade 6 is too pale to read at badge size.
    <Badge
      color={variant === 'filled' ? `${look.color}.9` : look.color}
      autoContrast
      variant={variant}
      size={size}
      tt="none"
      fw={600}
      style={{ flex: 'none' }}
    >
      {text.decision(decision)}
    </Badge>
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** The findings as small badges, the most severe first; the rest counted. */
export function FindingBadges({ findings, max = 3 }: { findings: Finding[]; max?: number }) {
  const { t } = useTranslation();
  const text = useAuditText();
  const sorted = sortFindings(findings);
  if (sorted.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('audit.review.noFinding')}
      </Text>
    );
  }
  const shown = sorted.slice(0, max);
  const rest = sorted.slice(max);
  return (
    <Group gap={4} wrap="wrap">
      {shown.map((fd) => (
        <Badge
          key={fd.code}
          size="sm"
          variant={fd.severity === 'high' ? 'filled' : 'light'}
          color={SEVERITY_COLOR[fd.severity]}
          tt="none"
          fw={600}
          title={t(`audit.severity.${fd.severity}`)}
        >
          {text.findingTitle(fd.code)}
        </Badge>
      ))}
      {rest.length > 0 && (
        <Tooltip label={rest.map((fd) => text.findingTitle(fd.code)).join(' · ')} multiline maw={320}>
          <Badge size="sm" variant="outline" color="gray" tt="none">
            +{rest.length}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

/** An arrow for the audience's change over 90 days, and the change itself. */
export function TrendArrow({ trend }: { trend: number | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (trend === null) return null;
  const flat = Math.abs(trend) < 0.01;
  const Icon = flat ? IconArrowRight : trend > 0 ? IconArrowUpRight : IconArrowDownRight;
  const color = flat
    ? 'var(--mantine-color-gray-6)'
    : trend > 0
      ? 'var(--mantine-color-teal-7)'
      : 'var(--mantine-color-red-7)';
  const label = t('audit.facts.trendLabel', {
    value: `${trend > 0 ? '+' : trend < 0 ? '−' : ''}${f.percent(Math.abs(trend))}`,
  });
  return (
    <Tooltip label={label}>
      {/* An icon that says something: an image with a name (aria-label alone is not allowed on a span). */}
      <Box component="span" role="img" aria-label={label} style={{ display: 'inline-flex', color }}>
        <Icon size={15} stroke={2} />
      </Box>
    </Tooltip>
  );
}

/** The report, as a page in a new tab or as a file, in the reader's language. */
export function ReportMenu({ auditId }: { auditId: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  // Downloads need the export permission (agencies have none).
  const canExport = useCan('export');
  if (!canExport) return null;
  return (
    <Menu position="bottom-end" shadow="md" width={250}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconReport size={16} />}
          rightSection={<IconChevronDown size={14} />}
        >
          {t('audit.report.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('audit.report.hint')}</Menu.Label>
        <Menu.Item
          component="a"
          href={reportUrl(auditId, 'html', lang)}
          target="_blank"
          rel="noopener"
          leftSection={<IconExternalLink size={15} />}
        >
          {t('audit.report.html')}
        </Menu.Item>
        <Menu.Item
          component="a"
          href={reportUrl(auditId, 'pdf', lang)}
          download
          leftSection={<IconFileTypePdf size={15} />}
        >
          {t('audit.report.pdf')}
        </Menu.Item>
        <Menu.Item
          component="a"
          href={reportUrl(auditId, 'csv', lang)}
          download
          leftSection={<IconFileSpreadsheet size={15} />}
        >
          {t('audit.report.csv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** "178 → 64": the presences audited, and those kept once the decisions are carried out. */
export function BeforeAfter({
  before,
  after,
  size = 'md',
}: {
  before: number;
  after: number;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const fz = size === 'lg' ? 40 : size === 'md' ? 24 : 14;
  return (
    <Group
      gap={size === 'sm' ? 4 : 10}
      wrap="nowrap"
      align="center"
      aria-label={t('audit.figures.beforeAfterLabel', {
        before: f.number(before),
        after: f.number(after),
        count: before,
      })}
    >
      <Text fz={fz} fw={size === 'sm' ? 500 : 650} lh={1.1} c="gray.7">
        {f.number(before)}
      </Text>
      <IconArrowRight
        size={size === 'sm' ? 13 : size === 'md' ? 20 : 28}
        color="var(--mantine-color-gray-5)"
      />
      <Text fz={fz} fw={650} lh={1.1} c="vigie.8">
        {f.number(after)}
      </Text>
    </Group>
  );
}
