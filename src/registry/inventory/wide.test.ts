// Wide inventories (a row per department or brand, a column per platform), on both databases: the
// layout is recognised from the headers in French and English, each filled cell becomes a presence
// with the row's other fields, and `--map` names a column no header rule can guess.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runVigie } from '../../cli/start-testing';
import { Invalid } from '../../core/errors';
import { forEachDialect } from '../../core/testing/dialects';
import { parseMapOption, platformOfHeader, recogniseColumns } from './columns';
import { ENGLISH, FRENCH } from './fixtures/values';
import { WIDE_BAD, WIDE_EN, WIDE_FR, WIDE_FR_PRESENCES } from './fixtures/wide';
import { splitAccounts } from './rows';
import { importInventory, previewInventory } from './service';
import { parseValuesOption } from './valuemap';

const enc = (s: string) => new TextEncoder().encode(s);
const FR_FILE = 'Comptes des services - Brives.csv';

async function xlsxOf(rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Réseaux');
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the wide layout, from headers', () => {
  it('reads a platform column from its header, in French and English', () => {
    const named: [string, string | null][] = [
      ['Twitter', 'x'],
      ['Compte Twitter', 'x'],
      ['Page Facebook', 'facebook'],
      ['Chaîne YouTube', 'youtube'],
      ['YouTube channel', 'youtube'],
      ['LinkedIn URL', 'linkedin'],
      ['Lien LinkedIn', 'linkedin'],
      ['Instagram FR', 'instagram'],
      ['@ Mastodon', 'mastodon'],
      ['Compte Bluesky 2', 'bluesky'],
      ['Site web', 'website'],
      // Not columns of accounts: an audience, a one-letter name, ordinary fields.
      ['Abonnés Twitter', null],
      ['Compte X', null],
      ['Compte', null],
      ['Réseau', null],
      ['Nom', null],
      ['Langue', null],
    ];
    expect(named.map(([h]) => [h, platformOfHeader(h)])).toEqual(named);
  });

  it('calls a file wide only when a social platform has a column; a long file stays long', () => {
    const headers = WIDE_FR.split('\n')[0]!.split(';');
    const wide = recogniseColumns(headers);
    expect(wide.layout).toBe('wide');
    expect(wide.platforms).toEqual([
      null,
      null,
      null,
      'x',
      'facebook',
      'youtube',
      'instagram',
      'mastodon',
      'linkedin',
      'website',
    ]);
    expect(wide.mapping.slice(0, 3)).toEqual(['unit', 'owner', 'language']);
    expect(wide.issues).toEqual([]);

    for (const file of [FRENCH, ENGLISH]) {
      const first = file.split('\n')[0]!;
      const long = recogniseColumns(first.split(first.includes(';') ? ';' : ','));
      expect(long.layout).toBe('long');
      expect(long.platforms.every((p) => p === null)).toBe(true);
    }
    // "Site web" alone is a long file's URL column, not a website's column.
    const site = recogniseColumns(['Nom', 'Site web']);
    expect([site.layout, site.mapping]).toEqual(['long', ['name', 'url']]);
  });

  it('sets aside a column that names one presence in a wide file, and refuses one the person mapped', () => {
    const cols = recogniseColumns(['Brand', 'X account', 'Facebook', 'URL']);
    expect(cols.layout).toBe('wide');
    expect(cols.mapping).toEqual(['unit', null, null, null]);
    expect(cols.warnings.map((w) => [w.code, w.params?.column])).toEqual([
      ['inventory.wide_column_ignored', 'X account'],
      ['inventory.wide_column_ignored', 'URL'],
    ]);
    const mapped = recogniseColumns(['Brand', 'X account', 'Facebook'], parseMapOption('X account=x'));
    expect(mapped.platforms).toEqual([null, 'x', 'facebook']);
    const conflict = recogniseColumns(['Brand', 'Link', 'Facebook'], parseMapOption('Link=url'));
    expect(conflict.issues.map((i) => [i.code, i.column])).toEqual([
      ['inventory.wide_long_conflict', 'Link'],
    ]);
  });

  it('reads a platform in --map by id or by name, and names what it cannot read', () => {
    expect(parseMapOption('Compte X=x,Page FB=facebook,Chaîne=YouTube,Insta=platform:instagram')).toEqual({
      'Compte X': 'platform:x',
      'Page FB': 'platform:facebook',
      Chaîne: 'platform:youtube',
      Insta: 'platform:instagram',
    });
    const e = (() => {
      try {
        parseMapOption('Compte=Myspacebook');
      } catch (err) {
        return err as Invalid;
      }
    })();
    expect(e).toBeInstanceOf(Invalid);
    expect(e?.message).toContain('"Myspacebook" (for column "Compte") is neither a field nor a platform');
  });

  it('splits a cell holding several accounts, never a name with spaces', () => {
    expect(splitAccounts('@BrivesTourisme\n@VisitBrives')).toEqual(['@BrivesTourisme', '@VisitBrives']);
    expect(splitAccounts('@a; @b, @c | @d / @e')).toEqual(['@a', '@b', '@c', '@d', '@e']);
    expect(splitAccounts('Voirie de Brives')).toEqual(['Voirie de Brives']);
    expect(splitAccounts('https://x.com/a/b')).toEqual(['https://x.com/a/b']);
    expect(splitAccounts('-')).toEqual([]);
    expect(splitAccounts('  n/a ')).toEqual([]);
  });
});

forEachDialect((t) => {
  it('imports a French wide inventory whole, its new value mapped once and remembered', async () => {
    // 1. The preview shows the layout, each column's platform, and the value to map.
    const p = await previewInventory(t.h, { name: FR_FILE, bytes: enc(WIDE_FR) });
    expect(p.layout).toBe('wide');
    expect(p.columns.map((c) => c.platform ?? c.field)).toEqual([
      'unit',
      'owner',
      'language',
      'x',
      'facebook',
      'youtube',
      'instagram',
      'mastodon',
      'linkedin',
      'website',
    ]);
    expect(p.values.map((v) => [v.field, v.value, v.count, v.lines])).toEqual([
      ['language', 'Multilingue', 1, [4]],
    ]);
    expect(p.warnings.map((w) => w.code)).toContain('inventory.wide_rows_empty');
    // Line 6: the tourist office's Twitter cell holds two accounts on two lines of the file.
    expect(p.warnings.find((w) => w.code === 'inventory.wide_rows_empty')?.params).toMatchObject({
      count: 1,
      lines: '6',
    });

    // 2. Unmapped, the import is refused whole, naming the value and how to map it.
    await expect(
      importInventory(t.h, 'tester', { name: FR_FILE, bytes: enc(WIDE_FR) }),
    ).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ code: 'inventory.values_to_map' })]),
    });
    expect(await t.h.db.selectFrom('presences').select('id').execute()).toEqual([]);

    // 3. Mapped, every filled cell is a presence with the row's unit, owner and languages.
    const r = await importInventory(
      t.h,
      'tester',
      { name: FR_FILE, bytes: enc(WIDE_FR) },
      { values: parseValuesOption('language:Multilingue=fr/en') },
    );
    expect(r).toMatchObject({ rows: 4, created: 16, rejected: 0, mappingsRemembered: 1 });
    const rows = await t.h.db
      .selectFrom('presences')
      .leftJoin('units', 'units.id', 'presences.unit_id')
      .leftJoin('people', 'people.id', 'presences.owner_id')
      .select([
        'presences.platform',
        'presences.handle_key',
        'units.name as unit',
        'people.name as owner',
        'presences.languages',
      ])
      .orderBy('presences.id')
      .execute();
    expect(rows.map((x) => [x.platform, x.handle_key])).toEqual(WIDE_FR_PRESENCES);
    expect(rows.slice(0, 7).every((x) => x.unit === 'Mairie de Brives' && x.owner === 'Claire Martin')).toBe(
      true,
    );
    expect(JSON.parse(rows[0]!.languages)).toEqual(['fr', 'en']);
    expect(rows.slice(10).every((x) => x.unit === 'Office de tourisme' && x.owner === 'Inès Robert')).toBe(
      true,
    );
    expect(JSON.parse(rows[15]!.languages)).toEqual(['fr', 'en']);

    // 4. The same file next month: the mapping is remembered, nothing is created twice.
    const again = await importInventory(t.h, 'tester', { name: FR_FILE, bytes: enc(WIDE_FR) });
    expect(again).toMatchObject({ created: 0, unchanged: 16, rejected: 0 });
  });

  it('imports an English wide workbook; --map names the column no rule can guess', async () => {
    const bytes = await xlsxOf(WIDE_EN);
    const without = await previewInventory(t.h, { name: 'brands.xlsx', bytes });
    expect(without.plan.create).toBe(6);
    expect(without.warnings.map((w) => [w.code, w.params?.column])).toContainEqual([
      'inventory.wide_column_ignored',
      'X account',
    ]);
    const r = await importInventory(
      t.h,
      'tester',
      { name: 'brands.xlsx', bytes },
      { map: parseMapOption('X account=x') },
    );
    expect(r).toMatchObject({ rows: 2, created: 8, rejected: 0 });
    const rows = await t.h.db
      .selectFrom('presences')
      .select(['platform', 'handle', 'url', 'languages'])
      .orderBy('id')
      .execute();
    expect(rows.map((x) => [x.platform, x.handle])).toEqual([
      ['x', 'NorthfieldParks'],
      ['facebook', 'northfieldparks'],
      ['youtube', '@northfieldparks'],
      ['instagram', 'northfieldparks'],
      ['mastodon', 'parks@mastodon.social'],
      ['linkedin', 'company/northfield-parks'],
      ['x', 'NorthfieldLib'],
      ['youtube', 'channel/UCa1B2c3D4e5F6g7H8i9J0kL'],
    ]);
    expect(rows[4]!.url).toBe('https://mastodon.social/@parks');
    expect(JSON.parse(rows[7]!.languages)).toEqual(['fr', 'en']);
  });

  it('refuses a row whose cell is not an account, naming line, column and value', async () => {
    const source = { name: 'services.csv', bytes: enc(WIDE_BAD) };
    const p = await previewInventory(t.h, source);
    expect(p.issues.map((i) => [i.code, i.line, i.column, i.params?.value])).toEqual([
      ['inventory.handle_invalid', 2, 'Facebook', 'Voirie de Brives'],
    ]);
    expect(p.issues[0]!.message).toBe(
      'Line 2, column "Facebook": "Voirie de Brives" is not a valid Facebook handle.',
    );
    await expect(importInventory(t.h, 'tester', source)).rejects.toBeInstanceOf(Invalid);
    // The row is refused whole (its good Twitter account too); the others import.
    const r = await importInventory(t.h, 'tester', source, { skipInvalid: true });
    expect(r).toMatchObject({ created: 2, rejected: 1 });
  });
});

describe('vigie presences import, wide', { timeout: 120_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-wide-'));
  const db = `sqlite:${path.join(dir, 'cli.db')}`;
  const vigie = (...args: string[]) =>
    runVigie(['--db', db, ...args], { LANG: 'fr_FR.UTF-8', VIGIE_LANG: '' });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('says the layout, takes --map for a platform column, and names a bad one', async () => {
    const file = path.join(dir, 'marques.xlsx');
    fs.writeFileSync(file, await xlsxOf(WIDE_EN));
    const bad = vigie('presences', 'import', file, '--map', 'X account=Myspacebook');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      '« Myspacebook » (pour la colonne « X account ») n’est ni un champ ni une plateforme',
    );

    const done = vigie('presences', 'import', file, '--map', 'X account=x');
    expect(done.code).toBe(0);
    expect(done.out).toContain(
      'Une ligne par personne ou marque, une colonne par plateforme : "X account" → X, "Facebook" → Facebook',
    );
    expect(done.out).toContain('Présences créées : 8, mises à jour : 0');
  });
});
