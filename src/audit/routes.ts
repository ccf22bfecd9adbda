// The audit's HTTP API under /api: settings, audits, decisions, the plan, templates, KPIs, report.
import { createRoute, z } from '@hono/zod-openapi';
import { forbidden } from '../core/access';
import { guard, idParam as pathId, presenceTarget, type TargetOf } from '../core/guard';
import { apiApp, errorSchemaDoc } from '../core/http';
import { auditTargetOf, readableAudits } from './access';
import {
  auditRunSchema,
  decideSchema,
  kpiInputSchema,
  MESSAGE_LANGUAGES,
  ruleSettingsSchema,
  TASK_STATUSES,
  TEMPLATE_KINDS,
  taskPatchSchema,
  templateInputSchema,
} from './model';
import { DEFAULT_SETTINGS } from './rules';
import type { AuditService } from './service';

declare module '../core/http' {
  interface Services {
    audit: AuditService;
  }
}

const id = z.coerce.number().int().positive();
const anyJson = z.any();
const ok = (description = 'OK') => ({ content: { 'application/json': { schema: anyJson } }, description });
const errors = { 404: errorSchemaDoc, 409: errorSchemaDoc, 422: errorSchemaDoc };
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

/** An audit is scoped by the unit it covers (organisation-wide audits: the hub's). */
function auditTarget(): TargetOf {
  return async (c) => {
    const id = pathId(c, 'id');
    return id === null ? null : auditTargetOf(c.get('services').db, id);
  };
}

/** A task or a KPI is scoped by its presence. */
function taskTarget(): TargetOf {
  return async (c) => {
    const id = pathId(c, 'id');
    if (id === null) return null;
    const row = await c
      .get('services')
      .db.db.selectFrom('audit_tasks as t')
      .leftJoin('presences as p', 'p.id', 't.presence_id')
      .select(['t.presence_id', 'p.unit_id'])
      .where('t.id', '=', id)
      .executeTakeFirst();
    return row ? { id, presenceId: row.presence_id, unitId: row.unit_id } : null;
  };
}

function kpiTarget(): TargetOf {
  return async (c) => {
    const id = pathId(c, 'id');
    if (id === null) return null;
    const row = await c
      .get('services')
      .db.db.selectFrom('kpis as k')
      .leftJoin('presences as p', 'p.id', 'k.presence_id')
      .select(['k.presence_id', 'p.unit_id'])
      .where('k.id', '=', id)
      .executeTakeFirst();
    return row ? { id, presenceId: row.presence_id, unitId: row.unit_id } : null;
  };
}

export function auditRoutes() {
  const app = apiApp();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audit-settings',
      middleware: [guard('audit.read')],
      tags: ['audit'],
      summary: 'Thresholds and brand charter the audit applies, and the defaults',
      responses: { 200: ok() },
    }),
    async (c) =>
      c.json({ settings: await c.get('services').audit.settings(), defaults: DEFAULT_SETTINGS }, 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/audit-settings',
      middleware: [guard('audit.settings')],
      tags: ['audit'],
      summary: 'Change the thresholds and the brand charter',
      request: body(ruleSettingsSchema),
      responses: { 200: ok(), ...errors },
    }),
    async (c) => {
      const settings = await c.get('services').audit.saveSettings(c.get('actor'), c.req.valid('json'));
      return c.json({ settings, defaults: DEFAULT_SETTINGS }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audits',
      middleware: [guard('audit.read')],
      tags: ['audit'],
      summary: 'Audits, newest first',
      responses: { 200: ok() },
    }),
    async (c) => {
      // Unit managers see the audits of their units; organisation-wide audits are the hub's.
      return c.json(readableAudits(c.get('access'), await c.get('services').audit.list()), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/audits',
      middleware: [guard('audit.run')],
      tags: ['audit'],
      summary: 'Run an audit of the organisation or of a unit, as of a date',
      request: body(auditRunSchema),
      responses: { 201: ok('Created'), ...errors },
    }),
    async (c) => {
      const input = c.req.valid('json');
      if (!c.get('access').covers('audit.run', { unitId: input.unitId ?? null }))
        throw forbidden('audit.run');
      return c.json(
        await c.get('services').audit.run(c.get('actor'), input, undefined, c.get('locale')),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audits/{id}',
      middleware: [guard('audit.read', auditTarget(), 'audit.not_found')],
      tags: ['audit'],
      summary: 'An audit with every presence it judged: facts, findings, recommendation, decision',
      request: { params: z.object({ id }) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) => c.json(await c.get('services').audit.get(c.req.valid('param').id), 200),
  );

  const itemParams = z.object({ id, presenceId: id });
  app.openapi(
    createRoute({
      method: 'post',
      path: '/audits/{id}/decisions/{presenceId}',
      middleware: [guard('audit.run', auditTarget(), 'audit.not_found')],
      tags: ['audit'],
      summary: 'Decide for a presence (the registry status and the plan follow)',
      request: { params: itemParams, ...body(decideSchema) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await c.get('services').audit.decide(c.get('actor'), p.id, p.presenceId, c.req.valid('json')),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/audits/{id}/decisions/{presenceId}',
      middleware: [guard('audit.run', auditTarget(), 'audit.not_found')],
      tags: ['audit'],
      summary: 'Withdraw a decision (tasks not started are removed)',
      request: { params: itemParams },
      responses: { 200: ok(), ...errors },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await c.get('services').audit.undo(c.get('actor'), p.id, p.presenceId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audits/{id}/tasks',
      middleware: [guard('audit.read', auditTarget(), 'audit.not_found')],
      tags: ['audit'],
      summary: 'The action plan: tasks by due date',
      request: {
        params: z.object({ id }),
        query: z.object({ unitId: id.optional(), status: z.enum(TASK_STATUSES).optional() }),
      },
      responses: { 200: ok(), ...errors },
    }),
    async (c) =>
      c.json(await c.get('services').audit.tasks(c.req.valid('param').id, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audits/{id}/progress',
      middleware: [guard('audit.read', auditTarget(), 'audit.not_found')],
      tags: ['audit'],
      summary: 'Plan progress per unit',
      request: { params: z.object({ id }) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) => c.json(await c.get('services').audit.progress(c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/tasks/{id}',
      middleware: [guard('plan.update', taskTarget(), 'audit.task_not_found')],
      tags: ['audit'],
      summary: 'Move a task, give it to someone, change its date or message',
      request: { params: z.object({ id }), ...body(taskPatchSchema) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) =>
      c.json(
        await c
          .get('services')
          .audit.updateTask(c.get('actor'), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audits/{id}/report',
      middleware: [guard('export', auditTarget(), 'audit.not_found')],
      tags: ['audit'],
      summary: 'The audit report as a web page, a PDF (printed by Chromium) or a CSV of findings',
      request: {
        params: z.object({ id }),
        query: z.object({
          format: z.enum(['html', 'pdf', 'csv']).default('html'),
          lang: z.enum(['en', 'fr']).optional(),
        }),
      },
      responses: { 200: { description: 'The report file' }, ...errors },
    }),
    async (c) => {
      c.get('access').require('audit.read');
      const q = c.req.valid('query');
      const r = await c
        .get('services')
        .audit.report(c.req.valid('param').id, q.format, q.lang ?? c.get('locale'));
      const disposition = q.format === 'html' ? 'inline' : 'attachment';
      return c.body(typeof r.body === 'string' ? r.body : new Uint8Array(r.body), 200, {
        'Content-Type': r.contentType,
        'Content-Disposition': `${disposition}; filename="${r.fileName}"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audit-templates',
      middleware: [guard('audit.read')],
      tags: ['audit'],
      summary: 'Message templates in effect (the organisation’s, else the built-in ones)',
      responses: { 200: ok() },
    }),
    async (c) => c.json(await c.get('services').audit.templates(), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/audit-templates',
      middleware: [guard('audit.settings')],
      tags: ['audit'],
      summary: 'Save the organisation’s own template for a kind, language and platform',
      request: body(templateInputSchema),
      responses: { 200: ok(), ...errors },
    }),
    async (c) => c.json(await c.get('services').audit.saveTemplate(c.get('actor'), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/audit-templates',
      middleware: [guard('audit.settings')],
      tags: ['audit'],
      summary: 'Go back to the built-in template',
      request: {
        query: z.object({
          kind: z.enum(TEMPLATE_KINDS),
          language: z.enum(MESSAGE_LANGUAGES),
          platform: z.string().min(1).max(40),
        }),
      },
      responses: { 200: ok(), ...errors },
    }),
    async (c) => {
      await c.get('services').audit.deleteTemplate(c.req.valid('query'), c.get('access').actor);
      return c.json({ ok: true }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/audit-templates/preview',
      middleware: [guard('audit.read')],
      tags: ['audit'],
      summary: 'A template filled for a presence, with its length and the platform’s limit',
      request: body(
        z
          .object({
            kind: z.enum(TEMPLATE_KINDS),
            language: z.enum(MESSAGE_LANGUAGES),
            platform: z.string().min(1).max(40),
            body: z.string().min(1).max(5000).optional(),
            presenceId: z.number().int().positive().optional(),
            auditId: z.number().int().positive().optional(),
          })
          .strict(),
      ),
      responses: { 200: ok(), ...errors },
    }),
    async (c) => c.json(await c.get('services').audit.previewTemplate(c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}/kpis',
      middleware: [guard('audit.read', presenceTarget())],
      tags: ['audit'],
      summary: 'The KPIs set for a presence (step h)',
      request: { params: z.object({ id }) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) => c.json(await c.get('services').audit.kpis(c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}/kpi-suggestions',
      middleware: [guard('audit.read', presenceTarget())],
      tags: ['audit'],
      summary: 'KPIs suggested from the presence’s objective and figures',
      request: { params: z.object({ id }) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) => c.json(await c.get('services').audit.kpiSuggestions(c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/presences/{id}/kpis',
      middleware: [guard('plan.update', presenceTarget())],
      tags: ['audit'],
      summary: 'Set a KPI with its target and period',
      request: {
        params: z.object({ id }),
        ...body(kpiInputSchema.extend({ auditId: z.number().int().positive().nullable().optional() })),
      },
      responses: { 201: ok('Created'), ...errors },
    }),
    async (c) =>
      c.json(
        await c.get('services').audit.addKpi(c.get('actor'), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/kpis/{id}',
      middleware: [guard('plan.update', kpiTarget(), 'audit.kpi_not_found')],
      tags: ['audit'],
      summary: 'Remove a KPI',
      request: { params: z.object({ id }) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) => {
      await c.get('services').audit.deleteKpi(c.req.valid('param').id, c.get('access').actor);
      return c.json({ ok: true }, 200);
    },
  );

  return app;
}
