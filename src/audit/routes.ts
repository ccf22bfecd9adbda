// The audit's HTTP API under /api: settings, audits, decisions, the plan, templates, KPIs, report.
import { createRoute, z } from '@hono/zod-openapi';
import { VigieError } from '../core/errors';
import { guard, PRESENCE, pathParams } from '../core/guard';
import { apiApp, errorSchemaDoc } from '../core/http';
import { idSchema, idTextSchema } from '../core/ids';
import { AUDIT, KPI, TASK } from './access';
import {
  acceptSchema,
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
import { settingsInvalid } from './settings-input';

declare module '../core/http' {
  interface Services {
    audit: AuditService;
  }
}

const audit = { id: AUDIT };
const item = { id: AUDIT, presenceId: PRESENCE };
const task = { id: TASK };
const kpi = { id: KPI };
const presence = { id: PRESENCE };
const anyJson = z.any();
const ok = (description = 'OK') => ({ content: { 'application/json': { schema: anyJson } }, description });
const errors = { 404: errorSchemaDoc, 409: errorSchemaDoc, 422: errorSchemaDoc };
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

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
      const settings = await c.get('services').audit.saveSettings(c.get('access'), c.req.valid('json'));
      return c.json({ settings, defaults: DEFAULT_SETTINGS }, 200);
    },
    // The rules' own refusals (a name pattern RE2 refuses…) in the reader's language too.
    (result) => {
      if (!result.success) throw settingsInvalid(result.error.issues);
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
    // Unit managers see the audits of their units; organisation-wide audits are the hub's.
    async (c) => c.json(await c.get('services').audit.list(c.get('access'), c.get('locale')), 200),
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
    async (c) =>
      c.json(
        await c.get('services').audit.run(c.get('access'), c.req.valid('json'), undefined, c.get('locale')),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audits/{id}',
      middleware: [guard('audit.read', audit)],
      tags: ['audit'],
      summary: 'An audit with every presence it judged: facts, findings, recommendation, decision',
      request: { params: pathParams(audit) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) =>
      c.json(
        await c.get('services').audit.get(c.get('access'), c.req.valid('param').id, c.get('locale')),
        200,
      ),
  );

  // Before `/decisions/{presenceId}`: Hono tries routes in the order they were added.
  app.openapi(
    createRoute({
      method: 'post',
      path: '/audits/{id}/decisions/accept',
      // Each presence is checked as a single decision checks it (its scope as it is now), in the service.
      middleware: [guard('audit.run', audit)],
      tags: ['audit'],
      summary:
        'Accept the recommendation of many presences with one reason, all or nothing (those decided meanwhile are left as they are)',
      request: { params: pathParams(audit), ...body(acceptSchema) },
      responses: { 200: ok(), ...errors, 403: errorSchemaDoc },
    }),
    async (c) =>
      c.json(
        await c.get('services').audit.accept(c.get('access'), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/audits/{id}/decisions/{presenceId}',
      middleware: [guard('audit.run', item)],
      tags: ['audit'],
      summary: 'Decide for a presence (the registry status and the plan follow)',
      request: { params: pathParams(item), ...body(decideSchema) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await c.get('services').audit.decide(c.get('access'), p.id, p.presenceId, c.req.valid('json')),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/audits/{id}/decisions/{presenceId}',
      middleware: [guard('audit.run', item)],
      tags: ['audit'],
      summary: 'Withdraw a decision (tasks not started are removed)',
      request: { params: pathParams(item) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await c.get('services').audit.undo(c.get('access'), p.id, p.presenceId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audits/{id}/tasks',
      middleware: [guard('audit.read', audit)],
      tags: ['audit'],
      summary: 'The action plan: tasks by due date',
      request: {
        params: pathParams(audit),
        query: z.object({ unitId: idTextSchema.optional(), status: z.enum(TASK_STATUSES).optional() }),
      },
      responses: { 200: ok(), ...errors },
    }),
    async (c) =>
      c.json(
        await c.get('services').audit.tasks(c.get('access'), c.req.valid('param').id, c.req.valid('query')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audits/{id}/progress',
      middleware: [guard('audit.read', audit)],
      tags: ['audit'],
      summary: 'Plan progress per unit',
      request: { params: pathParams(audit) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) =>
      c.json(await c.get('services').audit.progress(c.get('access'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/tasks/{id}',
      middleware: [guard('plan.update', task)],
      tags: ['audit'],
      summary: 'Move a task, give it to someone, change its date or message',
      request: { params: pathParams(task), ...body(taskPatchSchema) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) =>
      c.json(
        await c
          .get('services')
          .audit.updateTask(c.get('access'), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audits/{id}/report',
      middleware: [guard('export', audit)],
      tags: ['audit'],
      summary: 'The audit report as a web page, a PDF (printed by Chromium) or a CSV of findings',
      request: {
        params: pathParams(audit),
        query: z.object({
          format: z.enum(['html', 'pdf', 'csv']).default('html'),
          lang: z.enum(['en', 'fr']).optional(),
        }),
      },
      responses: {
        200: { description: 'The report file' },
        ...errors,
        429: errorSchemaDoc,
        503: errorSchemaDoc,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const r = await c
        .get('services')
        .audit.report(c.get('access'), c.req.valid('param').id, q.format, q.lang ?? c.get('locale'))
        .catch((e: unknown) => {
          // A full PDF print queue says when to come back (429 with Retry-After).
          if (e instanceof VigieError && e.code === 'audit.report.print_busy')
            c.header('retry-after', String(e.params.seconds));
          throw e;
        });
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
    async (c) =>
      c.json(await c.get('services').audit.saveTemplate(c.get('access'), c.req.valid('json')), 200),
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
      await c.get('services').audit.deleteTemplate(c.get('access'), c.req.valid('query'));
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
            presenceId: idSchema.optional(),
            auditId: idSchema.optional(),
          })
          .strict(),
      ),
      responses: { 200: ok(), ...errors },
    }),
    async (c) =>
      c.json(await c.get('services').audit.previewTemplate(c.get('access'), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}/kpis',
      middleware: [guard('audit.read', presence)],
      tags: ['audit'],
      summary: 'The KPIs set for a presence (step h)',
      request: { params: pathParams(presence) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) => c.json(await c.get('services').audit.kpis(c.get('access'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}/kpi-suggestions',
      middleware: [guard('audit.read', presence)],
      tags: ['audit'],
      summary: 'KPIs suggested from the presence’s objective and figures',
      request: { params: pathParams(presence) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) =>
      c.json(await c.get('services').audit.kpiSuggestions(c.get('access'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/presences/{id}/kpis',
      middleware: [guard('plan.update', presence)],
      tags: ['audit'],
      summary: 'Set a KPI with its target and period',
      request: {
        params: pathParams(presence),
        ...body(kpiInputSchema.extend({ auditId: idSchema.nullable().optional() })),
      },
      responses: { 201: ok('Created'), ...errors },
    }),
    async (c) =>
      c.json(
        await c.get('services').audit.addKpi(c.get('access'), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/kpis/{id}',
      middleware: [guard('plan.update', kpi)],
      tags: ['audit'],
      summary: 'Remove a KPI',
      request: { params: pathParams(kpi) },
      responses: { 200: ok(), ...errors },
    }),
    async (c) => {
      await c.get('services').audit.deleteKpi(c.get('access'), c.req.valid('param').id);
      return c.json({ ok: true }, 200);
    },
  );

  return app;
}
