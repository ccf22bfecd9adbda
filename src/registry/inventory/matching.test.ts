// Issue 12, "imports you can trust", on the demo organisation: "Dumas Aurélie" is Aurélie Dumas who
// has left (her presence keeps counting as "owner has left"), "DRH" is the Direction des ressources
// humaines, "A. Dumas" is asked about, never created silently, and a row that would make an audience
// smaller or an activity older is told, then applied.
import { expect, it } from 'vitest';
import { operatorAccess } from '../../core/access';
import { Conflict, Invalid } from '../../core/errors';
import { forEachDialect } from '../../core/testing/dialects';
import { loadDemo } from '../../demo/loader';
import { signIn } from '../../trust/testing';
import { RegistryService } from '../service';
import * as store from '../store';
import { importInventory, previewInventory } from './service';
import { parseValuesOption } from './valuemap';

const enc = (s: string) => new TextEncoder().encode(s);

const ENERGIE_FB = 'https://www.facebook.com/ombreval.energie.officiel';
const HEADER = 'Réseau;URL;Entité;Responsable;Abonnés;Dernière activité';

/** Names written the way people write them, for presences the demo has and new ones. */
const TRUSTED = [
  HEADER,
  // Aurélie Dumas left in 2020; the demo has 84 213 followers and activity on 2020-11-27.
  `facebook;${ENERGIE_FB};Branche Énergie;Dumas Aurélie;80 000;01/06/2019`,
  'tiktok;https://www.tiktok.com/@ombreval_rh_stage;DRH;haddad nadia;;',
  'x;https://x.com/ombreval_paca_stage;Direction régionale PACA;Sandrine Giordano;;',
].join('\n');

/** A name and a unit close to known ones, that nobody said anything about yet. */
const FUZZY = [
  HEADER,
  'youtube;https://www.youtube.com/@ombreval_energie_stage;Énergie;A. Dumas;;',
  'x;https://x.com/ombreval_ok_stage;Branche Énergie;Maxime Girard;;',
].join('\n');

forEachDialect((t) => {
  const registry = () => new RegistryService(t.h);
  const presenceAt = async (url: string) =>
    (await registry().listPresences({})).items.find((p) => p.url === url)!;
  const unitNamed = async (name: string) => (await registry().listUnits()).find((u) => u.name === name)!;

  it('reads "Dumas Aurélie" as Aurélie Dumas who has left, "DRH" as the HR unit, and tells older or smaller data', async () => {
    await loadDemo(t.h);
    const before = await registry().overview(operatorAccess('tester'));
    const fb = await presenceAt(ENERGIE_FB);
    expect(fb).toMatchObject({ owner: 'Aurélie Dumas', ownerLeft: true, audience: 84_213 });
    const people = await store.allPeopleRows(t.h.db);
    const source = { name: 'inventaire-demo.csv', bytes: enc(TRUSTED) };

    const preview = await previewInventory(t.h, source);
    expect(preview.issues).toEqual([]);
    expect(preview.plan).toMatchObject({
      create: 2,
      update: 1,
      newUnits: [],
      newPeople: [],
      peopleToCreate: [],
    });
    // Read without asking, and shown: who each name is, and how it was recognised.
    const read = (value: string) => preview.values.find((v) => v.value === value);
    expect(read('Dumas Aurélie')).toMatchObject({
      field: 'person',
      column: 'Responsable',
      origin: 'recognised',
      recognised: 'order',
      mapped: true,
      target: { name: 'Aurélie Dumas', left: true },
      lines: [2],
    });
    expect(read('DRH')).toMatchObject({
      field: 'unit',
      column: 'Entité',
      origin: 'recognised',
      recognised: 'acronym',
      target: { name: 'Direction des ressources humaines' },
    });
    expect(read('Direction régionale PACA')).toMatchObject({
      recognised: 'acronym',
      target: { name: 'Direction régionale Provence-Alpes-Côte d’Azur' },
    });
    // Case and accents only: nothing worth telling.
    expect(read('haddad nadia')).toMatchObject({ recognised: 'order' });
    expect(read('Sandrine Giordano')).toBeUndefined();
    const codes = (code: string) => preview.warnings.filter((w) => w.code === code);
    expect(codes('inventory.person_read_as').map((w) => w.message)).toContain(
      'Line 2, column "Responsable": "Dumas Aurélie" is read as Aurélie Dumas (has left) (same name, words in another order).',
    );
    expect(codes('inventory.unit_read_as').map((w) => w.params?.name)).toEqual([
      'Direction des ressources humaines',
      'Direction régionale Provence-Alpes-Côte d’Azur',
    ]);
    // Older and smaller: warnings naming line, presence and both values; the row is still applied.
    expect(codes('inventory.audience_smaller')).toMatchObject([
      { line: 2, params: { before: 84_213, after: 80_000 } },
    ]);
    expect(codes('inventory.audience_smaller')[0]!.message).toBe(
      `Line 2: the audience of ${fb.name} (Facebook) would go down from 84,213 to 80,000.`,
    );
    expect(codes('inventory.activity_older')).toMatchObject([
      { line: 2, params: { before: '2020-11-27', after: '2019-06-01' } },
    ]);
    const change = preview.plan.changes.find((c) => c.line === 2)!;
    expect(change).toMatchObject({ action: 'update', older: ['audience', 'lastActivityOn'] });
    expect(change.diff.owner).toBeUndefined();

    const r = await importInventory(t.h, 'tester', source);
    expect(r).toMatchObject({ created: 2, updated: 1, peopleCreated: 0, unitsCreated: 0 });
    expect(r.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['inventory.audience_smaller', 'inventory.activity_older']),
    );
    expect(await store.allPeopleRows(t.h.db)).toHaveLength(people.length);
    // Still Aurélie Dumas, still counted as "owner has left"; the file's figures were applied.
    expect(await presenceAt(ENERGIE_FB)).toMatchObject({
      ownerId: fb.ownerId,
      ownerLeft: true,
      audience: 80_000,
      lastActivityOn: '2019-06-01',
    });
    const after = await registry().overview(operatorAccess('tester'));
    expect(after.risks.ownerLeft).toBe(before.risks.ownerLeft);
    const hr = await unitNamed('Direction des ressources humaines');
    expect(await presenceAt('https://www.tiktok.com/@ombreval_rh_stage')).toMatchObject({
      unitId: hr.id,
      owner: 'Nadia Haddad',
    });
    expect((await presenceAt('https://x.com/ombreval_paca_stage')).unit).toBe(
      'Direction régionale Provence-Alpes-Côte d’Azur',
    );
  });

  it('asks about "A. Dumas" and "Énergie" instead of creating them, then applies and remembers the answer', async () => {
    await loadDemo(t.h);
    const source = { name: 'Comptes Énergie 2025.csv', bytes: enc(FUZZY) };
    const people = (await store.allPeopleRows(t.h.db)).length;

    const preview = await previewInventory(t.h, source);
    expect(preview.plan).toMatchObject({ create: 1, rejected: 1, newPeople: [], newUnits: [] });
    expect(preview.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['inventory.unit_did_you_mean', 2, 'Entité'],
      ['inventory.person_did_you_mean', 2, 'Responsable'],
    ]);
    const person = preview.issues.find((i) => i.code === 'inventory.person_did_you_mean')!;
    expect(person.message).toBe(
      'Line 2, column "Responsable": "A. Dumas" is nobody the registry knows, but it is close to Aurélie Dumas (has left): did you mean them? Say who it is once: --values "person:A. Dumas=…" (their name, new for a new person, or ignore; in the web preview: under "Values to recognise"); it is remembered for this source.',
    );
    const open = preview.values.filter((v) => v.meaning === null);
    expect(open.map((v) => [v.field, v.value, v.candidates?.map((c) => [c.name, c.how])])).toEqual([
      ['unit', 'Énergie', [['Branche Énergie', 'partial']]],
      ['person', 'A. Dumas', [['Aurélie Dumas', 'initials']]],
    ]);

    // Not answered: refused as a whole, with the one option that answers everything first.
    const refused = await importInventory(t.h, 'tester', source).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Invalid);
    expect((refused as Invalid).issues[0]!.message).toContain('--values "unit:Énergie=…,person:A. Dumas=…"');

    // Answered (the CLI's --values syntax): Aurélie Dumas, the Branche Énergie; nobody is created.
    const values = parseValuesOption('owner:A. Dumas=Dumas Aurélie,unit:Énergie=Branche Énergie');
    const r = await importInventory(t.h, 'tester', source, { values });
    expect(r).toMatchObject({
      created: 2,
      rejected: 0,
      peopleCreated: 0,
      unitsCreated: 0,
      mappingsRemembered: 2,
    });
    expect(await store.allPeopleRows(t.h.db)).toHaveLength(people);
    expect(await presenceAt('https://www.youtube.com/@ombreval_energie_stage')).toMatchObject({
      owner: 'Aurélie Dumas',
      ownerLeft: true,
      unit: 'Branche Énergie',
    });

    // Remembered for the source: next month's file is read the same way without asking.
    const next = await previewInventory(t.h, { name: 'Comptes Énergie 2026 v2.csv', bytes: enc(FUZZY) });
    expect(next.issues).toEqual([]);
    expect(next.values.filter((v) => v.field === 'person')).toMatchObject([
      { value: 'A. Dumas', origin: 'remembered', target: { name: 'Aurélie Dumas', left: true } },
    ]);
  });

  it('creates a new person only when told, listing the closest one known', async () => {
    await loadDemo(t.h);
    const source = { name: 'a.csv', bytes: enc(FUZZY) };
    const values = parseValuesOption('person:A. Dumas=new,unit:Énergie=ignore');
    const preview = await previewInventory(t.h, source, { values });
    expect(preview.issues).toEqual([]);
    expect(preview.plan.peopleToCreate).toEqual([
      {
        name: 'A. Dumas',
        email: null,
        closest: expect.objectContaining({ name: 'Aurélie Dumas', left: true }),
      },
    ]);
    expect(preview.plan.newUnits).toEqual([]);
    // A mapping naming nobody the registry knows refuses the row, saying so.
    const wrong = await previewInventory(t.h, source, {
      values: parseValuesOption('person:A. Dumas=Aurélie Dumaz,unit:Énergie=ignore'),
    });
    expect(wrong.issues.map((i) => i.code)).toEqual(['inventory.person_meaning_unknown']);
    // A new name close to nobody's decision-worthy: created, the closest told as a warning.
    const close = [HEADER, 'x;https://x.com/ombreval_roussel;Branche Énergie;Camille Rousseau;;'].join('\n');
    const p = await previewInventory(t.h, { name: 'b.csv', bytes: enc(close) });
    expect(p.issues).toEqual([]);
    expect(p.plan.peopleToCreate).toMatchObject([
      { name: 'Camille Rousseau', closest: { name: 'Camille Roussel' } },
    ]);
    expect(p.warnings.map((w) => w.code)).toContain('inventory.person_new_close');
  });

  it('reads a unit’s other names, which no two units share', async () => {
    await loadDemo(t.h);
    const admin = operatorAccess('tester');
    const hub = await unitNamed('Direction de la communication groupe');
    const updated = await registry().updateUnit(admin, hub.id, { aliases: ['Siège', ' siege ', 'DirCom'] });
    expect(updated.aliases).toEqual(['Siège', 'DirCom']);
    const hr = await unitNamed('Direction des ressources humaines');
    await expect(registry().updateUnit(admin, hr.id, { aliases: ['dircom'] })).rejects.toBeInstanceOf(
      Conflict,
    );
    await expect(registry().createUnit(admin, { name: 'Siège', kind: 'other' })).rejects.toBeInstanceOf(
      Conflict,
    );
    const history = await store.listChanges(t.h.db, 'unit', hub.id);
    expect(history.filter((c) => c.action === 'update').map((c) => c.diff)).toEqual([
      { aliases: [[], ['Siège', 'DirCom']] },
    ]);

    const file = [HEADER, 'x;https://x.com/ombreval_siege_stage;siege;;;'].join('\n');
    const preview = await previewInventory(t.h, { name: 'c.csv', bytes: enc(file) });
    expect(preview.values).toMatchObject([{ value: 'siege', recognised: 'alias', target: { id: hub.id } }]);
    expect(preview.plan.newUnits).toEqual([]);
  });
});

forEachDialect((t) => {
  it('previews the matches in the reader’s language and takes the web app’s answers', async () => {
    await loadDemo(t.h);
    const app = await signIn(t.h, undefined, { login: 'claire@ombreval.example' });
    const form = (csv: string, extra: Record<string, string> = {}) => {
      const f = new FormData();
      f.append('file', new Blob([csv]), 'inventaire.csv');
      for (const [k, v] of Object.entries(extra)) f.append(k, v);
      return { method: 'POST', body: f, headers: { 'accept-language': 'fr-FR' } };
    };
    const res = await app.request('/api/inventory/preview', form(TRUSTED));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      warnings: { code: string; message: string }[];
      values: { field: string; value: string; origin: string }[];
    };
    const messages = body.warnings.map((w) => w.message);
    expect(messages).toContain(
      'Ligne 2, colonne « Responsable » : « Dumas Aurélie » est lu comme Aurélie Dumas (a quitté l’organisation) (même nom, mots dans un autre ordre).',
    );
    const name = (await new RegistryService(t.h).listPresences({})).items.find(
      (p) => p.url === ENERGIE_FB,
    )!.name;
    expect(messages).toContain(
      `Ligne 2 : l’audience de la présence ${name} (Facebook) passerait de 84\u202f213 à 80\u202f000, en baisse.`,
    );
    expect(messages).toContain(
      `Ligne 2 : la dernière activité de la présence ${name} (Facebook) reculerait du 2020-11-27 au 2019-06-01.`,
    );

    const fuzzy = (await (await app.request('/api/inventory/preview', form(FUZZY))).json()) as {
      issues: { message: string }[];
    };
    expect(fuzzy.issues.map((i) => i.message).join('\n')).toContain(
      '« A. Dumas » ne désigne personne de connu, mais ressemble à Aurélie Dumas (a quitté l’organisation)',
    );
    const values = JSON.stringify([
      { field: 'person', value: 'A. Dumas', meaning: 'aurelie.dumas@ombreval.example' },
      { field: 'unit', value: 'Énergie', meaning: 'Branche Énergie' },
    ]);
    const done = await app.request('/api/inventory/import', form(FUZZY, { values }));
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ created: 2, peopleCreated: 0, unitsCreated: 0 });
  });
});
