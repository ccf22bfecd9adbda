// The scopes as a property (fast-check): whatever route a scoped user calls, with whatever id
// spelling in the path, whatever ids in the body and the query, no object out of their sight is
// ever read (its marked name and its sealed secret never appear in an answer) or changed (its rows
// keep their fingerprint), and the server never fails (no 5xx). Objects out of sight are marked in
// the database after the demo is loaded, so an answer that shows one cannot go unnoticed.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { forEachDialect } from '../core/testing/dialects';
import {
  fingerprintOutside,
  inPath,
  kindOf,
  type Outside,
  outsideOf,
  SCOPED_ROLES,
  SECRET_VALUE,
  scopedWorld,
  wrongSpellings,
} from './scope-fixture';
import { servedRoutes } from './testing';

const MARK = 'ZZOUT';
const RUNS = Number(process.env.VIGIE_PROPERTY_RUNS ?? 120);

/** Names every object out of sight with a mark, straight in the database (no history). */
async function mark(h: Parameters<typeof outsideOf>[0], out: Outside): Promise<void> {
  const db = h.db;
  for (const id of out.presences)
    await db
      .updateTable('presences')
      .set({ name: `${MARK}-p-${id}` })
      .where('id', '=', id)
      .execute();
  for (const id of out.units)
    await db
      .updateTable('units')
      .set({ name: `${MARK}-u-${id}` })
      .where('id', '=', id)
      .execute();
  for (const id of out.people)
    await db
      .updateTable('people')
      .set({ name: `${MARK}-h-${id}`, email: `${MARK.toLowerCase()}-${id}@out.example` })
      .where('id', '=', id)
      .execute();
  for (const id of out.audits)
    await db
      .updateTable('audits')
      .set({ name: `${MARK}-a-${id}` })
      .where('id', '=', id)
      .execute();
}

forEachDialect((t) => {
  for (const role of SCOPED_ROLES) {
    it(`never shows or changes what is out of a ${role}’s sight, whatever the request`, async () => {
      const w = await scopedWorld(t.h);
      const out = await outsideOf(t.h, await w.sight(role));
      await mark(t.h, out);
      const before = await fingerprintOutside(t.h, out);
      const client = w.clients.get(role)!;
      const routes = servedRoutes(w.app).filter(
        (r) => !r.startsWith('POST /api/auth/') && r !== 'PUT /api/data-imports',
      );

      // Ids as they might be given: out of sight, in sight, oneself, unknown, and spelled oddly.
      const known = [
        ...Object.values(w.outside),
        ...Object.values(w.inside),
        w.personOf.get(role)!,
        out.presences[1] ?? 1,
        out.people[2] ?? 1,
        out.units[1] ?? 1,
      ].filter((n): n is number => typeof n === 'number' && n > 0);
      const anId = fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...known) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
      );
      const spelled = (id: number | string) =>
        fc.oneof(
          { weight: 3, arbitrary: fc.constant(inPath(id)) },
          { weight: 2, arbitrary: fc.constantFrom(...wrongSpellings(id)) },
        );
      // A bulk edit's batch: the fixture's (out of sight, in sight) or one never made.
      const aBatch = fc
        .date({ min: new Date('2026-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })
        .map((d) => `bulk:${d.toISOString()}`);
      const pathArb = (route: string) => {
        const [, path] = route.split(' ') as [string, string];
        const params = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
        return fc
          .tuple(
            ...params.map((p) => {
              const kind = kindOf(path, p);
              if (kind === 'secret_kind')
                return fc.constantFrom('password', 'recovery_codes', 'totp_seed', 'passw0rd');
              if (kind === 'job') return fc.uuid().map(String);
              if (kind === 'bulk_batch')
                return fc.oneof(
                  { weight: 5, arbitrary: spelled(w.outside.bulk_batch) },
                  { weight: 3, arbitrary: spelled(w.inside.bulk_batch) },
                  { weight: 1, arbitrary: aBatch.chain(spelled) },
                );
              return fc.oneof(
                { weight: 5, arbitrary: fc.constant(w.outside[kind] || 1).chain(spelled) },
                { weight: 3, arbitrary: fc.constant(w.inside[kind] || 1).chain(spelled) },
                { weight: 1, arbitrary: anId.chain(spelled) },
              );
            }),
          )
          .map((values) => {
            let i = 0;
            return path.replace(/:(\w+)/g, () => values[i++] as string);
          });
      };
      const idValue = fc.oneof(
        { weight: 8, arbitrary: anId },
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: anId.chain(spelled) },
      );
      const body = fc.record(
        {
          unitId: idValue,
          ownerId: idValue,
          deputyId: idValue,
          custodianId: idValue,
          parentId: idValue,
          presenceId: idValue,
          auditId: idValue,
          into: idValue,
          toPersonId: idValue,
          ids: fc.array(anId, { minLength: 1, maxLength: 3 }),
          set: fc.record(
            { unitId: idValue, ownerId: idValue, status: fc.constantFrom('dormant', 'active') },
            { requiredKeys: [] },
          ),
          decision: fc.constantFrom('maintain', 'invest', 'merge', 'close_redirect', 'claim'),
          reason: fc.constant('property test'),
          status: fc.constantFrom('done', 'cancelled', 'doing', 'left', 'active', 'disabled'),
          name: fc.constantFrom('Propriété', 'x'),
          url: fc.constantFrom('https://x.com/property_probe', 'https://www.facebook.com/property.probe'),
          notes: fc.string({ maxLength: 20 }),
          value: fc.constant('property-value'),
          objective: fc.constant('awareness'),
          metric: fc.constantFrom('posts', 'audience'),
          target: fc.integer({ min: 1, max: 1000 }),
          period: fc.constantFrom('week', 'month'),
          kind: fc.constantFrom('redirect', 'poll', 'other'),
          language: fc.constantFrom('fr', 'en'),
          platform: fc.constantFrom('x', '*'),
          asOf: fc.constant('2026-11-02'),
        },
        { requiredKeys: [] },
      );
      const query = fc.record(
        {
          unitId: anId.chain(spelled),
          ownerId: anId.chain(spelled),
          personId: anId.chain(spelled),
          reason: fc.constant('p'),
        },
        { requiredKeys: [] },
      );
      const request = fc
        .constantFrom(...routes)
        .chain((route) => fc.record({ route: fc.constant(route), path: pathArb(route), body, query }));

      const seen: string[] = [];
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const [method] = r.route.split(' ') as [string];
          const qs = new URLSearchParams(r.query as Record<string, string>).toString();
          const url = `${r.path}${qs ? `?${qs}` : ''}`;
          const res = await client.request(url, {
            method,
            ...(method === 'GET' || method === 'DELETE' ? {} : { json: r.body }),
          });
          const text = await res.text();
          seen.push(`${res.status}`);
          expect(
            res.status,
            `${method} ${url} ${JSON.stringify(r.body)}: ${text.slice(0, 200)}`,
          ).toBeLessThan(500);
          expect(
            text.includes(MARK) || text.includes(MARK.toLowerCase()),
            `${method} ${url} showed ${text.slice(text.indexOf(MARK) - 80, text.indexOf(MARK) + 40)}`,
          ).toBe(false);
          expect(text.includes(SECRET_VALUE), `${method} ${url} revealed the secret`).toBe(false);
          expect(await fingerprintOutside(t.h, out), `${method} ${url} ${JSON.stringify(r.body)}`).toBe(
            before,
          );
        }),
        {
          numRuns: RUNS,
          seed: Number(process.env.VIGIE_PROPERTY_SEED ?? Date.now() % 2 ** 31),
          endOnFailure: true,
        },
      );
      // The property is about answers that could leak: some requests must have been answered.
      expect(seen.filter((s) => s.startsWith('2')).length).toBeGreaterThan(0);
    }, 300_000);
  }
});
