// The lists that the browser filters itself fold as the server's searches do (src/core/text.ts).
import { describe, expect, it } from 'vitest';
import { foldedOptionsFilter, searchMatcher } from './search';

const opt = (label: string) => ({ value: label, label });

describe('foldedOptionsFilter', () => {
  const options = [
    opt('Pôle Énergie'),
    opt('Œuvres sociales'),
    { group: 'Régions', items: [opt('Île-de-France'), opt('L’Eau vive'), opt('Énergies marines')] },
    opt('100% vélo'),
  ];
  const labels = (search: string, limit = 50) =>
    foldedOptionsFilter({ options, search, limit }).flatMap((o) =>
      'group' in o ? o.items.map((i) => `${o.group}/${i.label}`) : [o.label],
    );

  it('finds options whatever the case and accents', () => {
    for (const q of ['energie', 'énergie', 'ÉNERGIE', 'Energie'])
      expect(labels(q)).toEqual(['Pôle Énergie', 'Régions/Énergies marines']);
    expect(labels('oe')).toEqual(['Œuvres sociales']);
    expect(labels("l'eau")).toEqual(['Régions/L’Eau vive']);
    expect(labels('ile')).toEqual(['Régions/Île-de-France']);
    expect(labels('%')).toEqual(['100% vélo']);
    expect(labels('_')).toEqual([]);
  });

  it('keeps every option for an empty search, up to the limit, and drops empty groups', () => {
    expect(labels('  ')).toHaveLength(6);
    expect(labels('', 2)).toEqual(['Pôle Énergie', 'Œuvres sociales']);
    expect(foldedOptionsFilter({ options, search: 'velo', limit: 50 })).toEqual([opt('100% vélo')]);
  });
});

describe('searchMatcher', () => {
  it('matches any of the texts, folded; a blank query matches everything', () => {
    const m = searchMatcher(' ENERGIE ');
    expect(m('Pôle Énergie')).toBe(true);
    expect(m(null, undefined, 'Direction de l’énergie')).toBe(true);
    expect(m('Eau', null)).toBe(false);
    expect(searchMatcher('')('anything')).toBe(true);
    expect(searchMatcher("l'eau")('L’Eau vive')).toBe(true);
  });
});
