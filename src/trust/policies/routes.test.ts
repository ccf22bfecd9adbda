// The policies' HTTP API on both databases, behind the real sign-in middleware: who may read, accept,
// publish and see acknowledgements; errors naming the field in the reader's language; hostile text
// given back exactly, as JSON.
import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../core/access';
import type { Db } from '../../core/db';
import type { AppEnv } from '../../core/http';
import { forEachDialect } from '../../core/testing/dialects';
import { catalogue, localiseIssue } from '../../messages';
import { createServices } from '../../server/app';
import { localeFrom, onError } from '../../server/http';
import { authenticate } from '../middleware';
import type { Policy } from '../model';
import { type SignedInClient, signIn } from '../testing';
import { policiesRoutes } from './routes';
import { HOSTILE_BODY, HOSTILE_TITLE, input } from './testing';

/** The server's pipeline (services, language, sign-in, errors) with only the policies' routes. */
function appFor(h: Db) {
  const services = createServices(h);
  const app = new OpenAPIHono<AppEnv>();
  app.use('/api/*', async (c, next) => {
    c.set('services', services);
    const locale = localeFrom(c);
    c.set('locale', locale);
    c.set('localise', (i) => localiseIssue(i, locale));
    await next();
  });
  app.use('/api/*', authenticate(services.trust));
  app.onError(onError);
  app.route('/api', policiesRoutes());
  return app;
}

async function as(h: Db, app: ReturnType<typeof appFor>, role: Role | null): Promise<SignedInClient> {
  return signIn(h, role ? [{ role, unitId: null, presenceId: null }] : [], { app });
}

type ErrorBody = { error: { code: string; message: string; issues: { field: string; message: string }[] } };

async function publish(c: SignedInClient, body: unknown, headers: Record<string, string> = {}) {
  return c.request('/api/policies', { method: 'POST', json: body, headers });
}

forEachDialect((t) => {
  describe('policies over HTTP', () => {
    it('answers 401 to nobody, lets anyone signed in read and accept, and only managers publish', async () => {
      const app = appFor(t.h);
      expect((await app.request('/api/policies')).status).toBe(401);
      expect((await app.request('/api/policies', { method: 'POST' })).status).toBe(401);

      const admin = await as(t.h, app, 'admin');
      const created = await publish(admin, input({ title: 'Politique' }));
      expect(created.status).toBe(201);
      const p = (await created.json()) as Policy;
      expect([p.version, p.current, p.acknowledgedAt, p.pending]).toEqual([1, true, null, 1]);

      for (const role of [
        'analyst',
        'agency',
        'auditor',
        'unit_manager',
        'community_manager',
        null,
      ] as const) {
        const u = await as(t.h, app, role);
        const list = await u.request('/api/policies');
        expect(list.status, String(role)).toBe(200);
        const [first] = (await list.json()) as Policy[];
        expect(first?.pending, String(role)).toBeUndefined();
        expect((await u.request(`/api/policies/${p.id}`)).status).toBe(200);
        const refused = await publish(u, input());
        expect(refused.status, String(role)).toBe(403);
        expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('access.forbidden');
        expect((await u.request(`/api/policies/${p.id}/acknowledgements`)).status).toBe(403);
        const ack = await u.request(`/api/policies/${p.id}/acknowledge`, { method: 'POST' });
        expect(ack.status, String(role)).toBe(200);
        expect(((await ack.json()) as Policy).acknowledgedAt).not.toBeNull();
      }

      const acks = await admin.request(`/api/policies/${p.id}/acknowledgements`);
      expect(acks.status).toBe(200);
      const body = (await acks.json()) as { acknowledged: { login: string }[]; pending: { login: string }[] };
      expect(body.acknowledged).toHaveLength(6);
      expect(body.pending.map((u) => u.login)).toEqual([admin.user.login]);
      expect((await admin.request('/api/policies/999')).status).toBe(404);
      // Not an id: as unknown as a missing policy (the gate reads ids strictly and fails closed).
      expect((await admin.request('/api/policies/abc')).status).toBe(404);
      expect((await admin.request('/api/policies/01')).status).toBe(404);
    });

    it('needs the session’s CSRF token to accept', async () => {
      const app = appFor(t.h);
      const admin = await as(t.h, app, 'admin');
      const p = (await (await publish(admin, input())).json()) as Policy;
      const forged = await app.request(`/api/policies/${p.id}/acknowledge`, {
        method: 'POST',
        headers: { cookie: admin.cookie },
      });
      expect(forged.status).toBe(403);
      expect((await t.h.db.selectFrom('acknowledgements').selectAll().execute()).length).toBe(0);
    });

    it('refuses a bad version with 422 issues naming each field', async () => {
      const app = appFor(t.h);
      const admin = await as(t.h, app, 'admin');
      const r = await publish(admin, { kind: 'tract', title: '', language: 'fr', body: '   ', extra: 1 });
      expect(r.status).toBe(422);
      const e = (await r.json()) as ErrorBody;
      expect(e.error.code).toBe('policy.invalid');
      expect(e.error.message).toMatch(/^The policy is not valid/);
      expect(e.error.issues.map((i) => i.field).sort()).toEqual(['body', 'extra', 'kind', 'title']);
      expect(e.error.issues.find((i) => i.field === 'kind')?.message).toBe('kind: one of policy, charter.');
      const notJson = await admin.request('/api/policies', {
        method: 'POST',
        body: '{"kind":',
        headers: { 'content-type': 'application/json' },
      });
      expect(notJson.status).toBeGreaterThanOrEqual(400);
      expect(notJson.status).toBeLessThan(500);
      expect(await t.h.db.selectFrom('policies').selectAll().execute()).toEqual([]);
    });

    it('says so in French when asked', async () => {
      expect(catalogue['policy.invalid']).toBeDefined();
      const app = appFor(t.h);
      const admin = await as(t.h, app, 'admin');
      const r = await publish(
        admin,
        { kind: 'tract', title: 'T', language: 'fr', body: 'B' },
        { 'accept-language': 'fr-FR' },
      );
      const e = (await r.json()) as ErrorBody;
      expect(e.error.message).toMatch(/^La politique n’est pas valide/);
      expect(e.error.issues.find((i) => i.field === 'kind')?.message).toBe(
        'kind : l’une des valeurs policy, charter.',
      );
    });

    it('gives hostile text back exactly, as JSON and never as markup', async () => {
      const app = appFor(t.h);
      const admin = await as(t.h, app, 'admin');
      const r = await publish(
        admin,
        input({ title: HOSTILE_TITLE, body: HOSTILE_BODY, summary: '<b>bold</b>' }),
      );
      expect(r.status).toBe(201);
      const { id } = (await r.json()) as Policy;
      const got = await admin.request(`/api/policies/${id}`);
      expect(got.headers.get('content-type')).toMatch(/^application\/json/);
      const p = (await got.json()) as Policy;
      expect([p.title, p.body, p.summary]).toEqual([HOSTILE_TITLE, HOSTILE_BODY, '<b>bold</b>']);
      // SQL in the text did nothing: both tables still answer.
      expect((await admin.request('/api/policies')).status).toBe(200);
      expect((await admin.request(`/api/policies/${id}/acknowledgements`)).status).toBe(200);
    });

    it('answers 409 when an old version is accepted', async () => {
      const app = appFor(t.h);
      const admin = await as(t.h, app, 'admin');
      const v1 = (await (await publish(admin, input())).json()) as Policy;
      await publish(admin, input({ summary: 'Nouveau' }));
      const r = await admin.request(`/api/policies/${v1.id}/acknowledge`, { method: 'POST' });
      expect(r.status).toBe(409);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('policy.not_current');
    });
  });
});
