// The audit's settings (thresholds and brand charter) and its message templates (steps f, g): read,
// changed with their before → after in the log, and a template previewed on a presence.
import type { Access } from '../core/access';
import { addDays, nowIso, today } from '../core/clock';
import { Invalid, NotFound } from '../core/errors';
import { fill } from '../core/i18n';
import { appendChanges } from '../core/log';
import { presenceTarget, requireOnPresence } from '../registry/access';
import type { Presence } from '../registry/model';
import * as registry from '../registry/store';
import { getPlatform, platformName } from '../registry/urls/platforms';
import { requireOnAudit } from './access';
import { type AuditContext, en } from './context';
import type { RuleSettings, Template, TemplateInput } from './model';
import { formatDate } from './plan';
import { planMessages } from './plan-messages';
import { parseSettings, storedSettings } from './settings-input';
import * as store from './store';
import { BUILT_IN_TEMPLATES, renderMessage, templateProblems } from './templates';

// ---------- settings

export async function readSettings(db: registry.Q): Promise<RuleSettings> {
  return storedSettings(await store.getSettingsText(db));
}

export async function saveSettings(
  ctx: AuditContext,
  access: Access,
  input: RuleSettings,
): Promise<RuleSettings> {
  access.require('audit.settings');
  const actor = access.actor;
  const settings = parseSettings(input);
  await ctx.h.db.transaction().execute(async (trx) => {
    const before = await readSettings(trx);
    const at = nowIso();
    await store.putSettingsText(trx, JSON.stringify(settings), actor, at);
    // The thresholds (and the charter) that changed, before → after.
    const diff: Record<string, [unknown, unknown]> = {};
    for (const key of Object.keys(settings) as (keyof RuleSettings)[]) {
      if (JSON.stringify(before[key]) !== JSON.stringify(settings[key]))
        diff[key] = [before[key], settings[key]];
    }
    if (Object.keys(diff).length)
      await appendChanges(trx, [
        {
          at,
          actor,
          entity: 'audit_settings',
          entity_id: 1,
          action: 'update',
          diff,
          batch: null,
          reason: null,
        },
      ]);
  });
  return settings;
}

// ---------- templates

/** The organisation's own templates, then the built-in ones it has not replaced. */
export async function readTemplates(db: registry.Q): Promise<Template[]> {
  const own = await store.templateRows(db);
  const mine: Template[] = own.map((r) => ({
    kind: r.kind as Template['kind'],
    language: r.language as Template['language'],
    platform: r.platform,
    body: r.body,
    builtIn: false,
  }));
  const key = (t: Pick<Template, 'kind' | 'language' | 'platform'>) =>
    `${t.kind}/${t.language}/${t.platform}`;
  const overridden = new Set(mine.map(key));
  return [...mine, ...BUILT_IN_TEMPLATES.filter((t) => !overridden.has(key(t)))];
}

export async function saveTemplate(
  ctx: AuditContext,
  access: Access,
  input: TemplateInput,
): Promise<Template> {
  access.require('audit.settings');
  const actor = access.actor;
  checkTemplate(input);
  await ctx.h.db.transaction().execute(async (trx) => {
    const same = (r: { kind: string; language: string; platform: string }) =>
      r.kind === input.kind && r.language === input.language && r.platform === input.platform;
    const before = (await store.templateRows(trx)).find(same);
    const at = nowIso();
    await store.upsertTemplate(trx, input, actor, at);
    if (before?.body === input.body) return;
    const saved = (await store.templateRows(trx)).find(same);
    const diff: Record<string, [unknown, unknown]> = before
      ? { body: [before.body, input.body] }
      : {
          kind: [null, input.kind],
          language: [null, input.language],
          platform: [null, input.platform],
          body: [null, input.body],
        };
    await appendChanges(trx, [
      {
        at,
        actor,
        entity: 'audit_template',
        entity_id: Number(saved?.id ?? 0),
        action: before ? 'update' : 'create',
        diff,
        batch: null,
        reason: null,
      },
    ]);
  });
  return { ...input, builtIn: false };
}

export async function deleteTemplate(
  ctx: AuditContext,
  access: Access,
  input: Omit<TemplateInput, 'body'>,
): Promise<void> {
  access.require('audit.settings');
  const actor = access.actor;
  await ctx.h.db.transaction().execute(async (trx) => {
    const before = (await store.templateRows(trx)).find(
      (r) => r.kind === input.kind && r.language === input.language && r.platform === input.platform,
    );
    const n = await store.deleteTemplate(trx, input);
    if (!n || !before)
      throw new NotFound('audit.template_not_found', en('audit.template_not_found', input), input);
    await appendChanges(trx, [
      {
        at: nowIso(),
        actor,
        entity: 'audit_template',
        entity_id: Number(before.id),
        action: 'delete',
        diff: {
          kind: [before.kind, null],
          language: [before.language, null],
          platform: [before.platform, null],
          body: [before.body, null],
        },
        batch: null,
        reason: null,
      },
    ]);
  });
}

function checkTemplate(input: TemplateInput): void {
  if (input.platform !== '*' && !getPlatform(input.platform))
    throw new Invalid('audit.unknown_platform', en('audit.unknown_platform', { platform: input.platform }), {
      platform: input.platform,
    });
  const problems = templateProblems(input);
  if (problems.length) {
    const said = (p: (typeof problems)[number]) => {
      const m = planMessages[p.code as keyof typeof planMessages];
      return m ? fill(m.en, p.params) : p.code;
    };
    const text = problems.map(said).join(' ');
    throw new Invalid(
      'audit.template_invalid',
      en('audit.template_invalid', { problems: text }),
      { problems: text },
      problems.map((p) => ({ field: 'body', code: p.code, params: p.params, message: said(p) })),
    );
  }
}

export interface PreviewInput {
  kind: Template['kind'];
  language: Template['language'];
  platform: string;
  body?: string;
  presenceId?: number;
  auditId?: number;
}

/** The presence and audit named must be the user's to read (else unknown, as if they did not exist). */
export async function previewTemplate(ctx: AuditContext, access: Access, input: PreviewInput) {
  const { db, dialect } = ctx.h;
  access.require('audit.read');
  if (input.presenceId) {
    const row = await registry.getPresenceRow(db, input.presenceId);
    if (!row)
      throw new NotFound('presence.not_found', `No presence with id ${input.presenceId}.`, {
        id: input.presenceId,
      });
    requireOnPresence(access, 'audit.read', presenceTarget({ id: row.id, unitId: row.unit_id }));
  }
  if (input.auditId) await requireOnAudit(ctx.h, access, 'audit.read', input.auditId);
  if (input.body !== undefined) checkTemplate({ ...input, body: input.body });
  const all = await readTemplates(db);
  const templates: Template[] =
    input.body !== undefined
      ? [
          {
            kind: input.kind,
            language: input.language,
            platform: input.platform,
            body: input.body,
            builtIn: false,
          },
          ...all,
        ]
      : all;
  const organisation = (await registry.getOrganisationName(db)) ?? 'Vigie';
  let presence: Presence | undefined;
  let target: Presence | undefined;
  if (input.presenceId)
    presence = (await registry.listPresences(db, dialect, { ids: [input.presenceId] }))[0];
  if (presence && input.auditId) {
    const [row] = await store.itemRows(db, input.auditId, presence.id);
    const into = row?.decision_into ?? row?.recommendation_into;
    if (into) target = (await registry.listPresences(db, dialect, { ids: [into] }))[0];
  }
  // Without a presence, a sample: the organisation's name and a platform it is likely to keep.
  const sample = target?.platform ?? (input.platform === '*' ? 'linkedin' : input.platform);
  const settings = await readSettings(db);
  return renderMessage(
    input.kind,
    input.language,
    input.platform,
    {
      organisation,
      name: presence?.name ?? presence?.handle ?? organisation,
      target_name: target?.name ?? target?.handle ?? organisation,
      target_platform: platformName(sample),
      target_url:
        target?.url ??
        getPlatform(sample)?.profileUrl.replace('{handle}', 'organisation') ??
        'https://example.org',
      n: 1,
      count: settings.redirectPosts,
      weeks: settings.redirectWeeks,
      date: formatDate(addDays(today(), settings.taskDays * 2), input.language),
    },
    templates,
  );
}
