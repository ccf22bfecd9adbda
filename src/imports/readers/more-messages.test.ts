import { describe, expect, it } from 'vitest';
import { moreImportsMessages } from './more-messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('more imports messages', () => {
  it('has English and French for every key, with the same placeholders', () => {
    for (const [key, { en, fr }] of Object.entries(moreImportsMessages)) {
      expect(key).toMatch(/^imports\.(more|linkedin|youtube|mastodon|bluesky|csv)\.[a-z0-9_]+$/);
      expect(en.trim(), key).not.toBe('');
      expect(fr.trim(), key).not.toBe('');
      expect(placeholders(fr), key).toEqual(placeholders(en));
    }
  });

  it('names the file in every message', () => {
    for (const [key, { en }] of Object.entries(moreImportsMessages)) expect(en, key).toContain('{file}');
  });
});
