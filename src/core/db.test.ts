import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from './config';
import { containsText, migrate, pgFolded, searchRegex } from './db';
import { forEachDialect } from './testing/dialects';
import { foldForSearch, SEARCH_FOLDS } from './text';

describe('parseDatabaseUrl', () => {
  it('reads PostgreSQL URLs', () => {
    expect(parseDatabaseUrl('postgres://u:p@h:5432/db')).toEqual({
      dialect: 'postgres',
      url: 'postgres://u:p@h:5432/db',
    });
    expect(parseDatabaseUrl('postgresql://h/db').dialect).toBe('postgres');
  });
  it('reads SQLite forms', () => {
    expect(parseDatabaseUrl('sqlite:./data/x.db')).toMatchObject({ dialect: 'sqlite' });
    expect(parseDatabaseUrl('sqlite:/tmp/a.db')).toEqual({ dialect: 'sqlite', file: '/tmp/a.db' });
    expect(parseDatabaseUrl('/tmp/b.db')).toEqual({ dialect: 'sqlite', file: '/tmp/b.db' });
    expect(parseDatabaseUrl(':memory:')).toEqual({ dialect: 'sqlite', file: ':memory:' });
  });
});

forEachDialect((t) => {
  it('migrates once, then has nothing left to do', async () => {
    expect(await migrate(t.h)).toEqual([]);
    const tables = await t.h.db.introspection.getTables();
    expect(tables.map((x) => x.name)).toEqual(
      expect.arrayContaining([
        'organisation',
        'units',
        'people',
        'presences',
        'changes',
        'inventory_imports',
      ]),
    );
  });

  it('stores large audiences as numbers and keeps text as given', async () => {
    const at = new Date().toISOString();
    await t.h.db
      .insertInto('presences')
      .values({
        platform: 'x',
        handle: 'a',
        handle_key: 'a',
        url: 'https://x.com/a',
        name: '<script>alert(1)</script> é',
        unit_id: null,
        owner_id: null,
        deputy_id: null,
        custodian_id: null,
        objective: null,
        status: 'active',
        languages: '[]',
        audience: 3_000_000_000,
        audience_on: null,
        created_on: null,
        last_activity_on: null,
        mfa: 'unknown',
        recovery_contact: 'unknown',
        tags: '[]',
        notes: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const row = await t.h.db.selectFrom('presences').selectAll().executeTakeFirstOrThrow();
    expect(row.audience).toBe(3_000_000_000);
    expect(row.name).toBe('<script>alert(1)</script> é');
  });
});

// Searches fold case and accents alike on both databases: the same rows as foldForSearch in JS.
describe('containsText', () => {
  const CORPUS = [
    'Énergie',
    'ÉNERGIE',
    'énergie',
    'energie',
    'Direction de l’Énergie',
    'Œuvre sociale',
    'OEUVRE',
    'cœur',
    'L’eau vive',
    "l'eau",
    'Straße',
    'STRASSE',
    'sßs',
    'ssß',
    'Ĳssel',
    'Æther',
    'Façade',
    'ÇA',
    'naïve',
    'Noël',
    'e\u0301te\u0301',
    '100% vélo',
    '1000 vélos',
    'a_b',
    'axb',
    'A\\B',
    'Łódź',
    'Ørsted',
    'Москва',
    'ﬁnance',
    's'.repeat(30),
  ];
  const NEEDLES = [
    ...CORPUS,
    'energie',
    'énergie',
    'ÉNERGIE',
    'Energie',
    'oe',
    'œ',
    'eu',
    'o',
    'e',
    'coe',
    "l'eau",
    'L’EAU',
    "'",
    's',
    'ss',
    'sss',
    'ssss',
    'ßs',
    's'.repeat(26),
    'ij',
    'j',
    'ae',
    'ca',
    'ç',
    'naive',
    'ete',
    'été',
    'e\u0301',
    '%',
    '_',
    '\\',
    '100%',
    'a_b',
    'lodz',
    'orsted',
    'москва',
    'fi',
    'ﬁ',
    '[e]',
    '.*',
    '(',
  ];

  it('folds case, accents, ligatures and apostrophes, and nothing else', () => {
    for (const [s, plain] of [
      ['Énergie', 'energie'],
      ['ÉNERGIE', 'energie'],
      ['Œuvre', 'oeuvre'],
      ['Straße', 'strasse'],
      ['L’eau', "l'eau"],
      ['Ça naïve', 'ca naive'],
      ['e\u0301te\u0301', 'ete'],
      ['100%_\\', '100%_\\'],
    ])
      expect(foldForSearch(s!)).toBe(plain);
    // PostgreSQL may apply the table before lower() knows the letter (C locale): both give the same.
    for (const [ch, plain] of SEARCH_FOLDS) expect(foldForSearch(ch)).toBe(plain);
  });

  it('gives up the regular expression for needles of many overlapping pairs only', () => {
    expect(searchRegex('s'.repeat(26))).toBeNull();
    expect(searchRegex('sssss')).not.toBeNull();
    expect(searchRegex('')).toBe('');
  });

  forEachDialect((t) => {
    const setUp = async () => {
      await sql`create table probe (id integer primary key, s text)`.execute(t.h.db);
      for (const [i, s] of CORPUS.entries())
        await sql`insert into probe (id, s) values (${i}, ${s})`.execute(t.h.db);
      await sql`insert into probe (id, s) values (${CORPUS.length}, null)`.execute(t.h.db);
    };
    const expected = (needle: string) =>
      CORPUS.flatMap((s, i) => (foldForSearch(s).includes(foldForSearch(needle)) ? [i] : []));
    const found = async (needle: string) =>
      (
        await sql<{
          id: number;
        }>`select id from probe where ${containsText(t.dialect, 's', needle)} order by id`.execute(t.h.db)
      ).rows.map((r) => r.id);

    it('finds what foldForSearch finds, for every needle', async () => {
      await setUp();
      for (const needle of NEEDLES)
        expect({ needle, ids: await found(needle) }).toEqual({ needle, ids: expected(needle) });
      const named = async (q: string) => (await found(q)).map((i) => CORPUS[i]);
      expect(await named('energie')).toEqual([
        'Énergie',
        'ÉNERGIE',
        'énergie',
        'energie',
        'Direction de l’Énergie',
      ]);
      for (const q of ['énergie', 'ÉNERGIE', 'Energie'])
        expect(await named(q)).toEqual(await named('energie'));
      expect(await named('oe')).toEqual(expect.arrayContaining(['Œuvre sociale', 'OEUVRE', 'cœur']));
      expect(await named("l'eau")).toEqual(['L’eau vive', "l'eau"]);
      expect(await named('%')).toEqual(['100% vélo']);
      expect(await named('_')).toEqual(['a_b']);
      expect(await named('a_b')).toEqual(['a_b']);
    });

    it('finds what foldForSearch finds in random mixes of ligatures, accents and pairs', async () => {
      // Where PostgreSQL's expression could go wrong: œ/oe, ß/ss runs, accents typed decomposed.
      const letters = [
        's',
        'S',
        'ß',
        'o',
        'e',
        'É',
        'é',
        'œ',
        'Œ',
        'a',
        'æ',
        'i',
        'j',
        'ĳ',
        '\u0301',
        "'",
        '’',
        ' ',
      ];
      let seed = 12;
      const pick = <T>(xs: T[]) => {
        // xorshift32: the low bits of a plain LCG repeat too soon.
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return xs[(seed >>> 0) % xs.length]!;
      };
      const word = (max: number) =>
        Array.from({ length: 1 + (pick([0, 1, 2, 3, 4, 5, 6, 7]) % max) }, () => pick(letters)).join('');
      const texts = Array.from({ length: 60 }, () => word(8));
      await sql`create table mix (id integer primary key, s text)`.execute(t.h.db);
      for (const [i, s] of texts.entries())
        await sql`insert into mix (id, s) values (${i}, ${s})`.execute(t.h.db);
      for (let round = 0; round < 60; round++) {
        const needle = word(5);
        const { rows } = await sql<{
          id: number;
        }>`select id from mix where ${containsText(t.dialect, 's', needle)} order by id`.execute(t.h.db);
        const want = texts.flatMap((s, i) => (foldForSearch(s).includes(foldForSearch(needle)) ? [i] : []));
        expect({ needle, ids: rows.map((r) => r.id) }).toEqual({ needle, ids: want });
      }
    });

    if (t.dialect === 'postgres') {
      it('folds a column on PostgreSQL as foldForSearch does (the fallback)', async () => {
        await setUp();
        const { rows } = await sql<{
          s: string | null;
          f: string | null;
        }>`select s, ${pgFolded('s')} as f from probe order by id`.execute(t.h.db);
        for (const r of rows) expect(r.f).toBe(r.s === null ? null : foldForSearch(r.s));
      });
    }
  });
});
