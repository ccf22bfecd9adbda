// The policies' web catalogues (merged under `policies` in en.ts and fr.ts): the same keys, no empty
// text, the same placeholders; and the server's messages for the policies in both languages.
import { describe, expect, it } from 'vitest';
import { policiesMessages } from '../../../../src/trust/policies/messages';
import { policiesEn } from '../../i18n/policies.en';
import { policiesFr } from '../../i18n/policies.fr';

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

const placeholders = (s: string, re: RegExp) => [...s.matchAll(re)].map((m) => m[1]).sort();

describe('policies catalogues', () => {
  it('offer the same keys and placeholders in French and English, none empty', () => {
    const en = flatten(policiesEn);
    const fr = flatten(policiesFr as Tree);
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe('');
      expect(fr.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(fr.get(key) ?? '', /\{\{(\w+)\}\}/g), key).toEqual(
        placeholders(text, /\{\{(\w+)\}\}/g),
      );
    }
  });

  it('have server messages in both languages with the same placeholders', () => {
    for (const [key, { en, fr }] of Object.entries(policiesMessages)) {
      expect(en.trim(), key).not.toBe('');
      expect(fr.trim(), key).not.toBe('');
      expect(placeholders(fr, /\{(\w+)\}/g), key).toEqual(placeholders(en, /\{(\w+)\}/g));
    }
  });
});
