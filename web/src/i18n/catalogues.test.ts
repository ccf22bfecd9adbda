// The French and English catalogues must offer exactly the same keys, and no empty text; plurals are
// i18next plural forms (`key_one`, `key_other`, `key_many`, chosen by `count`), never "(s)".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
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

/** `{{name}}` and `{{name, format}}`. */
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

/** "presence(s)", "supprimé(e)(s)", "nouveau(x)", "ancien(ne)": not how a person writes. */
const SLASHED_PLURAL = /\p{L}\((?:s|es|x|e|ne|le|nes|les)\)/u;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The web app's source files, tests and catalogues aside. */
function sources(dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'i18n' ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** The arguments of the call a key is written in: from after the key to the call's closing parenthesis. */
function callAfter(text: string, from: number): string {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(from, i);
  }
  return text.slice(from);
}

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

  it('write plurals as plural forms, not "(s)"', () => {
    const found = [...english, ...french].filter(([, text]) => SLASHED_PLURAL.test(text));
    expect(found).toEqual([]);
  });

  it('give each plural every form of both languages (French: one, many, other)', () => {
    // i18next falls back to the bare key, not to `_other`: a missing French `_many` would show English.
    const categories = new Set(
      ['en', 'fr'].flatMap((l) => new Intl.PluralRules(l).resolvedOptions().pluralCategories),
    );
    expect([...categories].sort()).toEqual(['many', 'one', 'other']);
    for (const [name, catalogue] of [
      ['en', english],
      ['fr', french],
    ] as const) {
      const bases = new Set(
        [...catalogue.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')),
      );
      expect(bases.size).toBeGreaterThan(30);
      for (const base of bases) {
        for (const c of categories) expect(catalogue.has(`${base}_${c}`), `${name} ${base}_${c}`).toBe(true);
        expect(catalogue.has(base), `${name} ${base} (plain key beside plural forms)`).toBe(false);
      }
    }
  });

  it('are given a count wherever a plural is used', () => {
    const bases = new Set(
      [...english.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')),
    );
    let calls = 0;
    for (const file of sources()) {
      const text = readFileSync(file, 'utf8');
      for (const base of bases)
        for (const m of text.matchAll(new RegExp(`['"\`]${base.replace(/\./g, '\\.')}['"\`]`, 'g'))) {
          calls++;
          expect(callAfter(text, m.index + m[0].length), `${path.basename(file)}: ${base}`).toMatch(
            /\bcount\b/,
          );
        }
    }
    expect(calls).toBeGreaterThan(30);
  });

  it('render 1 presence, 2 presences, 0 présence', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { translation: en }, fr: { translation: fr } },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
    // Keys as plain strings: the catalogue's key types are not the point here.
    const say = (lng: string, key: string, count: number) =>
      (i18n.getFixedT(lng) as unknown as (key: string, values: object) => string)(key, {
        count,
        value: new Intl.NumberFormat(lng).format(count),
      });
    expect(say('en', 'presences.count', 1)).toBe('1 presence');
    expect(say('en', 'presences.count', 2)).toBe('2 presences');
    expect(say('en', 'presences.count', 0)).toBe('0 presences');
    expect(say('fr', 'presences.count', 0)).toBe('0 présence');
    expect(say('fr', 'presences.count', 1)).toBe('1 présence');
    expect(say('fr', 'presences.count', 2)).toBe('2 présences');
    expect(say('fr', 'presences.count', 1_000_000)).toBe('1\u202f000\u202f000 de présences');
    // A finding from the server, its count written in the reader's locale.
    expect(say('en', 'audit.findingText.overlap', 1)).toMatch(/^It duplicates 1 other presence of/);
    expect(say('fr', 'audit.findingText.overlap', 1234)).toMatch(
      /^Elle fait doublon avec 1\u202f234 autres présences/,
    );
  });
});
