import { expect, it } from 'vitest';
import { operatorAccess } from '../core/access';
import { forEachDialect } from '../core/testing/dialects';
import { RegistryService } from '../registry/service';
import { insertDataImports, metricsOf, upsertMetrics } from './store';

forEachDialect((t) => {
  it('upserts daily metrics: a later row fills what was missing and never erases a known figure', async () => {
    const p = await new RegistryService(t.h).createPresence(operatorAccess('t'), {
      url: 'https://x.com/ombreval',
    });
    const record = (presence_id: number) => ({
      at: '2026-11-02T10:00:00.000Z',
      actor: 'demo',
      file_name: 'demo',
      size: 0,
      sha256: '0'.repeat(64),
      platform: 'x',
      presence_id,
      presence_created: 0,
      posts: 0,
      added: 0,
      updated: 0,
      interactions: 0,
      metrics: 2,
      unknown_fields: '[]',
      duration_ms: 0,
    });
    const [first, second] = await insertDataImports(t.h.db, [record(p.id), record(p.id)]);
    expect(first!.presence_id).toBe(p.id);
    expect(second!.id).not.toBe(first!.id);
    const row = (day: string, audience: number | null, impressions: number | null, import_id: number) => ({
      presence_id: p.id,
      day,
      audience,
      audience_gained: null,
      impressions,
      engagements: null,
      visits: null,
      video_views: null,
      import_id,
    });
    // With the database handle (SQLite's prepared statement) and without it (Kysely), the same result.
    for (const h of [t.h, undefined]) {
      await t.h.db.deleteFrom('daily_metrics').execute();
      await upsertMetrics(
        t.h.db,
        [row('2026-10-01', 100, null, first!.id), row('2026-10-08', 110, 7, first!.id)],
        h,
      );
      await upsertMetrics(t.h.db, [row('2026-10-08', null, 9, second!.id)], h);
      expect(
        (await metricsOf(t.h.db, p.id)).map((m) => [m.day, m.audience, m.impressions, m.import_id]),
      ).toEqual([
        ['2026-10-01', 100, null, first!.id],
        ['2026-10-08', 110, 9, second!.id],
      ]);
    }
  });
});
