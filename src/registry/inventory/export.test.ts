import { PassThrough, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Presence } from '../model';
import { resolveProfile } from '../urls/resolve';
import { recogniseColumns } from './columns';
import { exportRows, writeCsv, writeJson, writeXlsx } from './export';
import type { CandidateRow, InventoryFormat } from './model';
import { readInventory } from './read';
import { toCandidates } from './rows';

function presence(id: number, input: string, fields: Partial<Presence> = {}): Presence {
  const r = resolveProfile(input);
  if (!r) throw new Error(`fixture does not resolve: ${input}`);
  return {
    id,
    platform: r.platform,
    handle: r.handle,
    url: r.url,
    name: null,
    unitId: null,
    unit: null,
    ownerId: null,
    owner: null,
    ownerLeft: false,
    deputyId: null,
    deputy: null,
    custodianId: null,
    custodian: null,
    objective: null,
    status: 'active',
    languages: [],
    audience: null,
    audienceOn: null,
    createdOn: null,
    lastActivityOn: null,
    mfa: 'unknown',
    recoveryContact: 'unknown',
    tags: [],
    notes: null,
    bio: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    version: 1,
    ...fields,
  };
}

const REGISTRY: Presence[] = [
  presence(1, 'https://www.facebook.com/avenor', {
    name: 'Avenor — page officielle',
    unit: 'Direction de la communication',
    owner: 'Claire Martin',
    deputy: 'Paul Durand',
    custodian: 'Inès Moreau',
    objective: 'Notoriété; marque employeur',
    status: 'dormant',
    languages: ['fr', 'en'],
    audience: 12_500,
    audienceOn: '2024-03-01',
    createdOn: '2011-03-04',
    lastActivityOn: '2023-12-25',
    mfa: 'on',
    recoveryContact: 'corporate',
    tags: ['marque', 'RH'],
    notes: 'Deux lignes\n"citées" ; avec séparateurs, virgules',
    bio: 'Compte officiel d’Avenor 🌱\nNos offres : https://avenor.example/offres ; le reste, ici.',
  }),
  presence(2, 'https://x.com/AvenorFR', {
    name: '=CMD("calc")',
    unit: '@équipe',
    notes: '-1 abonné; +2 ; <script>alert(1)</script>',
    status: 'closing',
    mfa: 'off',
    recoveryContact: 'personal',
    objective: "'=déjà protégé",
    bio: '@avenor_sav pour le service client, +33 1 23 45 67 89',
  }),
  presence(3, 'https://www.linkedin.com/company/avenor-group', { status: 'redirecting', audience: 0 }),
  presence(4, 'https://blog.avenor.fr/actualites', { status: 'archived', name: 'Blog' }),
  presence(5, 'https://plus.google.com/+Avenor', { status: 'closed' }),
  presence(6, 'https://www.youtube.com/@avenor', { status: 'discovered', languages: ['fr-CA'] }),
  presence(7, 'https://mastodon.social/@avenor', { status: 'abandoned' }),
];

/** Collects what a writer writes. */
function sink(): { out: PassThrough; bytes: () => Promise<Uint8Array> } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => out.on('end', () => resolve()));
  const bytes = async () => {
    await ended;
    return new Uint8Array(Buffer.concat(chunks));
  };
  return { out, bytes };
}

const WRITERS = { csv: writeCsv, xlsx: writeXlsx, json: writeJson } as const;

async function exported(
  format: InventoryFormat,
  locale: 'en' | 'fr',
  presences = REGISTRY,
): Promise<Uint8Array> {
  const { out, bytes } = sink();
  await WRITERS[format](presences, out, { locale });
  return bytes();
}

/** What a presence becomes after a trip through an export: the fields it gives. */
function expectedCandidate(p: Presence, line: number): CandidateRow {
  const c: CandidateRow = { line, id: p.id, platform: p.platform, handle: p.handle, url: p.url, key: '' };
  if (p.name) c.name = p.name;
  if (p.unit) c.unit = p.unit;
  if (p.owner) c.owner = { name: p.owner };
  if (p.deputy) c.deputy = { name: p.deputy };
  if (p.custodian) c.custodian = { name: p.custodian };
  if (p.languages.length) c.languages = p.languages;
  c.status = p.status;
  if (p.audience !== null) c.audience = p.audience;
  if (p.audienceOn) c.audienceOn = p.audienceOn;
  if (p.createdOn) c.createdOn = p.createdOn;
  if (p.lastActivityOn) c.lastActivityOn = p.lastActivityOn;
  c.mfa = p.mfa;
  c.recoveryContact = p.recoveryContact;
  if (p.tags.length) c.tags = p.tags;
  if (p.objective) c.objective = p.objective;
  if (p.notes) c.notes = p.notes;
  if (p.bio) c.bio = p.bio;
  return c;
}

describe('an export re-imports to the same registry', () => {
  for (const format of ['csv', 'xlsx', 'json'] as const) {
    for (const locale of ['en', 'fr'] as const) {
      it(`${format}, ${locale}`, async () => {
        const bytes = await exported(format, locale);
        const table = await readInventory({ name: `export.${format}`, bytes });
        const cols = recogniseColumns(table.headers);
        expect(cols.unknown).toEqual([]);
        expect(cols.issues).toEqual([]);
        const r = toCandidates(table, cols.mapping, {});
        expect(r.issues).toEqual([]);
        expect(r.warnings).toEqual([]);
        // Lines are the file's own: the first presence's notes and bio take three lines in a CSV.
        const lines = table.rows.map((row) => row.line);
        expect(lines).toEqual(
          format === 'json'
            ? [1, 2, 3, 4, 5, 6, 7]
            : format === 'csv'
              ? [2, 5, 6, 7, 8, 9, 10]
              : [2, 3, 4, 5, 6, 7, 8],
        );
        const keys = REGISTRY.map((p) => resolveProfile(p.url)!.key);
        expect(r.candidates).toEqual(
          REGISTRY.map((p, i) => ({ ...expectedCandidate(p, lines[i]!), key: keys[i] })),
        );
      });
    }
  }

  it('gives back every value the formula guard touches, in CSV', async () => {
    const values = ['=1+1', "'=x", "''=x", '@sum', '-2', '+33 1 23', "'plain"];
    const presences = values.map((v, i) =>
      presence(i + 1, `https://x.com/avenor${i}`, { name: v, notes: v, objective: v, bio: v }),
    );
    for (const locale of ['en', 'fr'] as const) {
      const bytes = await exported('csv', locale, presences);
      // What a spreadsheet sees: no cell starts a formula.
      expect(Buffer.from(bytes).toString('utf8')).not.toMatch(/(^|[,;\n])[=+\-@]/);
      const table = await readInventory({ name: 'export.csv', bytes });
      const r = toCandidates(table, recogniseColumns(table.headers).mapping, {});
      expect(r.issues).toEqual([]);
      for (const [i, v] of values.entries())
        expect(r.candidates[i], `${locale} ${v}`).toMatchObject({ name: v, notes: v, objective: v, bio: v });
    }
  });

  it('an empty registry exports headers that read back with no rows', async () => {
    const bytes = await exported('csv', 'fr', []);
    const table = await readInventory({ name: 'vide.csv', bytes });
    expect(table.rows).toEqual([]);
    expect(recogniseColumns(table.headers).unknown).toEqual([]);
  });
});

describe('writeCsv', () => {
  it('writes UTF-8 with a BOM, CRLF, and the locale’s delimiter', async () => {
    const en = Buffer.from(await exported('csv', 'en')).toString('utf8');
    const fr = Buffer.from(await exported('csv', 'fr')).toString('utf8');
    expect(en.startsWith('\ufeffID,Platform,Handle,URL,Name,')).toBe(true);
    expect(fr.startsWith('\ufeffID;Plateforme;Identifiant;URL;Nom;')).toBe(true);
    expect(en.split('\r\n')).toHaveLength(REGISTRY.length + 2);
    expect(fr).toContain(';en sommeil;');
    expect(fr).toContain(';oui;professionnel;');
  });

  it('neutralises every cell a spreadsheet would run as a formula', async () => {
    const en = Buffer.from(await exported('csv', 'en')).toString('utf8');
    expect(en).toContain(`,"'=CMD(""calc"")",'@équipe,`);
    expect(en).toContain(
      `,'-1 abonné; +2 ; <script>alert(1)</script>,"'@avenor_sav pour le service client, +33 1 23 45 67 89"\r\n`,
    );
    expect(en).toContain(`''=déjà protégé`);
    expect(en).not.toMatch(/(^|[,\n])[=+\-@]/);
  });

  it('respects back-pressure and leaves the stream open when asked', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...REGISTRY[0]!, id: i + 1 }));
    let size = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        size += chunk.length;
        setImmediate(done);
      },
    });
    await writeCsv(many, slow, { end: false });
    expect(slow.writableEnded).toBe(false);
    expect(size).toBeGreaterThan(3000 * 100);
    slow.end();
  });

  it('takes an async iterable, so a registry can be streamed from the database', async () => {
    async function* rows() {
      yield REGISTRY[0]!;
      yield REGISTRY[1]!;
    }
    const { out, bytes } = sink();
    await writeCsv(rows(), out);
    expect(
      Buffer.from(await bytes())
        .toString('utf8')
        .split('\r\n'),
    ).toHaveLength(4);
  });
});

describe('writeXlsx', () => {
  it('writes a sheet with a bold, frozen, filtered header and typed cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exported('xlsx', 'fr')) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Présences');
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getCell('A2').value).toBe(1);
    expect(ws.getCell('L2').value).toBe(12_500);
    expect(ws.getCell('N2').value).toEqual(new Date(Date.UTC(2011, 2, 4)));
    // Strings stay strings: no formula is ever written.
    expect(ws.getCell('E3').value).toBe('=CMD("calc")');
  });
});

describe('writeJson', () => {
  it('writes the vigie-inventory envelope with typed presences', async () => {
    const { out, bytes } = sink();
    await writeJson(REGISTRY.slice(0, 2), out, { exportedAt: new Date('2024-05-01T10:00:00Z') });
    const doc = JSON.parse(Buffer.from(await bytes()).toString('utf8'));
    expect(doc).toMatchObject({
      format: 'vigie-inventory',
      version: 1,
      exportedAt: '2024-05-01T10:00:00.000Z',
    });
    expect(doc.presences).toHaveLength(2);
    expect(doc.presences[0]).toMatchObject({
      id: 1,
      platform: 'facebook',
      languages: ['fr', 'en'],
      audience: 12500,
    });
    expect(doc.presences[1].name).toBe('=CMD("calc")');
    expect(doc.presences[1].bio).toBe('@avenor_sav pour le service client, +33 1 23 45 67 89');
    expect(doc.presences[0].bio).toContain('\n');
  });

  it('writes an empty list for an empty registry', async () => {
    const { out, bytes } = sink();
    await writeJson([], out);
    expect(JSON.parse(Buffer.from(await bytes()).toString('utf8')).presences).toEqual([]);
  });
});

describe('exportRows', () => {
  it('gives the export as text cells', () => {
    const t = exportRows(REGISTRY.slice(0, 1), { locale: 'fr' });
    expect(t.headers.slice(0, 5)).toEqual(['ID', 'Plateforme', 'Identifiant', 'URL', 'Nom']);
    expect(t.rows[0]!.slice(0, 3)).toEqual(['1', 'Facebook', 'avenor']);
    expect(t.rows[0]![t.fields.indexOf('status')]).toBe('en sommeil');
  });
});
