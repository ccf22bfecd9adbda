import { describe, expect, it } from 'vitest';
import { recogniseColumns } from './columns';
import { messyInventoryCsv } from './messy';
import type { RawTable } from './model';
import { readInventory } from './read';
import { clip, toCandidates } from './rows';

async function candidates(csv: string, options: Parameters<typeof toCandidates>[2] = {}) {
  const table = await readInventory({ name: 'inventaire.csv', bytes: new TextEncoder().encode(csv) });
  return toCandidates(table, recogniseColumns(table.headers).mapping, options);
}

describe('toCandidates: which presence a row names', () => {
  it('takes the URL, and the platform column with a handle when there is no URL', async () => {
    const r = await candidates(
      [
        'Réseau;URL;Compte',
        'Facebook;https://fr-fr.facebook.com/Avenor/about;',
        'x;;@AvenorFR',
        'Youtube;;@avenor',
        ';https://www.linkedin.com/company/avenor/;',
      ].join('\n'),
    );
    expect(r.issues).toEqual([]);
    expect(r.candidates.map((c) => [c.line, c.platform, c.handle, c.url])).toEqual([
      [2, 'facebook', 'Avenor', 'https://www.facebook.com/avenor'],
      [3, 'x', 'AvenorFR', 'https://x.com/avenorfr'],
      [4, 'youtube', '@avenor', 'https://www.youtube.com/@avenor'],
      [5, 'linkedin', 'company/avenor', 'https://www.linkedin.com/company/avenor'],
    ]);
    expect(r.candidates[1]!.key).toBe('avenorfr');
  });

  it('reads a misspelt platform with a warning naming the line', async () => {
    const r = await candidates('Réseau;Compte\nIntagram;@avenor\nFace book;avenor\n');
    expect(r.candidates.map((c) => c.platform)).toEqual(['instagram', 'facebook']);
    const fuzzy = r.warnings.filter((w) => w.code === 'inventory.platform_fuzzy');
    expect(fuzzy[0]).toMatchObject({ line: 2, column: 'Réseau', field: 'platform' });
    expect(fuzzy[0]!.message).toBe('Line 2, column "Réseau": "Intagram" read as Instagram.');
  });

  it('lets the URL win over a platform column that disagrees, with a warning', async () => {
    const r = await candidates('Réseau;URL\nFacebook;https://twitter.com/avenor\n');
    expect(r.candidates[0]).toMatchObject({ platform: 'x', handle: 'avenor' });
    expect(r.warnings[0]).toMatchObject({ code: 'inventory.platform_mismatch', line: 2 });
    expect(r.warnings[0]!.message).toContain('says Facebook but the URL is on X');
  });

  it('warns when the handle column disagrees with the URL', async () => {
    const r = await candidates('URL;Compte\nhttps://x.com/avenor;@autre\n');
    expect(r.candidates[0]!.handle).toBe('avenor');
    expect(r.warnings[0]).toMatchObject({ code: 'inventory.handle_mismatch', line: 2, column: 'Compte' });
  });

  it('keeps an unknown URL as a website, never drops it', async () => {
    const r = await candidates('URL\nhttps://blog.avenor.fr/actualites\n');
    expect(r.candidates[0]).toMatchObject({ platform: 'website', handle: null, line: 2 });
    expect(r.candidates[0]!.url).toContain('blog.avenor.fr/actualites');
    expect(r.warnings[0]).toMatchObject({ code: 'inventory.url_not_profile', line: 2 });
  });

  it('reports rows that name no presence, each with its line and column', async () => {
    const r = await candidates(
      [
        'Réseau;URL;Compte;Nom',
        ';;;Page sans lien',
        ';;@avenor;Handle sans réseau',
        'Myspacebook;;@avenor;Réseau inconnu',
        'X;;@nom avec espaces;Handle invalide',
        ';javascript:alert(1);;URL dangereuse',
      ].join('\n'),
    );
    expect(r.candidates).toEqual([]);
    // A value a mapping could explain says so; its cause stays readable as a code.
    expect(r.issues.map((i) => [i.line, i.params?.cause ?? i.code, i.column])).toEqual([
      [2, 'inventory.row_no_profile', undefined],
      [3, 'inventory.row_no_platform', 'Compte'],
      [4, 'inventory.platform_unknown_no_url', 'Réseau'],
      [5, 'inventory.handle_invalid', 'Compte'],
      [6, 'inventory.url_invalid', 'URL'],
    ]);
    expect(r.issues[0]!.message).toBe(
      'Line 2: no profile URL and no handle ("URL", "Compte"); the row names no presence.',
    );
    expect(r.issues[4]!.message).toContain('"javascript:alert(1)"');
  });
});

describe('toCandidates: values', () => {
  const HEADER =
    'URL;Nom;Entité;Responsable;Suppléant;Détenteur des accès;Langues;Statut;Abonnés;Date audience;Créé le;Dernier post;MFA;Récupération;Tags;Objectif;Notes;ID';

  it('parses every field the file gives, and only those', async () => {
    const r = await candidates(
      `${HEADER}\nhttps://x.com/avenor;Avenor;Siège;Claire Martin <claire.martin@avenor.fr>;paul.durand@avenor.fr;?;FR/EN;en sommeil;12 500 abonnés;mars 2024;04/03/2011;4 mars 2021;Oui (SMS);avenor@gmail.com;RH, marque;Recrutement;"deux\nlignes";42\n`,
      { orgDomains: ['avenor.fr'] },
    );
    expect(r.issues).toEqual([]);
    expect(r.candidates[0]).toEqual({
      line: 2,
      id: 42,
      platform: 'x',
      handle: 'avenor',
      url: 'https://x.com/avenor',
      key: 'avenor',
      name: 'Avenor',
      unit: 'Siège',
      owner: { name: 'Claire Martin', email: 'claire.martin@avenor.fr' },
      deputy: { email: 'paul.durand@avenor.fr' },
      languages: ['fr', 'en'],
      status: 'dormant',
      audience: 12_500,
      audienceOn: '2024-03-01',
      createdOn: '2011-03-04',
      lastActivityOn: '2021-03-04',
      mfa: 'on',
      recoveryContact: 'personal',
      tags: ['RH', 'marque'],
      objective: 'Recrutement',
      notes: 'deux\nlignes',
    });
    const bare = await candidates('URL\nhttps://x.com/avenor\n');
    expect(Object.keys(bare.candidates[0]!).sort()).toEqual(['handle', 'key', 'line', 'platform', 'url']);
  });

  it('reports every invalid cell of every row, with line, column, field and value', async () => {
    const r = await candidates(
      [
        'URL;Statut;Abonnés;Créé le;MFA',
        'https://x.com/a;peut-être;beaucoup;31/02/2021;oui',
        'https://x.com/b;actif;12;hier;bof',
        'https://x.com/c;actif;12;2020-01-01;oui',
      ].join('\n'),
    );
    expect(r.candidates.map((c) => c.line)).toEqual([4]);
    expect(r.issues.map((i) => [i.line, i.column, i.field, i.params?.cause, i.params?.value])).toEqual([
      [2, 'Statut', 'status', 'inventory.status_invalid', 'peut-être'],
      [2, 'Abonnés', 'audience', 'inventory.number_invalid', 'beaucoup'],
      [2, 'Créé le', 'created', 'inventory.date_invalid', '31/02/2021'],
      [3, 'Créé le', 'created', 'inventory.date_invalid', 'hier'],
      [3, 'MFA', 'mfa', 'inventory.mfa_invalid', 'bof'],
    ]);
    expect(r.issues[0]!.message).toBe(
      'Line 2, column "Statut": "peut-être" is not a status. Expected: discovered, active, dormant, abandoned, closing, redirecting, closed or archived. ' +
        'Map it once: --values "status:peut-être=…" (in the web preview: choose what it means under "Values to recognise"); the mapping is remembered for this source.',
    );
    expect(r.summary!.message).toContain(
      '--values "status:peut-être=…,audience:beaucoup=…,created:31/02/2021=…,created:hier=…,mfa:bof=…"',
    );
  });

  it('clips the value it shows', async () => {
    const long = `${'z'.repeat(200)}`;
    const r = await candidates(`URL;Statut\nhttps://x.com/a;${long}\n`);
    expect(String(r.issues[0]!.params?.value)).toHaveLength(80);
    expect(clip('abc', 80)).toBe('abc');
  });

  it('keeps hostile text as data, and removes our own formula guard', async () => {
    const r = await candidates(
      'URL;Nom;Notes;Objectif\nhttps://x.com/a;<script>alert(1)</script>;=CMD("calc");\'=HYPERLINK("x")\n',
    );
    expect(r.candidates[0]).toMatchObject({
      name: '<script>alert(1)</script>',
      notes: '=CMD("calc")',
      objective: '=HYPERLINK("x")',
    });
  });

  it('treats placeholders as blanks, except where they mean unknown', async () => {
    const r = await candidates('URL;Responsable;Abonnés;MFA;Récupération\nhttps://x.com/a;?;N/A;?;inconnu\n');
    expect(r.issues).toEqual([]);
    expect(r.candidates[0]).toMatchObject({ mfa: 'unknown', recoveryContact: 'unknown' });
    expect(r.candidates[0]!.owner).toBeUndefined();
    expect(r.candidates[0]!.audience).toBeUndefined();
  });

  it('gives the default unit to rows that name none', async () => {
    const r = await candidates('URL;Entité\nhttps://x.com/a;\nhttps://x.com/b;Siège\n', {
      defaultUnit: 'Région Est',
    });
    expect(r.candidates.map((c) => c.unit)).toEqual(['Région Est', 'Siège']);
  });

  it('reads a month-first file month first, and says so', async () => {
    const r = await candidates('URL;Créé le\nhttps://x.com/a;12/25/2019\nhttps://x.com/b;03/04/2021\n');
    expect(r.candidates.map((c) => c.createdOn)).toEqual(['2019-12-25', '2021-03-04']);
    expect(r.warnings[0]).toMatchObject({ code: 'inventory.dates_month_first' });
  });

  it('refuses text longer than the registry keeps', async () => {
    const r = await candidates(`URL;Nom\nhttps://x.com/a;${'n'.repeat(301)}\n`);
    expect(r.issues[0]).toMatchObject({ code: 'inventory.text_too_long', column: 'Nom', line: 2 });
  });

  it('reads a bio as free text, line breaks kept, up to 1,000 characters', async () => {
    const r = await candidates(
      `URL;Description\nhttps://x.com/a;"Compte officiel\r\n  ombreval.example"\nhttps://x.com/b;${'b'.repeat(1001)}\n`,
    );
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]!.bio).toBe('Compte officiel\n  ombreval.example');
    // Lines are physical: the first bio takes two.
    expect(r.issues[0]).toMatchObject({ code: 'inventory.text_too_long', column: 'Description', line: 4 });
  });

  it('passes on the rows the reader refused, and skips them', async () => {
    const table: RawTable = {
      file: 'f.csv',
      format: 'csv',
      headers: ['URL'],
      headerLine: 1,
      rows: [
        { line: 2, cells: ['https://x.com/a'] },
        { line: 3, cells: [''], invalid: true },
      ],
      issues: [{ file: 'f.csv', line: 3, code: 'inventory.field_too_long', message: 'too long' }],
      warnings: [],
    };
    const r = toCandidates(table, ['url']);
    expect(r.candidates.map((c) => c.line)).toEqual([2]);
    expect(r.issues.map((i) => i.line)).toEqual([3]);
  });
});

describe('toCandidates: a messy real-world inventory', () => {
  it('reads 2,000 rows without an error, merging nothing itself', async () => {
    const csv = messyInventoryCsv(2000, 7);
    // Its speed is measured by `npm run bench:inventory`, not here.
    const r = await candidates(csv, { orgDomains: ['avenor.fr', 'avenor.com'] });
    expect(r.issues).toEqual([]);
    expect(r.candidates).toHaveLength(2000);
    const keys = new Set(r.candidates.map((c) => `${c.platform}|${c.key}`));
    expect(keys.size).toBeLessThan(1950);
    expect(keys.size).toBeGreaterThan(1700);
    expect(new Set(r.candidates.map((c) => c.platform)).size).toBeGreaterThanOrEqual(14);
  });
});
