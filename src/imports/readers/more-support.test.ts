import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import { memorySource } from '../memory';
import {
  CsvProblem,
  csvEntryRows,
  csvRows,
  decodeText,
  entryLabel,
  isoUtc,
  MAX_CELL,
  peekCsvHeader,
  peekText,
  readSmall,
  UnknownFields,
} from './more-support';

async function rows(chunks: string[], delimiter = ',') {
  async function* gen() {
    yield* chunks;
  }
  const out: [number, string[]][] = [];
  for await (const r of csvRows(gen(), delimiter)) out.push([r.line, r.cells]);
  return out;
}

async function text(bytes: Buffer[]): Promise<{ text: string; encoding?: string }> {
  async function* gen() {
    yield* bytes;
  }
  let encoding: string | undefined;
  let out = '';
  for await (const s of decodeText(gen(), (e) => {
    encoding = e;
  }))
    out += s;
  return encoding ? { text: out, encoding } : { text: out };
}

describe('csvRows', () => {
  it('reads quoted cells, doubled quotes and line breaks, whatever the chunking', async () => {
    const csv = 'a,b,c\r\n1,"x, ""y""\r\nz",3\r\n\r\n4,,"" \n5';
    const expected = [
      [1, ['a', 'b', 'c']],
      [2, ['1', 'x, "y"\r\nz', '3']],
      [5, ['4', '', ' ']],
      [6, ['5']],
    ];
    expect(await rows([csv])).toEqual(expected);
    // Every split point: a chunk boundary inside a quote pair, a CRLF or a cell changes nothing.
    for (let i = 1; i < csv.length; i++)
      expect(await rows([csv.slice(0, i), csv.slice(i)])).toEqual(expected);
    expect(await rows(csv.split(''))).toEqual(expected);
  });

  it('reads CR-only lines and other delimiters, and skips blank lines', async () => {
    expect(await rows(['a;b\r1;2\r\r3;4\r'], ';')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [4, ['3', '4']],
    ]);
  });

  it('keeps a quote inside an unquoted cell as written', async () => {
    expect(await rows(['a,b\n5" screen,ok\n'])).toEqual([
      [1, ['a', 'b']],
      [2, ['5" screen', 'ok']],
    ]);
  });

  it('refuses an unterminated quote and endless cells, naming the line', async () => {
    await expect(rows(['a,b\n1,"open\n\nstill'])).rejects.toMatchObject({
      code: 'imports.more.csv_unterminated_quote',
      line: 2,
    });
    const big = 'x'.repeat(MAX_CELL + 1);
    await expect(rows([`a\n${big}`])).rejects.toBeInstanceOf(CsvProblem);
    await expect(rows([`a\n"${big}"`])).rejects.toMatchObject({
      code: 'imports.more.csv_cell_too_long',
      line: 2,
    });
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with a BOM, UTF-16 with a BOM, and Windows-1252', async () => {
    expect(await text([Buffer.from('\ufeffété', 'utf8')])).toEqual({ text: 'été', encoding: 'utf-8' });
    expect(await text([Buffer.from('\ufeffété €', 'utf16le')])).toEqual({
      text: 'été €',
      encoding: 'utf-16le',
    });
    expect(await text([iconv.encode('œuvre – 5 €', 'win1252')])).toEqual({
      text: 'œuvre – 5 €',
      encoding: 'windows-1252',
    });
  });

  it('keeps a character split across chunks', async () => {
    const b = Buffer.from('aé€b', 'utf8');
    expect((await text([b.subarray(0, 2), b.subarray(2, 4), b.subarray(4)])).text).toBe('aé€b');
  });

  it('refuses binary data', async () => {
    await expect(text([Buffer.from([1, 2, 0, 3, 4, 5])])).rejects.toMatchObject({
      code: 'imports.more.not_text',
    });
  });
});

describe('entries', () => {
  it('names an entry inside its export, or the export alone', () => {
    const zip = memorySource('export.zip', { 'a/b.csv': '' });
    expect(entryLabel(zip, 'a/b.csv')).toBe('export.zip/a/b.csv');
    expect(entryLabel(memorySource('b.csv', { 'b.csv': '' }), 'b.csv')).toBe('b.csv');
  });

  it('peeks without reading everything, in the right encoding', async () => {
    const s = memorySource('x.csv', { 'x.csv': iconv.encode('Réponses;Vues\n1;2\n', 'win1252') });
    expect(await peekText(s, 'x.csv', 4)).toBe('Répo');
    expect(await peekCsvHeader(s, 'x.csv')).toEqual(['Réponses', 'Vues']);
  });

  it('refuses a small entry that is too large', async () => {
    const s = memorySource('x.zip', { 'actor.json': 'x'.repeat(100) });
    await expect(readSmall(s, 'actor.json', 10)).rejects.toBeInstanceOf(Invalid);
    await expect(readSmall(s, 'actor.json', 10)).rejects.toMatchObject({
      code: 'imports.more.entry_too_large',
    });
  });

  it('reads the rows of an entry, reporting progress', async () => {
    const seen: number[] = [];
    const s = memorySource('x.csv', { 'x.csv': 'a,b\n1,2\n' });
    const out = [];
    for await (const r of csvEntryRows(s, 'x.csv', { onBytes: (n) => seen.push(n) })) out.push(r.cells);
    expect(out).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(seen.at(-1)).toBe(8);
  });
});

describe('isoUtc', () => {
  it('normalises ISO timestamps to UTC with milliseconds', () => {
    expect(isoUtc('2021-03-04T10:20:30+01:00')).toBe('2021-03-04T09:20:30.000Z');
    expect(isoUtc('2021-03-04 10:20:30 UTC')).toBe('2021-03-04T10:20:30.000Z');
    expect(isoUtc('2021-03-04T10:20:30.5Z')).toBe('2021-03-04T10:20:30.500Z');
    expect(isoUtc('2021-03-04T10:20+0200')).toBe('2021-03-04T08:20:00.000Z');
    expect(isoUtc('2021-03-04')).toBe('2021-03-04T00:00:00.000Z');
    expect(isoUtc('2021-02-29')).toBeNull();
    expect(isoUtc('04/03/2021')).toBeNull();
    expect(isoUtc('2021-03-04T25:00:00Z')).toBeNull();
  });
});

describe('UnknownFields', () => {
  it('counts unknown keys and reports each once', () => {
    const u = new UnknownFields('x.zip');
    u.keys({ a: 1, b: 2 }, new Set(['a']), 'obj');
    u.keys({ b: 3 }, new Set(['a']), 'obj');
    u.note('other', 5);
    expect([...u.records()]).toEqual([
      { type: 'unknown', field: { where: 'x.zip: obj.b', count: 2 } },
      { type: 'unknown', field: { where: 'x.zip: other', count: 5 } },
    ]);
    expect([...u.records()]).toEqual([]);
  });
});

describe('decodeText: ASCII first', () => {
  it('lets the first non-ASCII chunk choose, far into the file', async () => {
    const ascii = Buffer.from(`${'a,b\n'.repeat(20_000)}`);
    const late = iconv.encode('é,€\n', 'win1252');
    expect(await text([ascii, late])).toEqual({ text: `${ascii.toString()}é,€\n`, encoding: 'windows-1252' });
    const utf8 = Buffer.from('é,€\n', 'utf8');
    expect(await text([ascii, utf8.subarray(0, 1), utf8.subarray(1)])).toEqual({
      text: `${ascii.toString()}é,€\n`,
      encoding: 'utf-8',
    });
  });
});
