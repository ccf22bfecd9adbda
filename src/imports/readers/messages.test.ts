import { describe, expect, it } from 'vitest';
import { readerMessages } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('reader messages', () => {
  it('has English and French for every key, with the same placeholders', () => {
    for (const [key, { en, fr }] of Object.entries(readerMessages)) {
      expect(key).toMatch(/^imports\.(more|linkedin|youtube|mastodon|bluesky|csv)\.[a-z0-9_]+$/);
      expect(en.trim(), key).not.toBe('');
      expect(fr.trim(), key).not.toBe('');
      expect(placeholders(fr), key).toEqual(placeholders(en));
    }
  });

  it('names the file in every message', () => {
    for (const [key, { en }] of Object.entries(readerMessages)) expect(en, key).toContain('{file}');
  });
});
