// The gate: it fails closed on ids it cannot read, and a route that does not declare its scope, or
// that names an object its gate does not declare, is found (the server refuses to start with one).
import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { createApp } from '../server/app';
import { buildAccess } from './access';
import { createDb } from './db';
import { guard, objectKind, publicRoute, signedIn, undeclaredRoutes } from './guard';
import type { AppEnv } from './http';
import { ID_PATTERN, idSchema, parseId, readId } from './ids';

describe('ids', () => {
  it('reads only the plain decimal form', () => {
    expect(parseId('1')).toBe(1);
    expect(parseId('999999999999999')).toBe(999_999_999_999_999);
    for (const raw of [
      '',
      '0',
      '01',
      '0x1',
      '1e0',
      '+1',
      ' 1',
      '1 ',
      '1.0',
      '١',
      '１',
      '-1',
      '1000000000000000',
      'NaN',
    ])
      expect(parseId(raw), JSON.stringify(raw)).toBeNull();
    expect(() => readId('01', 'audit')).toThrow(/audit: "01" is not an id/);
    expect(idSchema.safeParse('1').success).toBe(false);
    expect(idSchema.safeParse(1.5).success).toBe(false);
    expect(idSchema.safeParse(1).success).toBe(true);
  });
});

describe('the gate', () => {
  const THING = objectKind('thing.not_found', async (_c, id) => (id === 7 ? { id, unitId: 1 } : null));
  function app(unitId: number | null) {
    const a = new OpenAPIHono<AppEnv>();
    a.onError((e, c) =>
      c.json({ error: (e as Error).message }, ((e as { status?: number }).status ?? 500) as 404),
    );
    a.use('*', async (c, next) => {
      c.set(
        'access',
        buildAccess({
          userId: 1,
          actor: 't',
          personId: null,
          grants: [{ role: 'unit_manager', unitId, presenceId: null }],
          units: [
            { id: 1, parentId: null },
            { id: 2, parentId: null },
          ],
        }),
      );
      await next();
    });
    a.get('/things/:id', guard('registry.read', { id: THING }), (c) => c.text('read'));
    return a;
  }

  it('answers 404 to an id it cannot read, an unknown object and an object out of scope', async () => {
    expect((await app(1).request('/things/7')).status).toBe(200);
    for (const raw of ['07', '7e0', '%207', '0x7', '8'])
      expect((await app(1).request(`/things/${raw}`)).status, raw).toBe(404);
    expect((await app(2).request('/things/7')).status).toBe(404);
  });

  it('finds routes that declare no scope, or not every object of their path', () => {
    const a = new OpenAPIHono<AppEnv>();
    a.get('/api/open', (c) => c.text('x'));
    a.get('/api/things/:id', guard('registry.read'), (c) => c.text('x'));
    a.get('/api/things/:id/parts/:partId', guard('registry.read', { id: THING }), (c) => c.text('x'));
    a.get('/api/twice', guard('registry.read'), signedIn(), (c) => c.text('x'));
    a.get('/api/health', publicRoute(), (c) => c.text('x'));
    a.get('/api/mine/:id', signedIn({ id: THING }), (c) => c.text('x'));
    expect(undeclaredRoutes(a.routes)).toEqual([
      'GET /api/open: 0 declared gates (one of guard, signedIn, publicRoute is needed)',
      'GET /api/things/:id/parts/:partId: the gate does not declare partId',
      'GET /api/things/:id: the gate does not declare id',
      'GET /api/twice: 2 declared gates (one of guard, signedIn, publicRoute is needed)',
    ]);
  });

  it('is declared on every route of the application, with every id of the OpenAPI document read strictly', async () => {
    const h = createDb('sqlite::memory:');
    const { app: vigie } = createApp({ db: h, oidc: null });
    expect(undeclaredRoutes(vigie.routes)).toEqual([]);
    const doc = (await (await vigie.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: { name: string; in: string; schema: Record<string, unknown> }[];
            requestBody?: { content: Record<string, { schema: unknown }> };
          }
        >
      >;
    };
    const loose: string[] = [];
    const idName = /^(id|ids|into|.*Id|.*Ids)$/;
    // Every id a client may send: a path or query parameter (text) or a body property (number).
    const walk = (where: string, schema: unknown, name = ''): void => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as Record<string, unknown>;
      if (idName.test(name)) {
        const types = [s, ...((s.anyOf as Record<string, unknown>[]) ?? [])].filter((x) => x.type !== 'null');
        for (const t of types) {
          const item = t.type === 'array' ? (t.items as Record<string, unknown>) : t;
          const integer =
            item.type === 'integer' || (Array.isArray(item.type) && item.type.includes('integer'));
          if (!(integer && item.minimum === 1 && item.maximum === 999_999_999_999_999))
            loose.push(`${where} ${name}: ${JSON.stringify(item)}`);
        }
        return;
      }
      for (const [k, v] of Object.entries((s.properties as Record<string, unknown>) ?? {})) walk(where, v, k);
      for (const v of (s.anyOf as unknown[]) ?? []) walk(where, v, name);
      if (s.items) walk(where, s.items, name);
    };
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const p of op.parameters ?? []) {
          if (!idName.test(p.name) || (p.in === 'path' && p.name === 'id' && path.includes('/jobs/')))
            continue;
          if (p.schema.pattern !== ID_PATTERN)
            loose.push(`${method} ${path} ${p.in} ${p.name}: ${JSON.stringify(p.schema)}`);
        }
        for (const c of Object.values(op.requestBody?.content ?? {}))
          walk(`${method} ${path} body`, c.schema);
      }
    }
    expect(loose).toEqual([]);
    await h.close();
  });
});
