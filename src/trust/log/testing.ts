// Test helpers of the change log: a log of a few entries written the only legitimate way.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Access } from '../../core/access';
import type { Db } from '../../core/db';
import type { AppEnv } from '../../core/http';
import { appendChanges, type ChangeValues, type Q } from '../../core/log';
import { localiseIssue } from '../../messages';
import { onError } from '../../server/http';
import { logRoutes } from './routes';

export function change(i: number, over: Partial<ChangeValues> = {}): ChangeValues {
  return {
    at: `2024-03-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
    actor: i % 2 ? 'alice' : 'web:Bob',
    entity: i % 3 ? 'presence' : 'user',
    entity_id: 100 + i,
    action: i % 4 ? 'update' : 'create',
    diff: { status: [i % 2 ? 'active' : null, 'dormant'], n: [i, i + 1] },
    batch: i % 5 ? null : `bulk:${i}`,
    reason: i % 2 ? `reason ${i}` : null,
    ...over,
  };
}

/** `n` entries, appended in a few separate transactions as real writers do. */
export async function seedLog(db: Q, n: number, from = 1): Promise<void> {
  const all = Array.from({ length: n }, (_, k) => change(from + k));
  for (let i = 0; i < all.length; i += 7) await appendChanges(db, all.slice(i, i + 7));
}

export async function ids(db: Q): Promise<number[]> {
  const rows = await db.selectFrom('changes').select('id').orderBy('id').execute();
  return rows.map((r) => Number(r.id));
}

/** The log's routes under /api, with the acting user's access set as the sign-in middleware sets it. */
export function logApp(h: Db, access: Access | null, locale: 'en' | 'fr' = 'en') {
  const app = new OpenAPIHono<AppEnv>();
  app.use('/api/*', async (c, next) => {
    c.set('services', { db: h } as AppEnv['Variables']['services']);
    c.set('locale', locale);
    c.set('localise', (i) => localiseIssue(i, locale));
    if (access) {
      c.set('access', access);
      c.set('actor', access.actor);
    }
    await next();
  });
  app.onError(onError);
  app.route('/api', logRoutes());
  return app;
}
