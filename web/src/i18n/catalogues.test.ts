// The French and English catalogues must offer exactly the same keys, and no empty text.
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('web catalogues', () => {
  const english = flatten(en);
  const french = flatten(fr);

  it('have the same keys', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty text', () => {
    for (const [key, text] of [...english, ...french]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      const other = french.get(key) ?? '';
      // French singular forms may leave the count out ("la présence sélectionnée").
      if (key.endsWith('_one'))
        expect(
          placeholders(other).every((p) => placeholders(text).includes(p)),
          key,
        ).toBe(true);
      else expect(placeholders(other), key).toEqual(placeholders(text));
    }
  });
});
