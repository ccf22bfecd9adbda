// The audit's findings as CSV, one row per presence: every fact, the findings, the recommendation and
// the decision, for the analyst who wants to filter and pivot. Written as the inventory export is
// (core/csv: UTF-8 with a BOM, CRLF, `;` and a decimal comma in French, `,` in English, formulas guarded).
import { type CsvValue, csvDialect, csvText } from '../../core/csv';
import type { Locale } from '../../core/i18n';
import type { Audit, AuditItem } from '../model';
import { bySeverity } from './figures';
import { itemNames, label, type NameOf, namedParams, platformName, reasonText, tr } from './text';

/** A cell: text from the data (guarded), a number we computed (written as is), or empty. */
type Cell = string | number | null;

const COLUMNS = [
  'id',
  'platform',
  'handle',
  'url',
  'name',
  'unit',
  'owner',
  'status',
  'days_since_activity',
  'posts_90',
  'posts_per_week',
  'audience',
  'audience_trend',
  'engagement_per_post',
  'reply_rate',
  'owner_state',
  'custodian',
  'recovery',
  'mfa',
  'platform_alive',
  'charter_name',
  'charter_link',
  'charter_language',
  'overlaps',
  'objective',
  'findings',
  'findings_text',
  'recommendation',
  'recommendation_into',
  'reasons',
  'decision',
  'decision_into',
  'decision_reason',
  'decided_by',
  'decided_at',
] as const;
type Column = (typeof COLUMNS)[number];

/** Several values in one cell. */
const JOIN = ' | ';

export function findingsCsvHeaders(locale: Locale): string[] {
  return COLUMNS.map((c) => tr(locale, `audit.report.csv.${c}`));
}

export function findingsCsv(audit: Audit, locale: Locale): string {
  const nameOf = itemNames(audit.items);
  const rows = [
    findingsCsvHeaders(locale),
    ...audit.items.map((item) => row(item, locale, nameOf).map(rounded)),
  ];
  return csvText(rows, { ...csvDialect(locale), bom: true });
}

/**
 * Numbers are ours, so they skip the formula guard (which would turn -12 into '-12) and are written
 * with the locale's decimal mark, as a spreadsheet in that locale reads them; two decimals are enough.
 */
function rounded(cell: Cell): CsvValue {
  return typeof cell === 'number' ? Math.round(cell * 100) / 100 : cell;
}

function row(item: AuditItem, locale: Locale, nameOf: NameOf): Cell[] {
  const { presence: p, facts: f, decision: d, recommendation: r } = item;
  const yes = (v: boolean | null) =>
    tr(
      locale,
      v === null ? 'audit.report.value.unknown' : v ? 'audit.report.value.yes' : 'audit.report.value.no',
    );
  const mfa = f.custody.value.mfa;
  const findings = bySeverity(item.findings);
  const cells: Record<Column, Cell> = {
    id: item.presenceId,
    platform: platformName(p.platform),
    handle: p.handle,
    url: p.url,
    name: p.name,
    unit: p.unit,
    owner: p.owner,
    status: label(locale, 'audit.report.status', p.status),
    days_since_activity: f.daysSinceActivity.value,
    posts_90: f.posts90.value,
    posts_per_week: f.postsPerWeek.value,
    audience: f.audience.value,
    audience_trend: percent(f.audienceTrend.value),
    engagement_per_post: f.engagementPerPost.value,
    reply_rate: percent(f.replyRate.value),
    owner_state: tr(locale, `audit.report.person.${f.owner.value}`),
    custodian: tr(locale, `audit.report.person.${f.custody.value.custodian}`),
    recovery: tr(locale, `audit.report.recovery.${f.custody.value.recovery}`),
    mfa: yes(mfa === 'unknown' ? null : mfa === 'on'),
    platform_alive: yes(f.platformAlive.value),
    charter_name: yes(f.charter.value.name),
    charter_link: yes(f.charter.value.link),
    charter_language: yes(f.charter.value.language),
    overlaps: f.overlaps.value.join(', '),
    objective: objective(item, locale),
    findings: findings.map((x) => `${x.code} (${x.severity})`).join(JOIN),
    findings_text: findings
      .map((x) => tr(locale, `audit.finding.${x.code}`, namedParams(locale, x.params, nameOf)))
      .join(JOIN),
    recommendation: label(locale, 'audit.decision', r.decision),
    recommendation_into: r.into,
    reasons: r.reasons.map((x) => reasonText(locale, x, nameOf)).join(JOIN),
    decision: d ? label(locale, 'audit.decision', d.decision) : null,
    decision_into: d?.into ?? null,
    decision_reason: d?.reason ?? null,
    decided_by: d ? (d.byName ?? d.by) : null,
    decided_at: d?.at ?? null,
  };
  return COLUMNS.map((c) => cells[c]);
}

/** A ratio as a percentage with one decimal (-0.2 → -20). */
function percent(ratio: number | null): number | null {
  return ratio === null ? null : Math.round(ratio * 1000) / 10;
}

function objective(item: AuditItem, locale: Locale): string | null {
  const { text, kind } = item.facts.objective.value;
  const kindLabel = kind ? label(locale, 'audit.report.objective', kind) : null;
  if (text && kindLabel) return `${kindLabel} — ${text}`;
  return text ?? kindLabel;
}
