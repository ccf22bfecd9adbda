import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inventoryMessages } from './messages';

const SOURCES = ['read.ts', 'columns.ts', 'values.ts', 'rows.ts', 'valuemap.ts', 'mappings.ts'];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('inventory messages', () => {
  it('has an entry for every code the code emits', () => {
    const used = new Set<string>();
    for (const file of SOURCES) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8');
      for (const m of text.matchAll(/'(inventory\.[a-z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((code) => !(code in inventoryMessages))).toEqual([]);
  });

  it('says the same thing in English and French, with the same placeholders', () => {
    for (const [code, { en, fr }] of Object.entries(inventoryMessages)) {
      expect(en.trim(), code).not.toBe('');
      expect(fr.trim(), code).not.toBe('');
      expect(fr, code).not.toBe(en);
      expect(placeholders(fr), code).toEqual(placeholders(en));
    }
  });
});
