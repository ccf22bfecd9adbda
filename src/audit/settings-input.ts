// The audit settings as input: checked by ruleSettingsSchema, refused with issues that name the field
// in English and in French. zod words its own issues in both languages; the rules' own refusals
// (the name pattern RE2 refuses, dormant after abandoned) carry their catalogue code in
// `params.vigie`, and their words come from the audit's catalogue.
import { Invalid, type Issue } from '../core/errors';
import { invalidInput, type zodIssues } from '../core/http';
import { type Catalogue, fill } from '../core/i18n';
import { auditMessages } from './messages';
import { type RuleSettings, ruleSettingsSchema } from './model';
import { DEFAULT_SETTINGS } from './rules';

type ZodIssueLike = Parameters<typeof zodIssues>[0][number] & { params?: Record<string, unknown> };

/** The issue with the words of its catalogue code, when it has one. */
function worded(zod: ZodIssueLike, issue: Issue): Issue {
  const code = zod.params?.vigie;
  const entry = typeof code === 'string' ? (auditMessages as Catalogue)[code] : null;
  if (!entry || !issue.field) return issue;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(zod.params ?? {}))
    if (k !== 'vigie' && (typeof v === 'string' || typeof v === 'number')) params[k] = v;
  const detail = fill(entry.en, params);
  const detailFr = fill(entry.fr, params, 'fr');
  // Still a request.invalid_field issue (`{field}: {detail}`), now with a French detail.
  return {
    ...issue,
    params: { ...issue.params, ...params, detail, detail_fr: detailFr },
    message: `${issue.field}: ${detail}`,
  };
}

/** zod's issues on the settings as the Invalid every route answers (422, exit 2), in both languages. */
export function settingsInvalid(zod: ZodIssueLike[]): Invalid {
  const raw = invalidInput(zod);
  const issues = raw.issues.map((issue, k) => (zod[k] ? worded(zod[k], issue) : issue));
  const details = issues.map((i) => i.message).join('; ');
  const detailsFr = issues.map((i) => `${i.field} : ${i.params?.detail_fr}`).join(' ; ');
  return new Invalid(
    raw.code,
    `The request is not valid: ${details}`,
    { details, details_fr: detailsFr },
    issues,
  );
}

/** The settings, or the Invalid naming each field that is wrong. */
export function parseSettings(input: unknown): RuleSettings {
  const parsed = ruleSettingsSchema.safeParse(input);
  if (!parsed.success) throw settingsInvalid(parsed.error.issues);
  return parsed.data;
}

/**
 * Settings as stored: keys added since they were saved take their defaults, and a name pattern saved
 * before patterns were RE2 (a lookahead, say) is kept as written, for a person to correct on the
 * settings page, rather than losing every other setting; audits do not judge names with it.
 */
export function storedSettings(text: string | null | undefined): RuleSettings {
  if (!text) return DEFAULT_SETTINGS;
  const stored = { ...DEFAULT_SETTINGS, ...(JSON.parse(text) as object) } as RuleSettings;
  const parsed = ruleSettingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const pattern: unknown = stored.charter?.namePattern;
  const rest = ruleSettingsSchema.safeParse({ ...stored, charter: { ...stored.charter, namePattern: '' } });
  if (!rest.success || typeof pattern !== 'string') return DEFAULT_SETTINGS;
  return { ...rest.data, charter: { ...rest.data.charter, namePattern: pattern } };
}
