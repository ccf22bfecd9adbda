import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { JsonArrayError, jsonArrayItems } from './json-array';

function chunks(text: string, size: number): Readable {
  const b = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) parts.push(b.subarray(i, i + size));
  return Readable.from(parts);
}

async function all(text: string, size = 3) {
  const out: unknown[] = [];
  for await (const s of jsonArrayItems(chunks(text, size))) out.push(JSON.parse(s));
  return out;
}

describe('jsonArrayItems', () => {
  it('skips a JavaScript prefix and yields each item, whatever the chunking', async () => {
    const text = 'window.YTD.tweets.part0 = [ {"a":"x]}\\"{","b":[1,{"c":"é😀"}]}, {"a":2} ,[3]\n]';
    for (const size of [1, 2, 3, 7, 1000]) {
      expect(await all(text, size)).toEqual([{ a: 'x]}"{', b: [1, { c: 'é😀' }] }, { a: 2 }, [3]]);
    }
  });

  it('reads an empty array', async () => {
    expect(await all('window.x = []')).toEqual([]);
  });

  it('says where a cut-off file stopped', async () => {
    const err = await all('x = [{"a":1},{"b":"tru').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JsonArrayError);
    expect((err as JsonArrayError).item).toBe(2);
    expect((err as JsonArrayError).message).toMatch(/cut off/);
    const unclosed = await all('x = [{"a":1},').catch((e: unknown) => e);
    expect((unclosed as JsonArrayError).message).toMatch(/not closed/);
    const none = await all('{"not":"an array"}').catch((e: unknown) => e);
    expect((none as JsonArrayError).message).toMatch(/only objects|no array/);
  });
});
