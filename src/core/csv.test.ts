import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvDialect, csvLine, csvText, guardFormula, unguardFormula } from './csv';

describe('the formula guard', () => {
  it('guards every cell a spreadsheet would run as a formula, and only those', () => {
    for (const c of ['=1+1', '+33 1 23', '-2', '@sum', '\tx', '\rx']) expect(guardFormula(c)).toBe(`'${c}`);
    expect(guardFormula("'=x")).toBe("''=x");
    expect(guardFormula("''=x")).toBe("'''=x");
    for (const c of ['a=b', "'plain", "'", '', 'plain', ' =x']) expect(guardFormula(c)).toBe(c);
  });

  it('removes only its own apostrophe', () => {
    expect(unguardFormula("'=CMD()")).toBe('=CMD()');
    expect(unguardFormula("'+33 1 23")).toBe('+33 1 23');
    expect(unguardFormula("''=x")).toBe("'=x");
    expect(unguardFormula("'quoted'")).toBe("'quoted'");
    expect(unguardFormula("'plain")).toBe("'plain");
    expect(unguardFormula('=CMD()')).toBe('=CMD()');
  });

  it('gives any text back unchanged', () => {
    // Any text, and text that starts with apostrophes then perhaps a formula character, so that the
    // edge cases (`''=x`, `'`, `'plain`) come up in every run rather than by luck.
    const apostrophes = fc.string({ unit: fc.constant("'"), maxLength: 4 });
    const start = fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', '\n', ' ', '"', 'a');
    const tricky = fc.tuple(apostrophes, start, fc.string()).map(([a, b, c]) => a + b + c);
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' })), (v) => {
        expect(unguardFormula(guardFormula(v))).toBe(v);
        expect(guardFormula(v)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('csvCell and csvLine', () => {
  it('quote what RFC 4180 asks, and edge spaces', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a,b', { delimiter: ';' })).toBe('a,b');
    expect(csvCell('a;b', { delimiter: ';' })).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' espace')).toBe('" espace"');
    expect(csvCell('=cmd|x,y')).toBe(`"'=cmd|x,y"`);
  });

  it('write numbers as numbers, in the dialect’s decimal mark, and nothing for empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(-12.5, csvDialect('fr'))).toBe('-12,5');
    expect(csvCell(-12.5, csvDialect('en'))).toBe('-12.5');
  });

  it('end each record with CRLF, and a document with a BOM when asked', () => {
    expect(csvLine(['a', 1, null, '=x'], { delimiter: ';' })).toBe("a;1;;'=x\r\n");
    expect(
      csvText(
        [
          ['h1', 'h2'],
          ['x', 'y'],
        ],
        { bom: true },
      ),
    ).toBe(`${CSV_BOM}h1,h2\r\nx,y\r\n`);
    expect(csvText([['x']])).toBe('x\r\n');
  });

  it('read back by a CSV parser to the guarded cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(',', ';'),
        (cells, delimiter) => {
          const parsed = Papa.parse<string[]>(csvLine(cells, { delimiter }), { delimiter, newline: '\r\n' });
          expect(parsed.data[0]!.map(unguardFormula)).toEqual(cells);
        },
      ),
    );
  });
});
