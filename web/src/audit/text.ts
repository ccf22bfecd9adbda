// The audit's texts come from the server as codes and parameters (findings, reasons, tasks); the web
// app writes them in the reader's language from its own catalogue. A code the catalogue does not know
// yet still reads as words (its code, humanised, with its parameters), never as a blank.
import { useMemo } from 'react';
import type {
  Audit,
  AuditItem,
  Decision,
  Finding,
  Reason,
  RuleSettings,
  Task,
} from '../../../src/audit/model';
import { type Formatters, useFormat } from '../app/format';
import { useTranslation } from '../i18n/useTranslation';
import { usePlatformDirectory } from '../registry/platforms';

type Params = Record<string, string | number>;
type Values = Record<string, string | number>;

/** Parameters whose number is a share (0.2 = 20 %). `percent` is already ×100 (23.5 = 23.5 %). */
const SHARE_PARAMS = /(share|trend)$/i;
/** Parameters that are dates (YYYY-MM-DD or timestamps). */
const DATE_PARAM = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;
/** Parameters naming a presence by its id, or a list of them ("#12, #40"). */
const PRESENCE_PARAMS = new Set(['into', 'target_id', 'ids']);

/** Names presences of the audit by id, for reasons such as "merge into #12". */
export type NameOf = (presenceId: number) => string | undefined;

/**
 * Parameters written for the reader: numbers in the locale (one decimal at most), shares and
 * percentages as percentages, dates as dates, language codes as names, presence ids as names (one
 * that `nameOf` does not know reads `deleted`, "a deleted presence", never "#12").
 */
export function formatParams(params: Params, f: Formatters, nameOf?: NameOf, deleted?: string): Values {
  const out: Values = {};
  for (const [k, v] of Object.entries(params ?? {})) {
    if (PRESENCE_PARAMS.has(k) && nameOf) {
      const ids = typeof v === 'number' ? [v] : (String(v).match(/\d+/g)?.map(Number) ?? []);
      const names = ids.map((id) => nameOf(id) ?? deleted ?? String(id));
      out[k] = names.length ? f.list(names) : String(v);
    } else if (typeof v === 'number') {
      // A number of days is also said as a person says it: "13 years 5 months", not "4,909 days".
      if (k === 'days') out.duration = f.duration(v);
      if (k === 'percent') out[k] = f.percent(Math.abs(v) / 100);
      else if (SHARE_PARAMS.test(k) && Math.abs(v) <= 10) out[k] = f.percent(Math.abs(v));
      else out[k] = f.number(Math.round(v * 10) / 10);
    } else if (typeof v === 'string' && DATE_PARAM.test(v)) out[k] = f.date(v);
    else if (k === 'languages' && typeof v === 'string' && v)
      out[k] = f.list(v.split(/\s*,\s*/).map((code) => f.languageName(code)));
    else out[k] = String(v ?? '');
  }
  return out;
}

/** "abandoned_with_audience" → "Abandoned with audience", for codes the catalogue does not have. */
export function humanise(code: string): string {
  const last = code.split('.').pop() ?? code;
  const words = last.replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : code;
}

/**
 * The values with the server's `count` kept as a number: i18next chooses a text's plural form
 * (`_one`, `_other`, `_many`) from it, and `{{count, number}}` writes it in the reader's locale.
 */
export function counted(values: Values, params: Params | undefined): Values {
  const count = params?.count;
  return typeof count === 'number' ? { ...values, count } : values;
}

function withParams(text: string, values: Values): string {
  const list = Object.entries(values)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`);
  return list.length ? `${text} (${list.join(', ')})` : text;
}

export interface AuditText {
  decision(d: Decision | string): string;
  decisionHint(d: Decision | string): string;
  findingTitle(code: string): string;
  /** The finding as a sentence, filled from its parameters, the item's facts and the audit's settings. */
  findingText(finding: Finding, item?: AuditItem, audit?: Pick<Audit, 'settings' | 'items'>): string;
  reason(reason: Reason, nameOf?: NameOf): string;
  taskTitle(task: Pick<Task, 'kind' | 'params'>): string;
}

/** What the audit's texts need of i18next: `t` and `exists`, keys being codes from the server. */
export interface Translate {
  t(key: string, values?: Values): string;
  exists(key: string, values?: Values): boolean;
}

/** The audit's texts in the language of `tr`, numbers written by `f`, platforms named by `platformName`. */
export function auditText(tr: Translate, f: Formatters, platformName: (id: string) => string): AuditText {
  const tx = (key: string, values?: Values) => tr.t(key, values);
  const has = (key: string, values?: Values) => tr.exists(key, values);
  /**
   * The text of `key`, or undefined. A sentence that counts has only plural forms (`_one`, `_other`,
   * `_many`): given no count (an audit run before its sentence counted), it reads as `_other`, as
   * `fill` does on the server, rather than falling back to the bare code.
   */
  const text = (key: string, values: Values = {}) => {
    if (has(key, values)) return tx(key, values);
    if (values.count === undefined && has(`${key}_other`)) return tx(`${key}_other`, values);
    return undefined;
  };
  const deleted = () => tx('audit.deletedPresence');
  const lookup = (key: string, code: string, values: Values = {}) =>
    text(key, values) ?? withParams(humanise(code), values);

  return {
    decision: (d) => lookup(`audit.decision.${d}`, d),
    decisionHint: (d) => (has(`audit.decisionHint.${d}`) ? tx(`audit.decisionHint.${d}`) : ''),
    findingTitle: (code) => lookup(`audit.finding.${code}`, code),
    findingText: (finding, item, audit) => {
      const nameOf: NameOf = (id) => {
        const p = audit?.items.find((i) => i.presenceId === id)?.presence;
        return p ? (p.name ?? p.handle ?? p.url) : undefined;
      };
      const values = counted(
        {
          ...factValues(item, audit?.settings, f, tx),
          ...formatParams(finding.params, f, nameOf, deleted()),
        },
        finding.params,
      );
      if (item) values.platform ??= platformName(item.presence.platform);
      // Registry statuses named in a finding (declared, measured) read in the reader's words.
      for (const k of ['declared', 'measured']) {
        const v = finding.params?.[k];
        if (typeof v === 'string' && has(`status.${v}`)) values[k] = tx(`status.${v}`).toLocaleLowerCase();
      }
      return (
        text(`audit.findingText.${finding.code}`, values) ??
        withParams(lookup(`audit.finding.${finding.code}`, finding.code), formatParams(finding.params, f))
      );
    },
    reason: (reason, nameOf) => {
      const values = counted(formatParams(reason.params, f, nameOf, deleted()), reason.params);
      // Decisions named in a reason ("merge into …") read in the reader's words.
      for (const [k, v] of Object.entries(reason.params ?? {}))
        if (typeof v === 'string' && has(`audit.decision.${v}`) && /decision/i.test(k))
          values[k] = tx(`audit.decision.${v}`);
      const code = reason.code.replace(/^audit\.reason\./, '');
      return lookup(`audit.reason.${code}`, code, values);
    },
    taskTitle: (task) =>
      lookup(`audit.taskKind.${task.kind}`, task.kind, counted(formatParams(task.params, f), task.params)),
  };
}

export function useAuditText(): AuditText {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const directory = usePlatformDirectory();
  return useMemo(
    () =>
      auditText(
        {
          // The codes come from the server: their keys are not known to the type of the catalogue.
          t: t as unknown as Translate['t'],
          exists: (key, values) => i18n.exists(key, values),
        },
        f,
        directory.name,
      ),
    [t, i18n, f, directory],
  );
}

/** Values every finding sentence may use, from the item's facts and the audit's thresholds. */
function factValues(
  item: AuditItem | undefined,
  settings: RuleSettings | undefined,
  f: Formatters,
  tx: (key: string, values?: Values) => string,
): Values {
  const out: Values = {};
  const num = (k: string, v: number | null | undefined) => {
    if (v !== null && v !== undefined && out[k] === undefined) out[k] = f.number(Math.round(v * 10) / 10);
  };
  if (settings) {
    num('dormantDays', settings.dormantDays);
    num('abandonedDays', settings.abandonedDays);
    num('minPosts90', settings.minPosts90);
    num('minEngagement', settings.minEngagementPerPost);
    num('pollAudience', settings.pollAudience);
    out.decliningShare = f.percent(settings.decliningShare);
    out.pattern = settings.charter.namePattern;
    out.link = settings.charter.requiredLink;
    out.charterLanguages = f.list(settings.charter.languages.map((l) => f.languageName(l)));
  }
  if (item) {
    const facts = item.facts;
    num('days', facts.daysSinceActivity.value);
    num('posts90', facts.posts90.value);
    num('perWeek', facts.postsPerWeek.value);
    num('audience', facts.audience.value);
    num('perPost', facts.engagementPerPost.value);
    if (facts.audienceTrend.value !== null) out.trend = f.percent(Math.abs(facts.audienceTrend.value));
    if (facts.replyRate.value !== null) out.replyRate = f.percent(facts.replyRate.value);
    out.overlaps = f.number(facts.overlaps.value.length);
    out.owner = item.presence.owner ?? tx('audit.facts.nobody');
    out.name = item.presence.name ?? item.presence.handle ?? item.presence.url;
    out.languages = f.list(item.presence.languages.map((l) => f.languageName(l)));
  }
  return out;
}

/** Names the audit's presences by id (for reasons that point to another presence). */
export function auditNameOf(audit: Pick<Audit, 'items'>): NameOf {
  const names = new Map(
    audit.items.map((i) => [i.presenceId, i.presence.name ?? i.presence.handle ?? i.presence.url]),
  );
  return (id) => names.get(id);
}
