import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { memorySource } from '../memory';
import {
  entryLabel,
  findEntry,
  peekBytes,
  peekText,
  readerInvalid,
  readSmall,
  readSmallJson,
  UnknownFields,
} from './support';

describe('entries', () => {
  it('names an entry inside its export, or the export alone', () => {
    const zip = memorySource('export.zip', { 'a/b.csv': '' });
    expect(entryLabel(zip, 'a/b.csv')).toBe('export.zip/a/b.csv');
    expect(entryLabel(memorySource('b.csv', { 'b.csv': '' }), 'b.csv')).toBe('b.csv');
  });

  it('finds an entry at the root or under one top folder', () => {
    const entries = ['x/data/tweets.js', 'data/tweets.js', 'mydata/tweets.js', 'data/tweets.json'];
    expect(findEntry(entries, 'data/tweets.js')).toBe('data/tweets.js');
    expect(findEntry(['twitter-2021/data/tweets.js'], 'data/tweets.js')).toBe('twitter-2021/data/tweets.js');
    expect(findEntry(['mydata/tweets.js'], 'data/tweets.js')).toBeUndefined();
  });

  it('peeks without reading everything, in the right encoding', async () => {
    const s = memorySource('x.csv', { 'x.csv': iconv.encode('Réponses;Vues\n1;2\n', 'win1252') });
    expect(await peekText(s, 'x.csv', 4)).toBe('Répo');
    const js = memorySource('x.zip', { 'data/tweets.js': '\ufeffwindow.YTD.tweets.part0 = []' });
    // `max` counts bytes: the BOM's three, then nine characters.
    expect(await peekText(js, 'data/tweets.js', 12)).toBe('window.YT');
  });

  it('never fails a peek: an entry that cannot be opened gives nothing', async () => {
    const s = memorySource('x.zip', { 'a.json': '{}' });
    expect(await peekText(s, 'missing.json')).toBe('');
    expect((await peekBytes(s, 'missing.json')).byteLength).toBe(0);
  });

  it('refuses a small entry that is too large, and names the line of bad JSON', async () => {
    const s = memorySource('x.zip', { 'actor.json': 'x'.repeat(100), 'bad.json': '{\n  "a": 1,\n  oops\n}' });
    await expect(readSmall(s, 'actor.json', 10)).rejects.toMatchObject({
      code: 'imports.more.entry_too_large',
    });
    await expect(readSmallJson(s, 'bad.json', 1000)).rejects.toMatchObject({
      code: 'imports.more.json_invalid',
      issues: [{ file: 'x.zip/bad.json', line: 3 }],
    });
  });

  it('shows positions as written, not as quantities', () => {
    const e = readerInvalid('x.zip/outbox.json', 'imports.more.read_failed_line', {
      reason: 'r',
      line: 12345,
    });
    expect(e.message).toContain('12345');
  });
});

describe('UnknownFields', () => {
  it('counts unknown keys per place and reports each once', () => {
    const u = new UnknownFields();
    u.keys('data/tweets.js', 'tweet', { a: 1, b: 2 }, new Set(['a']));
    u.keys('data/tweets.js', 'tweet', { b: 3 }, new Set(['a']));
    u.keys('x.zip', '', { c: 3 }, new Set(['a']));
    u.note('x.zip', 'other', 5);
    expect(u.size).toBe(3);
    expect([...u.records()]).toEqual([
      { type: 'unknown', field: { where: 'data/tweets.js: tweet.b', count: 2 } },
      { type: 'unknown', field: { where: 'x.zip: c', count: 1 } },
      { type: 'unknown', field: { where: 'x.zip: other', count: 5 } },
    ]);
    expect([...u.records()]).toEqual([]);
  });
});
