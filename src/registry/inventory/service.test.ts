import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { operatorAccess } from '../../core/access';
import { Invalid } from '../../core/errors';
import { forEachDialect } from '../../core/testing/dialects';
import { loadDemo } from '../../demo/loader';
import { RegistryService } from '../service';
import * as store from '../store';
import { writeCsv, writeJson, writeXlsx } from './export';
import { messyInventoryCsv } from './messy';
import { importInventory, previewInventory } from './service';

const enc = (s: string) => new TextEncoder().encode(s);

const CSV = [
  'Réseau;Lien;Nom du compte;Entité;Responsable;Statut;Abonnés;Dernière activité',
  'Twitter;http://twitter.com/Avenor_Energie;Avenor Énergie;Énergie;Claire Martin <claire.martin@avenor.example>;actif;12 500;04/03/2024',
  'x;https://x.com/avenor_energie/;Avenor Energie officiel;Énergie;;;;',
  'Intagram;https://www.instagram.com/avenor.mobilite/?hl=fr;Avenor Mobilité;Mobilité;claire.martin@avenor.example;en sommeil;3 200;2023-01-15',
  'Youtube;https://m.youtube.com/@AvenorGroupe/videos;Avenor;Groupe;Paul Roy;abandonné;1,2k;mars 2021',
].join('\n');

async function readStream(write: (p: never[], out: NodeJS.WritableStream) => Promise<void>, items: never[]) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => out.on('end', r));
  await write(items, out);
  out.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

forEachDialect((t) => {
  it('imports a messy CSV: merges repeats, creates units and people, records every change', async () => {
    const r = await importInventory(t.h, 'tester', { name: 'inventaire.csv', bytes: enc(CSV) });
    expect(r).toMatchObject({
      rows: 4,
      created: 3,
      updated: 0,
      merged: 1,
      rejected: 0,
      unitsCreated: 3,
      peopleCreated: 2,
    });
    const { items } = await new RegistryService(t.h).listPresences({ sort: 'platform' });
    expect(items.map((p) => [p.platform, p.handle])).toEqual([
      ['instagram', 'avenor.mobilite'],
      ['x', 'Avenor_Energie'],
      ['youtube', '@AvenorGroupe'],
    ]);
    const x = items.find((p) => p.platform === 'x')!;
    expect(x).toMatchObject({
      unit: 'Énergie',
      owner: 'Claire Martin',
      audience: 12500,
      lastActivityOn: '2024-03-04',
      status: 'active',
    });
    const ig = items.find((p) => p.platform === 'instagram')!;
    expect(ig.owner).toBe('Claire Martin');
    expect((await store.listImports(t.h.db))[0]).toMatchObject({
      fileName: 'inventaire.csv',
      created: 3,
      merged: 1,
    });
    expect((await new RegistryService(t.h).history(operatorAccess('tester'), x.id))[0]).toMatchObject({
      actor: 'tester',
      batch: expect.stringMatching(/^import:/),
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    await importInventory(t.h, 'tester', { name: 'a.csv', bytes: enc(CSV) });
    const again = await importInventory(t.h, 'tester', { name: 'a.csv', bytes: enc(CSV) });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, unitsCreated: 0, peopleCreated: 0 });
  });

  it('reads bios from a Description column, records their changes, never erases one with a blank', async () => {
    const file = (bio: string) =>
      enc(['Réseau;URL;Description', `x;https://x.com/avenor_energie;${bio}`].join('\n'));
    await importInventory(t.h, 'tester', { name: 'a.csv', bytes: file('Compte officiel') });
    const s = new RegistryService(t.h);
    const [p] = (await s.listPresences({})).items;
    expect(p!.bio).toBe('Compte officiel');
    const r = await importInventory(t.h, 'tester', {
      name: 'b.csv',
      bytes: file('Compte officiel · avenor.example'),
    });
    expect(r).toMatchObject({ updated: 1 });
    expect((await s.history(operatorAccess('tester'), p!.id))[0]!.diff).toEqual({
      bio: ['Compte officiel', 'Compte officiel · avenor.example'],
    });
    expect(await importInventory(t.h, 'tester', { name: 'c.csv', bytes: file('') })).toMatchObject({
      unchanged: 1,
    });
    expect((await s.getPresence(p!.id)).bio).toBe('Compte officiel · avenor.example');
  });

  it('refuses a file with invalid rows, reports every one, stores nothing', async () => {
    const bad = [
      'Plateforme;URL;Statut;Abonnés;Créé le',
      'facebook;https://www.facebook.com/avenor;peut-être;12;2020-01-01',
      'x;https://x.com/ok_row;actif;10;2020-01-01',
      'Myspace;;actif;beaucoup;2020-13-45',
    ].join('\n');
    const err = await importInventory(t.h, 'tester', { name: 'bad.csv', bytes: enc(bad) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Invalid);
    const [summary, ...issues] = (err as Invalid).issues;
    // First, the one option that would map every value not recognised; then every row.
    expect(summary).toMatchObject({ code: 'inventory.values_to_map', file: 'bad.csv' });
    expect(summary!.message).toContain('status:peut-être=…');
    expect(new Set(issues.map((i) => i.line))).toEqual(new Set([2, 4]));
    expect(issues.every((i) => i.file === 'bad.csv')).toBe(true);
    expect(issues.some((i) => i.line === 2 && i.column === 'Statut')).toBe(true);
    expect(await store.countPresences(t.h.db)).toBe(0);
    expect(await store.listImports(t.h.db)).toEqual([]);

    const skipped = await importInventory(
      t.h,
      'tester',
      { name: 'bad.csv', bytes: enc(bad) },
      { skipInvalid: true },
    );
    expect(skipped).toMatchObject({ created: 1, rejected: 2 });
    expect(skipped.rejects).toContain('peut-être');
    expect(skipped.rejects?.split('\n')[0]).toContain('error');
  });

  it('refuses a row naming the importer as custodian, before it creates anything; keeps one already so', async () => {
    await importInventory(t.h, 'tester', { name: 'avant.csv', bytes: enc(CSV) });
    const claire = (
      await t.h.db
        .selectFrom('people')
        .select('id')
        .where('email', '=', 'claire.martin@avenor.example')
        .executeTakeFirstOrThrow()
    ).id;
    const file = [
      'Réseau;Lien;Entité;Détenteur des accès',
      'x;https://x.com/avenor_energie;Énergie;Claire Martin <claire.martin@avenor.example>',
      'linkedin;https://www.linkedin.com/company/avenor;Nouvelle entité;Paul Roy',
      'tiktok;https://www.tiktok.com/@avenor;Autre entité;claire.martin@avenor.example',
    ].join('\n');
    const source = { name: 'detenteurs.csv', bytes: enc(file) };
    const refused = await importInventory(t.h, 'claire', source, { selfPersonId: claire }).catch((e) => e);
    expect(refused).toBeInstanceOf(Invalid);
    expect((refused as Invalid).issues.filter((i) => i.code === 'custody.self_assign')).toMatchObject([
      { file: 'detenteurs.csv', line: 2, field: 'custodian' },
      { file: 'detenteurs.csv', line: 4, field: 'custodian' },
    ]);
    const preview = await previewInventory(t.h, source, { selfPersonId: claire });
    expect(preview.plan).toMatchObject({ create: 1, rejected: 2, newUnits: ['Nouvelle entité'] });
    // Skipping invalid rows: only Paul Roy's row goes in; the refused rows created no unit.
    const r = await importInventory(t.h, 'claire', source, { selfPersonId: claire, skipInvalid: true });
    expect(r).toMatchObject({ created: 1, rejected: 2, newUnits: ['Nouvelle entité'] });
    const custodians = await t.h.db.selectFrom('presences').select('custodian_id').execute();
    expect(custodians.map((p) => p.custodian_id)).not.toContain(claire);
    // Someone else may name her; a file that keeps her as custodian is then no change of hers.
    await importInventory(t.h, 'tester', {
      name: 'b.csv',
      bytes: enc(file.split('\n').slice(0, 2).join('\n')),
    });
    const again = await importInventory(
      t.h,
      'claire',
      { name: 'c.csv', bytes: enc(file.split('\n').slice(0, 2).join('\n')) },
      { selfPersonId: claire },
    );
    expect(again).toMatchObject({ rejected: 0, unchanged: 1 });
  });

  it('previews and dry-runs without storing anything', async () => {
    const before = await store.countPresences(t.h.db);
    const preview = await previewInventory(
      t.h,
      { name: 'inventaire.csv', bytes: enc(CSV) },
      { defaultUnit: 'Siège' },
    );
    expect(preview.plan).toMatchObject({ create: 3, merged: 1 });
    expect(preview.plan.newUnits).toEqual(expect.arrayContaining(['Énergie', 'Mobilité', 'Groupe']));
    expect(preview.columns.find((c) => c.header === 'Lien')?.field).toBe('url');
    const dry = await importInventory(
      t.h,
      'tester',
      { name: 'inventaire.csv', bytes: enc(CSV) },
      { dryRun: true },
    );
    expect(dry).toMatchObject({ dryRun: true, importId: null, created: 3 });
    expect(await store.countPresences(t.h.db)).toBe(before);
  });

  it('exports CSV, XLSX and JSON that re-import to the same registry', async () => {
    const demo = await loadDemo(t.h);
    const { items } = await new RegistryService(t.h).listPresences({});
    expect(items).toHaveLength(demo.presences);
    for (const [format, write] of [
      ['csv', writeCsv],
      ['xlsx', writeXlsx],
      ['json', writeJson],
    ] as const) {
      const bytes = await readStream(write as never, items as never[]);
      const r = await importInventory(t.h, 'tester', { name: `export.${format}`, bytes });
      expect({
        format,
        created: r.created,
        updated: r.updated,
        units: r.unitsCreated,
        people: r.peopleCreated,
        rejected: r.rejected,
      }).toEqual({
        format,
        created: 0,
        updated: 0,
        units: 0,
        people: 0,
        rejected: 0,
      });
      expect(r.unchanged).toBe(items.length);
    }
  });

  it('imports a 2,000-row messy inventory in one go', async () => {
    const csv = messyInventoryCsv(2000);
    const r = await importInventory(
      t.h,
      'tester',
      { name: 'messy.csv', bytes: enc(csv) },
      { skipInvalid: true },
    );
    expect(r.rows).toBe(2000);
    expect(r.created + r.merged + r.rejected).toBeGreaterThanOrEqual(1900);
    expect(await store.countPresences(t.h.db)).toBe(r.created);
  });
});
