import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSample, decodeText, decodeTextStream, looksBinary } from './text';

async function streamed(bytes: Buffer[]): Promise<{ text: string; encoding?: string }> {
  async function* gen() {
    yield* bytes;
  }
  let encoding: string | undefined;
  let out = '';
  for await (const s of decodeTextStream(gen(), (e) => {
    encoding = e;
  }))
    out += s;
  return encoding ? { text: out, encoding } : { text: out };
}

describe('decodeText (a whole file)', () => {
  it('reads UTF-8 with and without a BOM, UTF-16 with and without a BOM, and Windows-1252', () => {
    expect(decodeText(Buffer.from('\ufeffété', 'utf8'))).toEqual({ text: 'été', encoding: 'utf-8' });
    expect(decodeText(new TextEncoder().encode('été'))).toEqual({ text: 'été', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('\ufeffété €', 'utf16le'))).toEqual({
      text: 'été €',
      encoding: 'utf-16le',
    });
    expect(decodeText(iconv.encode('\ufeffété', 'utf16be'))).toEqual({ text: 'été', encoding: 'utf-16be' });
    expect(decodeText(Buffer.from('Entité;Réseau\n', 'utf16le'))).toEqual({
      text: 'Entité;Réseau\n',
      encoding: 'utf-16le',
    });
    expect(decodeText(iconv.encode('œuvre – 5 €', 'win1252'))).toEqual({
      text: 'œuvre – 5 €',
      encoding: 'windows-1252',
    });
  });

  it('takes the whole file as Windows-1252 when one byte far into it is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('é\n'.repeat(40_000)), iconv.encode('€', 'win1252')]);
    const decoded = decodeText(bytes);
    expect(decoded?.encoding).toBe('windows-1252');
    expect(decoded?.text.endsWith('€')).toBe(true);
  });

  it('says binary data is not text, a NUL far into the file included', () => {
    expect(decodeText(Buffer.from([1, 2, 0, 3, 4, 5]))).toBeNull();
    expect(decodeText(Buffer.concat([Buffer.from('a,b\n'.repeat(20_000)), Buffer.from([0])]))).toBeNull();
    expect(looksBinary('a\u0001b\u0002c\u0003d\u0004e\u0005f\u0006g\u0007h\u0008i\u000ej')).toBe(true);
    expect(looksBinary('a\tb\r\nc\fd')).toBe(false);
  });
});

describe('decodeSample (the first bytes, for detection)', () => {
  it('decodes in the encoding the bytes seem to be in, BOM dropped, a cut character no error', () => {
    expect(decodeSample(iconv.encode('Réponses;Vues', 'win1252'))).toBe('Réponses;Vues');
    expect(decodeSample(Buffer.from('\ufeff{"a":1}', 'utf16le'))).toBe('{"a":1}');
    expect(decodeSample(Buffer.from('\ufeffab', 'utf8'))).toBe('ab');
    expect(decodeSample(Buffer.from('aé', 'utf8').subarray(0, 2))).toBe('a\ufffd');
  });
});

describe('decodeTextStream', () => {
  it('reads UTF-8 with a BOM, UTF-16 with a BOM, and Windows-1252', async () => {
    expect(await streamed([Buffer.from('\ufeffété', 'utf8')])).toEqual({ text: 'été', encoding: 'utf-8' });
    expect(await streamed([Buffer.from('\ufeffété €', 'utf16le')])).toEqual({
      text: 'été €',
      encoding: 'utf-16le',
    });
    expect(await streamed([iconv.encode('œuvre – 5 €', 'win1252')])).toEqual({
      text: 'œuvre – 5 €',
      encoding: 'windows-1252',
    });
  });

  it('keeps a character split across chunks', async () => {
    const b = Buffer.from('aé€b', 'utf8');
    expect((await streamed([b.subarray(0, 2), b.subarray(2, 4), b.subarray(4)])).text).toBe('aé€b');
  });

  it('refuses binary data', async () => {
    await expect(streamed([Buffer.from([1, 2, 0, 3, 4, 5])])).rejects.toMatchObject({
      kind: 'not_text',
      line: 1,
    });
  });

  it('lets the first non-ASCII chunk choose, far into the file', async () => {
    const ascii = Buffer.from(`${'a,b\n'.repeat(20_000)}`);
    const late = iconv.encode('é,€\n', 'win1252');
    expect(await streamed([ascii, late])).toEqual({
      text: `${ascii.toString()}é,€\n`,
      encoding: 'windows-1252',
    });
    const utf8 = Buffer.from('é,€\n', 'utf8');
    expect(await streamed([ascii, utf8.subarray(0, 1), utf8.subarray(1)])).toEqual({
      text: `${ascii.toString()}é,€\n`,
      encoding: 'utf-8',
    });
  });

  it('refuses UTF-8 that stops being UTF-8, at the line where it does', async () => {
    const head = Buffer.from(`é\n${'a,b\n'.repeat(20_000)}`);
    await expect(
      streamed([head, Buffer.from('ok\n'), iconv.encode('x\n€\n', 'win1252')]),
    ).rejects.toMatchObject({
      kind: 'bad_utf8',
      line: 20_004, // é, 20,000 × "a,b", ok, x, then €
    });
  });
});
