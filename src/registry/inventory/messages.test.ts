import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Text, textForms } from '../../core/i18n';
import { registryMessages } from '../messages';
import { inventoryMessages } from './messages';

const SOURCES = [
  'read.ts',
  'columns.ts',
  'values.ts',
  'rows.ts',
  'valuemap.ts',
  'mappings.ts',
  'refs.ts',
  'plan.ts',
];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('inventory messages', () => {
  it('has an entry for every code the code emits', () => {
    const used = new Set<string>();
    for (const file of SOURCES) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8');
      for (const m of text.matchAll(/'(inventory\.[a-z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    // The plan also says a few things from the registry's own catalogue.
    const known = (code: string) => code in inventoryMessages || code in registryMessages;
    expect([...used].filter((code) => !known(code))).toEqual([]);
  });

  it('says the same thing in English and French, with the same placeholders', () => {
    for (const [code, { en, fr }] of Object.entries(inventoryMessages)) {
      // A text that counts gives its plural forms: each French one is checked against its English one.
      for (const text of [...textForms(en), ...textForms(fr)]) expect(text.trim(), code).not.toBe('');
      expect(textForms(fr), code).not.toEqual(textForms(en));
      expect(typeof en === 'string', code).toBe(typeof fr === 'string');
      const form = (t: Text, c: string) => (typeof t === 'string' ? t : (t[c as 'one'] ?? t.other));
      for (const c of typeof fr === 'string' ? ['other'] : Object.keys(fr))
        expect(placeholders(form(fr, c)), `${code} ${c}`).toEqual(placeholders(form(en, c)));
    }
  });
});
