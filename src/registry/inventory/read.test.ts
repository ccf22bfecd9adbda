import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import { detectDelimiter } from '../../core/parse/delimiter';
import { lieAboutCount, lieAboutSize, readZipLayout, sizeLies, writeZip } from '../../core/testing/zip';
import { localiseError } from '../../messages';
import { jsonErrorOffset, lineColumn, readInventory } from './read';

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (name: string, bytes: Uint8Array, options = {}) => readInventory({ name, bytes }, options);

/** The Invalid a read throws (fails the test when it does not throw one). */
async function failure(name: string, bytes: Uint8Array, options = {}): Promise<Invalid> {
  try {
    await read(name, bytes, options);
  } catch (e) {
    if (e instanceof Invalid) return e;
    throw e;
  }
  throw new Error('expected the read to fail');
}

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A ZIP archive holding stored (uncompressed) files. */
const zip = (files: Record<string, string>) => new Uint8Array(writeZip(files, { stored: true }).buf);

describe('readInventory: CSV', () => {
  it('gives each row the line a person sees, across quoted line breaks and blank lines', async () => {
    const csv = [
      '\ufeffRéseau;URL;Notes',
      'Facebook;https://facebook.com/avenor;"deux',
      'lignes"',
      '',
      ';;',
      'X;https://x.com/avenor;"une ; virgule"',
      'Instagram;instagram.com/avenor;"trois',
      '',
      'lignes"',
      'LinkedIn;linkedin.com/company/avenor;',
    ].join('\r\n');
    const t = await read('inventaire.csv', utf8(csv));
    expect(t).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', headerLine: 1 });
    expect(t.headers).toEqual(['Réseau', 'URL', 'Notes']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 6, 7, 10]);
    expect(t.rows[0]!.cells).toEqual(['Facebook', 'https://facebook.com/avenor', 'deux\r\nlignes']);
    expect(t.rows[1]!.cells[2]).toBe('une ; virgule');
    expect(t.issues).toEqual([]);
  });

  it('counts lines in files with old Mac line ends', async () => {
    const t = await read('mac.csv', utf8('URL,Nom\r\rhttps://x.com/a,"A\rB"\rhttps://x.com/b,B'));
    expect(t.rows.map((r) => r.line)).toEqual([3, 5]);
  });

  it.each([
    [',', 'URL,Nom,Entité\nhttps://x.com/a,"Avenor, SA",Siège\n'],
    [';', 'URL;Nom;Entité\nhttps://x.com/a;Avenor, SA;Siège\n'],
    ['\t', 'URL\tNom\tEntité\nhttps://x.com/a\tAvenor, SA\tSiège\n'],
    ['|', 'URL|Nom|Entité\nhttps://x.com/a|Avenor, SA|Siège\n'],
  ])('detects the delimiter %j', async (delimiter, csv) => {
    expect(detectDelimiter(csv)).toBe(delimiter);
    const t = await read('f.csv', utf8(csv));
    expect(t.rows[0]!.cells).toEqual(['https://x.com/a', 'Avenor, SA', 'Siège']);
  });

  it('reads a file with a single column', async () => {
    const t = await read('urls.csv', utf8('URL\nhttps://x.com/a\nhttps://x.com/b\n'));
    expect(t.headers).toEqual(['URL']);
    expect(t.rows).toHaveLength(2);
  });

  it('reads Windows-1252 when the bytes are not UTF-8', async () => {
    const bytes = iconv.encode('Entité;Réseau;Notes\nDirection générale;Facebook;€ « ok »\n', 'windows-1252');
    const t = await read('excel-fr.csv', new Uint8Array(bytes));
    expect(t.encoding).toBe('windows-1252');
    expect(t.headers).toEqual(['Entité', 'Réseau', 'Notes']);
    expect(t.rows[0]!.cells).toEqual(['Direction générale', 'Facebook', '€ « ok »']);
  });

  it.each(['utf-16le', 'utf-16be'] as const)('reads %s with a BOM', async (encoding) => {
    const bytes = iconv.encode('URL\tNom\r\nhttps://x.com/a\tÉquipe\r\n', encoding, { addBOM: true });
    const t = await read('unicode.txt', new Uint8Array(bytes));
    expect(t).toMatchObject({ format: 'csv', encoding, delimiter: '\t' });
    expect(t.rows[0]!.cells).toEqual(['https://x.com/a', 'Équipe']);
  });

  it('reads UTF-16 without a BOM', async () => {
    const bytes = iconv.encode('URL;Nom\nhttps://x.com/a;Équipe\n', 'utf-16le');
    const t = await read('sans-bom.csv', new Uint8Array(bytes));
    expect(t.encoding).toBe('utf-16le');
    expect(t.rows[0]!.cells).toEqual(['https://x.com/a', 'Équipe']);
  });

  it('keeps formulas and HTML as text', async () => {
    const t = await read(
      'hostile.csv',
      utf8('URL;Nom;Notes\nhttps://x.com/a;=CMD("calc");<script>alert(1)</script>\n'),
    );
    expect(t.rows[0]!.cells).toEqual(['https://x.com/a', '=CMD("calc")', '<script>alert(1)</script>']);
  });

  it('pads short rows and drops empty trailing columns', async () => {
    const t = await read('f.csv', utf8('URL;Nom;;\nhttps://x.com/a\nhttps://x.com/b;B;;\n'));
    expect(t.headers).toEqual(['URL', 'Nom']);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['https://x.com/a', ''],
      ['https://x.com/b', 'B'],
    ]);
  });

  it('flags every row with more cells than headers', async () => {
    const t = await read(
      'f.csv',
      utf8('URL;Abonnés\nhttps://x.com/a;1 234;5\nhttps://x.com/b;12\nhttps://x.com/c;1;2;3\n'),
    );
    expect(t.rows.map((r) => r.invalid ?? false)).toEqual([true, false, true]);
    expect(t.issues.map((i) => [i.code, i.line])).toEqual([
      ['inventory.too_many_cells', 2],
      ['inventory.too_many_cells', 4],
    ]);
    expect(t.issues[0]).toMatchObject({ file: 'f.csv' });
    expect(t.issues[0]!.message).toContain('Line 2: 3 cells for 2 columns');
  });

  it('refuses an unterminated quote, naming the line where it opens', async () => {
    const e = await failure(
      'f.csv',
      utf8('URL;Notes\nhttps://x.com/a;ok\nhttps://x.com/b;"jamais fermé\nhttps://x.com/c;x\n'),
    );
    expect(e.code).toBe('inventory.csv_unterminated_quote');
    expect(e.issues[0]).toMatchObject({ file: 'f.csv' });
    expect(e.message).toBe('f.csv, line 3: a quoted value is never closed (missing ").');
  });

  it('refuses a field longer than the limit, without keeping it', async () => {
    const t = await read(
      'f.csv',
      utf8(`URL;Notes\nhttps://x.com/a;${'x'.repeat(50)}\nhttps://x.com/b;ok\n`),
      {
        maxFieldLength: 20,
      },
    );
    expect(t.rows[0]).toMatchObject({ line: 2, invalid: true, cells: ['https://x.com/a', ''] });
    expect(t.issues).toHaveLength(1);
    expect(t.issues[0]).toMatchObject({ code: 'inventory.field_too_long', line: 2, column: 'Notes' });
    expect(t.issues[0]!.message).not.toContain('xxxxx');
    expect(t.rows[1]!.invalid).toBeUndefined();
  });

  it('reports a 100 MB field clearly and quickly', async () => {
    const head = Buffer.from('URL;Notes\nhttps://x.com/a;"');
    const tail = Buffer.from('"\nhttps://x.com/b;ok\n');
    const bytes = new Uint8Array(Buffer.concat([head, Buffer.alloc(100 * 1024 * 1024, 'a'), tail]));
    const started = Date.now();
    const t = await read('huge.csv', bytes);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(t.rows[0]!.cells[1]).toBe('');
    expect(t.issues[0]).toMatchObject({ code: 'inventory.field_too_long', line: 2, column: 'Notes' });
    expect(t.issues[0]!.message).toContain('104,857,600 characters');
  });

  it('refuses more rows than the limit', async () => {
    const csv = `URL\n${Array.from({ length: 6 }, (_, i) => `https://x.com/a${i}`).join('\n')}\n`;
    const e = await failure('big.csv', utf8(csv), { maxRows: 5 });
    expect(e.code).toBe('inventory.too_many_rows');
    expect(e.message).toBe('big.csv has more than 5 rows: split it into several files.');
  });

  it('holds 100,000 rows by default and refuses one more', async () => {
    const csv = `URL\n${'https://x.com/a\n'.repeat(100_001)}`;
    const e = await failure('big.csv', utf8(csv));
    expect(e.message).toContain('more than 100,000 rows');
  });

  it('warns when there is a header but no rows', async () => {
    const t = await read('vide.csv', utf8('URL;Nom\n\n'));
    expect(t.rows).toEqual([]);
    expect(t.warnings.map((w) => w.code)).toEqual(['inventory.no_rows']);
  });

  it.each([
    ['nothing', new Uint8Array()],
    ['blank lines', utf8('\n\n  \n')],
    ['a BOM alone', utf8('\ufeff')],
  ])('refuses an empty file (%s)', async (_, bytes) => {
    const e = await failure('vide.csv', bytes);
    expect(e.code).toBe('inventory.empty');
    expect(e.issues[0]).toMatchObject({ file: 'vide.csv' });
  });

  it('refuses a binary file', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect((await failure('logo.csv', png)).code).toBe('inventory.binary');
    const noisy = new Uint8Array(Array.from({ length: 4000 }, (_, i) => 1 + ((i * 7) % 250)));
    expect((await failure('noise.csv', noisy)).code).toBe('inventory.binary');
  });

  it('refuses an old .xls workbook with advice', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const e = await failure('inventaire.xls', ole);
    expect(e.code).toBe('inventory.xls_unsupported');
    expect(e.message).toContain('.xlsx or CSV');
  });
});

describe('readInventory: XLSX', () => {
  it('reads the first sheet with data, with spreadsheet row numbers and typed cells', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('Notice');
      const ws = wb.addWorksheet('Comptes');
      ws.getCell('A1').value = 'Inventaire des comptes 2024';
      ws.addRow([]);
      ws.addRow(['Réseau', 'URL', 'Abonnés', 'Créé le', 'Notes', 'Actif']);
      ws.addRow([
        'Facebook',
        { text: 'facebook.com/avenor', hyperlink: 'https://www.facebook.com/avenor' },
        12500,
      ]);
      ws.addRow([]);
      ws.addRow([
        'X',
        'https://x.com/avenor',
        { formula: 'B4*2', result: 25000 },
        new Date(Date.UTC(2015, 2, 4)),
        { richText: [{ text: '<b>gras</b> ' }, { text: '=CMD()' }] },
        true,
      ]);
      wb.addWorksheet('Archives').addRow(['vieux']);
    });
    const t = await read('inventaire.xlsx', bytes);
    expect(t).toMatchObject({ format: 'xlsx', sheet: 'Comptes', headerLine: 3 });
    expect(t.headers).toEqual(['Réseau', 'URL', 'Abonnés', 'Créé le', 'Notes', 'Actif']);
    expect(t.rows.map((r) => r.line)).toEqual([4, 6]);
    expect(t.rows[0]!.cells).toEqual(['Facebook', 'facebook.com/avenor', '12500', '', '', '']);
    expect(t.rows[1]!.cells).toEqual([
      'X',
      'https://x.com/avenor',
      '25000',
      '2015-03-04',
      '<b>gras</b> =CMD()',
      'TRUE',
    ]);
    expect(t.warnings.map((w) => w.code)).toEqual([
      'inventory.rows_above_header',
      'inventory.xlsx_other_sheets',
    ]);
    expect(t.warnings[1]!.message).toContain('"Archives"');
  });

  it('is recognised by its bytes whatever its name', async () => {
    const bytes = await xlsx((wb) => wb.addWorksheet('S').addRows([['URL'], ['https://x.com/a']]));
    expect((await read('export.csv', bytes)).format).toBe('xlsx');
  });

  it('reads a CSV misnamed .xlsx, and refuses a non-workbook when XLSX is asked for', async () => {
    expect((await read('faux.xlsx', utf8('URL;Nom\nhttps://x.com/a;A\n'))).format).toBe('csv');
    expect((await failure('faux.xlsx', utf8('URL\nx\n'), { format: 'xlsx' })).code).toBe(
      'inventory.not_xlsx',
    );
  });

  it('refuses a truncated workbook', async () => {
    const bytes = await xlsx((wb) => wb.addWorksheet('S').addRows([['URL'], ['https://x.com/a']]));
    const e = await failure('coupé.xlsx', bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(e.code).toBe('inventory.xlsx_truncated');
    expect(e.issues[0]).toMatchObject({ file: 'coupé.xlsx' });
  });

  it('refuses a damaged workbook', async () => {
    const bytes = await xlsx((wb) => wb.addWorksheet('S').addRows([['URL'], ['https://x.com/a']]));
    const damaged = bytes.slice();
    const at = Buffer.from(damaged).indexOf('xl/workbook.xml');
    damaged.fill(0x41, at + 40, at + 400);
    // Damaged bytes in the archive are found by the ZIP check, before exceljs reads it.
    const e = await failure('abîmé.xlsx', damaged);
    expect(['inventory.xlsx_damaged', 'inventory.xlsx_damaged_archive']).toContain(e.code);
    // A sound archive whose workbook is not XML: exceljs says so.
    const garbled = zip({ '[Content_Types].xml': '<Types', 'xl/workbook.xml': '<workbook><sheets' });
    expect((await failure('abîmé.xlsx', garbled)).code).toBe('inventory.xlsx_corrupt');
  });

  it('refuses a workbook whose ZIP headers lie, naming the part at fault (penetration test, finding 10)', async () => {
    const bytes = await xlsx((wb) =>
      wb
        .addWorksheet('Comptes')
        .addRows([['Réseau', 'URL'], ...Array.from({ length: 200 }, (_, i) => ['X', `https://x.com/c${i}`])]),
    );
    const layout = readZipLayout(Buffer.from(bytes));
    const sheet = 'xl/worksheets/sheet1.xml';
    for (const lie of sizeLies(layout, sheet)) {
      const e = await failure('inventaire.xlsx', lie.bytes);
      const what = `${lie.label}: ${e.message}`;
      expect(['inventory.xlsx_damaged', 'inventory.xlsx_damaged_archive'], what).toContain(e.code);
      expect(e.message, what).toContain('inventaire.xlsx');
      if (e.code === 'inventory.xlsx_damaged') expect(e.message, what).toContain(sheet);
      // Vigie's words in both languages, never the ZIP library's.
      for (const text of [e.message, localiseError(e, 'fr')])
        expect(text, what).not.toMatch(
          /stream|unexpected|invalid|overflow|Corrupted|Bug|TypeError|undefined/i,
        );
    }
    const local = lieAboutSize(
      layout,
      sheet,
      'size',
      layout.entries.find((x) => x.name === sheet)!.size + 7,
      'local',
    );
    const e = await failure('inventaire.xlsx', local);
    expect(e.message).toBe(
      `inventaire.xlsx, ${sheet}: damaged or forged workbook: its local header and the central directory disagree.`,
    );
    expect(localiseError(e, 'fr')).toBe(
      `inventaire.xlsx, ${sheet} : classeur endommagé ou falsifié : son en-tête local et le répertoire central de l’archive ne concordent pas.`,
    );
    // An end record that hides entries from a reader counting them (JSZip reads them all).
    expect((await failure('inventaire.xlsx', lieAboutCount(layout, 1))).code).toBe(
      'inventory.xlsx_damaged_archive',
    );
  });

  it('refuses a ZIP that is not a workbook', async () => {
    const e = await failure('photos.xlsx', zip({ 'a.txt': 'hello' }));
    expect(e.code).toBe('inventory.zip_not_xlsx');
    const ods = zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' });
    expect((await failure('inventaire.ods', ods)).code).toBe('inventory.ods_unsupported');
  });

  it('flags a cell over the length limit with its row number and header', async () => {
    const bytes = await xlsx((wb) =>
      wb.addWorksheet('S').addRows([
        ['URL', 'Notes'],
        ['https://x.com/a', 'y'.repeat(30)],
      ]),
    );
    const t = await read('f.xlsx', bytes, { maxFieldLength: 20 });
    expect(t.issues[0]).toMatchObject({ code: 'inventory.field_too_long', line: 2, column: 'Notes' });
  });
});

describe('readInventory: JSON', () => {
  it('reads an array of objects, one row per item, keys in order of appearance', async () => {
    const json = JSON.stringify([
      { url: 'https://x.com/a', name: 'A', tags: ['rh', 'marque'] },
      {
        url: 'https://x.com/b',
        audience: 12,
        owner: { name: 'Claire Martin', email: 'c@avenor.fr' },
        extra: null,
      },
      { url: 'https://x.com/c', contact: { phone: '01', mail: { pro: 'x@y.fr' } } },
    ]);
    const t = await read('inv.json', utf8(json));
    expect(t.format).toBe('json');
    expect(t.headers).toEqual([
      'url',
      'name',
      'tags',
      'audience',
      'owner',
      'extra',
      'contact.phone',
      'contact.mail.pro',
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(t.rows[0]!.cells).toEqual(['https://x.com/a', 'A', 'rh, marque', '', '', '', '', '']);
    expect(t.rows[1]!.cells.slice(3, 5)).toEqual(['12', 'Claire Martin <c@avenor.fr>']);
    expect(t.rows[2]!.cells.slice(6)).toEqual(['01', 'x@y.fr']);
  });

  it('reads our own export shape', async () => {
    const json = JSON.stringify({
      format: 'vigie-inventory',
      version: 1,
      presences: [{ url: 'https://x.com/a' }],
    });
    const t = await read('export.json', utf8(json));
    expect(t.rows[0]!.cells).toEqual(['https://x.com/a']);
  });

  it('sniffs JSON in a file with another extension', async () => {
    expect((await read('inv.txt', utf8(' [{"url": "x"}]'))).format).toBe('json');
  });

  it('names the line and column of a syntax error', async () => {
    const e = await failure('inv.json', utf8('[\n  {"url": "a"},\n  {"url" "b"}\n]'));
    expect(e.code).toBe('inventory.json_syntax');
    expect(e.params).toMatchObject({ line: '3', column: '10' });
    expect(e.issues[0]).toMatchObject({ file: 'inv.json', line: 3 });
  });

  it.each([
    ['{"a": 1}', 'inventory.json_not_array'],
    ['"texte"', 'inventory.json_not_array'],
    ['[1, 2]', 'inventory.json_not_array'],
  ])('refuses %s', async (json, code) => {
    expect((await failure('inv.json', utf8(json))).code).toBe(code);
  });

  it('flags items that are not objects', async () => {
    const t = await read('inv.json', utf8('[{"url": "a"}, "b", {"url": "c"}]'));
    expect(t.rows.map((r) => r.invalid ?? false)).toEqual([false, true, false]);
    expect(t.issues[0]).toMatchObject({ code: 'inventory.json_item_not_object', line: 2 });
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['[1,]', 3],
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['[tru]', 1],
    ['["a\nb"]', 3],
    ['["\\x"]', 3],
    ['[1]x', 3],
    ['[{"a":[1,2]}', 12],
    ['', 0],
  ])('%j → %d', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('survives deep nesting', () => {
    expect(jsonErrorOffset(`${'['.repeat(100_000)}x`)).toBe(100_000);
  });

  it('turns an offset into line and column', () => {
    expect(lineColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
  });
});
