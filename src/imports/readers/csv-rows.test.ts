import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { memorySource } from '../memory';
import { CsvProblem, csvEntryRows, csvRows, MAX_CELL, peekCsvHeader } from './csv-rows';

async function rows(chunks: string[], delimiter = ',') {
  async function* gen() {
    yield* chunks;
  }
  const out: [number, string[]][] = [];
  for await (const r of csvRows(gen(), delimiter)) out.push([r.line, r.cells]);
  return out;
}

async function entryRows(bytes: Uint8Array | string) {
  const out: string[][] = [];
  for await (const r of csvEntryRows(memorySource('x.zip', { 'x.csv': bytes }), 'x.csv')) out.push(r.cells);
  return out;
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

describe('csvEntryRows', () => {
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

  it('decodes Windows-1252 and finds the delimiter', async () => {
    expect(await entryRows(iconv.encode('Réponses;Vues\n€;2\n', 'win1252'))).toEqual([
      ['Réponses', 'Vues'],
      ['€', '2'],
    ]);
  });

  it('turns decoding and tokenizing problems into errors naming the entry and the line', async () => {
    await expect(entryRows(new Uint8Array([1, 2, 0, 3, 4, 5]))).rejects.toMatchObject({
      code: 'imports.more.not_text',
      issues: [{ file: 'x.zip/x.csv', line: 1 }],
    });
    await expect(entryRows('a,b\n1,"open\n')).rejects.toMatchObject({
      code: 'imports.more.csv_unterminated_quote',
      issues: [{ file: 'x.zip/x.csv', line: 2 }],
    });
    const late = Buffer.concat([Buffer.from(`é\n${'a,b\n'.repeat(20_000)}`), iconv.encode('€\n', 'win1252')]);
    await expect(entryRows(late)).rejects.toMatchObject({
      code: 'imports.more.bad_utf8',
      issues: [{ file: 'x.zip/x.csv', line: 20_002 }],
    });
    await expect(entryRows('')).rejects.toMatchObject({ code: 'imports.more.empty' });
  });

  it('peeks at the header of a CSV entry', async () => {
    const s = memorySource('x.csv', { 'x.csv': iconv.encode('"Réponses";Vues\n1;2\n', 'win1252') });
    expect(await peekCsvHeader(s, 'x.csv')).toEqual(['Réponses', 'Vues']);
    expect(await peekCsvHeader(memorySource('e.csv', { 'e.csv': '\n' }), 'e.csv')).toBeNull();
  });
});
