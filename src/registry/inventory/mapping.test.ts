// Inventories as organisations write them, on both databases: their own words recognised, the rest
// mapped once by a person and remembered for the next import of the same source.
import { expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import { forEachDialect } from '../../core/testing/dialects';
import { insertUserRow } from '../../trust/store';
import * as store from '../store';
import { ENGLISH, FRENCH, HOSTILE, NEEDS_MAPPING, NEEDS_MAPPING_NEXT } from './fixtures/values';
import { forgetMapping, listMappings } from './mappings';
import { importInventory, previewInventory } from './service';
import { parseValuesOption } from './valuemap';

const enc = (s: string) => new TextEncoder().encode(s);
const OCTOBER = 'Inventaire Ombreval Sud 2024-10.csv';
const NOVEMBER = 'inventaire_ombreval_sud_2024-11_v2.csv';
const MEANINGS =
  'language:Multilingue=fr/en,status:Veille=dormant,status:En test=discovered,mfa:Partiel=non,created:Été 2020=2020-06-01,platform:Chaîne vidéo=youtube';

forEachDialect((t) => {
  it('imports a French and an English inventory written in their own words, whole', async () => {
    const fr = await importInventory(t.h, 'tester', {
      name: 'Inventaire Ville de Brives.csv',
      bytes: enc(FRENCH),
    });
    expect(fr).toMatchObject({ rows: 7, created: 7, rejected: 0 });
    const en = await importInventory(t.h, 'tester', { name: 'Northfield accounts.csv', bytes: enc(ENGLISH) });
    expect(en).toMatchObject({ rows: 5, created: 5, rejected: 0 });
    const rows = await t.h.db
      .selectFrom('presences')
      .select(['platform', 'handle', 'status', 'languages', 'mfa', 'created_on', 'last_activity_on'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.platform, r.status, JSON.parse(r.languages), r.mfa, r.created_on])).toEqual([
      ['x', 'active', ['fr', 'en'], 'on', '2011-09-12'],
      ['facebook', 'active', ['fr', 'en'], 'on', '2012-03-01'],
      ['instagram', 'dormant', ['fr'], 'off', '2016-01-01'],
      ['linkedin', 'closing', ['en'], 'off', '2018-04-01'],
      ['youtube', 'archived', ['fr', 'en'], 'on', '2013-01-01'],
      ['tiktok', 'abandoned', ['fr'], 'on', '2020-06-01'],
      ['mastodon', 'closed', ['fr'], 'off', '2023-02-01'],
      ['x', 'active', ['en'], 'on', '2011-09-12'],
      ['facebook', 'active', ['fr', 'en'], 'on', '2012-09-01'],
      ['instagram', 'dormant', ['en'], 'off', '2016-01-01'],
      ['youtube', 'archived', ['fr', 'en'], 'on', '2023-03-15'],
      ['linkedin', 'closing', ['en'], 'off', '2018-01-01'],
    ]);
    // Month-first dates are read month-first in the English file.
    expect(rows[11]!.last_activity_on).toBe('2022-12-15');
  });

  it('lists the values it does not recognise, maps them once, and remembers them for the source', async () => {
    // 1. The preview lists each value not recognised, with its count and first lines.
    const p = await previewInventory(t.h, { name: OCTOBER, bytes: enc(NEEDS_MAPPING) });
    expect(p.source).toEqual({ key: 'inventaire ombreval sud', given: false });
    expect(p.values.map((v) => [v.field, v.column, v.value, v.count, v.lines, v.meaning])).toEqual([
      ['language', 'Langue', 'Multilingue', 2, [2, 4], null],
      ['status', 'Statut', 'Veille', 2, [2, 5], null],
      ['mfa', 'MFA', 'Partiel', 2, [2, 5], null],
      ['status', 'Statut', 'En test', 1, [4], null],
      ['created', 'Création', 'Été 2020', 1, [4], null],
      ['platform', 'Réseau', 'Chaîne vidéo', 1, [6], null],
    ]);
    expect(p.plan).toMatchObject({ create: 1, rejected: 4 });

    // 2. Importing without saying what they mean is refused; the error says which value, where, and how.
    const err = await importInventory(t.h, 'tester', { name: OCTOBER, bytes: enc(NEEDS_MAPPING) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Invalid);
    const [summary, ...rows] = (err as Invalid).issues;
    expect(summary!.message).toContain(
      '--values "language:Multilingue=…,status:Veille=…,mfa:Partiel=…,status:En test=…,created:Été 2020=…,platform:Chaîne vidéo=…"',
    );
    const veille = rows.find((i) => i.line === 2 && i.column === 'Statut')!;
    expect(veille.message).toBe(
      'Line 2, column "Statut": "Veille" is not a status. Expected: discovered, active, dormant, abandoned, closing, redirecting, closed or archived. ' +
        'Map it once: --values "status:Veille=…" (in the web preview: choose what it means under "Values to recognise"); the mapping is remembered for this source.',
    );
    expect(await store.countPresences(t.h.db)).toBe(0);
    expect(await listMappings(t.h.db)).toEqual([]);

    // 3. Mapped, the file imports whole; the mappings are remembered, each in the change log.
    const values = parseValuesOption(MEANINGS);
    const mapped = await previewInventory(t.h, { name: OCTOBER, bytes: enc(NEEDS_MAPPING) }, { values });
    expect(mapped.plan).toMatchObject({ create: 5, rejected: 0 });
    expect(mapped.values.every((v) => v.origin === 'given' && v.meaning !== null)).toBe(true);
    const done = await importInventory(
      t.h,
      'claire',
      { name: OCTOBER, bytes: enc(NEEDS_MAPPING) },
      { values },
    );
    expect(done).toMatchObject({
      created: 5,
      rejected: 0,
      mappingsRemembered: 6,
      source: 'inventaire ombreval sud',
    });
    const sud = await t.h.db
      .selectFrom('presences')
      .select(['platform', 'status', 'languages', 'mfa', 'created_on'])
      .orderBy('id')
      .execute();
    expect(sud.map((r) => [r.platform, r.status, JSON.parse(r.languages), r.mfa, r.created_on])).toEqual([
      ['x', 'dormant', ['fr', 'en'], 'off', '2019-01-01'],
      ['facebook', 'active', ['fr', 'en'], 'on', '2018-01-01'],
      ['instagram', 'discovered', ['fr', 'en'], 'on', '2020-06-01'],
      ['linkedin', 'dormant', ['fr'], 'off', '2017-01-01'],
      ['youtube', 'active', ['fr'], 'off', '2015-01-01'],
    ]);
    const remembered = await listMappings(t.h.db, 'inventaire ombreval sud');
    expect(remembered.map((m) => [m.field, m.value, m.meaning, m.setBy])).toEqual([
      ['created', 'Été 2020', '2020-06-01', 'claire'],
      ['language', 'Multilingue', 'fr/en', 'claire'],
      ['mfa', 'Partiel', 'off', 'claire'],
      ['platform', 'Chaîne vidéo', 'youtube', 'claire'],
      ['status', 'En test', 'discovered', 'claire'],
      ['status', 'Veille', 'dormant', 'claire'],
    ]);
    const logged = await t.h.db
      .selectFrom('changes')
      .selectAll()
      .where('entity', '=', 'value_mapping')
      .orderBy('id')
      .execute();
    expect(logged).toHaveLength(6);
    expect(logged[0]).toMatchObject({ actor: 'claire', action: 'create', batch: `import:${done.importId}` });

    // 4. A month later, a similar file of the same source imports whole without asking; who set a
    // remembered meaning is named for the person reading the preview.
    await insertUserRow(
      t.h.db,
      { login: 'claire', name: 'Claire Martin', passwordHash: null },
      '2026-01-01T00:00:00Z',
    );
    const next = await previewInventory(t.h, { name: NOVEMBER, bytes: enc(NEEDS_MAPPING_NEXT) });
    expect(next.plan).toMatchObject({ create: 1, unchanged: 5, rejected: 0 });
    expect(next.issues).toEqual([]);
    const veilleNow = next.values.find((v) => v.value === 'Veille')!;
    expect(veilleNow).toMatchObject({
      count: 3,
      meaning: 'dormant',
      origin: 'remembered',
      setBy: 'claire',
      setByName: 'Claire Martin',
    });
    expect(veilleNow.mappingId).toBeTypeOf('number');
    const second = await importInventory(t.h, 'paul', { name: NOVEMBER, bytes: enc(NEEDS_MAPPING_NEXT) });
    expect(second).toMatchObject({ created: 1, unchanged: 5, rejected: 0, mappingsRemembered: 0 });

    // 5. What a person says now wins over what was remembered, and replaces it.
    const changed = await importInventory(
      t.h,
      'paul',
      { name: NOVEMBER, bytes: enc(NEEDS_MAPPING_NEXT) },
      { values: parseValuesOption('status:Veille=abandoned') },
    );
    expect(changed).toMatchObject({ updated: 3, mappingsRemembered: 1 });
    const veilleMapping = (await listMappings(t.h.db)).find((m) => m.value === 'Veille')!;
    expect(veilleMapping).toMatchObject({ meaning: 'abandoned', setBy: 'paul' });

    // 6. Another source does not share them; a forgotten mapping is asked again.
    const other = await previewInventory(t.h, {
      name: 'Comptes Ombreval Nord.csv',
      bytes: enc(NEEDS_MAPPING),
    });
    expect(other.values.every((v) => v.meaning === null)).toBe(true);
    const named = await previewInventory(
      t.h,
      { name: 'Comptes Ombreval Nord.csv', bytes: enc(NEEDS_MAPPING) },
      { source: 'Inventaire Ombreval Sud' },
    );
    expect(named.source).toEqual({ key: 'inventaire ombreval sud', given: true });
    expect(named.plan.rejected).toBe(0);
    await forgetMapping(t.h.db, veilleMapping.id, 'paul');
    const asked = await previewInventory(t.h, { name: NOVEMBER, bytes: enc(NEEDS_MAPPING_NEXT) });
    expect(asked.values.find((v) => v.value === 'Veille')).toMatchObject({ meaning: null, origin: null });
    expect(asked.plan.rejected).toBe(3);
    const forgotten = await t.h.db
      .selectFrom('changes')
      .selectAll()
      .where('entity', '=', 'value_mapping')
      .where('action', '=', 'delete')
      .execute();
    expect(forgotten).toHaveLength(1);
    expect(JSON.parse(forgotten[0]!.diff)).toMatchObject({
      value: ['Veille', null],
      meaning: ['abandoned', null],
    });
    await expect(forgetMapping(t.h.db, veilleMapping.id, 'paul')).rejects.toMatchObject({
      kind: 'not_found',
    });
  });

  it('a dry run or a refused import remembers nothing', async () => {
    const values = parseValuesOption('status:Veille=dormant');
    const dry = await importInventory(
      t.h,
      'tester',
      { name: OCTOBER, bytes: enc(NEEDS_MAPPING) },
      {
        values,
        dryRun: true,
        skipInvalid: true,
      },
    );
    expect(dry.mappingsRemembered).toBe(0);
    await expect(
      importInventory(t.h, 'tester', { name: OCTOBER, bytes: enc(NEEDS_MAPPING) }, { values }),
    ).rejects.toBeInstanceOf(Invalid);
    expect(await listMappings(t.h.db)).toEqual([]);
  });

  it('handles hostile values: huge, control characters, formula-like', async () => {
    const p = await previewInventory(t.h, { name: 'hostile.csv', bytes: enc(HOSTILE) });
    // The huge cell is refused as it is, never offered for mapping nor repeated whole.
    expect(p.values.map((v) => [v.field, v.value])).toEqual([
      ['status', 'act\ufffd[31mif\ufffd'],
      ['status', '=HYPERLINK("http://evil.example";"actif")'],
      ['status', '\ufffdevitca'],
      ['mfa', '@SUM(1+1)'],
    ]);
    const huge = p.issues.find((i) => i.line === 2)!;
    expect(huge.message.length).toBeLessThan(300);
    const shown = [...p.values.map((v) => v.value), ...p.issues.map((i) => i.message)].join('\n');
    const hidden = [...shown].filter((c) => c === '\u001b' || c === '\u0007' || c === '\u202e');
    expect(hidden).toEqual([]);
    // Mapped, they import as data, and the mapping is kept as text.
    const values = [
      { field: 'status' as const, value: 'act\u001b[31mif\u0007', meaning: 'active' },
      { field: 'status' as const, value: '=HYPERLINK("http://evil.example";"actif")', meaning: 'active' },
      { field: 'status' as const, value: '\u202eevitca', meaning: 'ignore' },
      { field: 'mfa' as const, value: '@SUM(1+1)', meaning: 'unknown' },
    ];
    const r = await importInventory(
      t.h,
      'tester',
      { name: 'hostile.csv', bytes: enc(HOSTILE) },
      {
        values,
        skipInvalid: true,
      },
    );
    expect(r).toMatchObject({ created: 3, rejected: 1, mappingsRemembered: 4 });
    const kept = await listMappings(t.h.db, 'hostile');
    expect(kept.map((m) => m.value)).toContain('=HYPERLINK("http://evil.example";"actif")');
  });
});
