import { describe, expect, it } from 'vitest';
import { fill, type PluralForms, pluralForm, textForms, translator } from './i18n';

const presences: { en: PluralForms; fr: PluralForms } = {
  en: { one: '{count} presence', other: '{count} presences' },
  fr: { one: '{count} présence', other: '{count} présences', many: '{count} de présences' },
};

describe('plural forms', () => {
  it('follow English rules: only 1 is singular', () => {
    expect(fill(presences.en, { count: 1 })).toBe('1 presence');
    expect(fill(presences.en, { count: 2 })).toBe('2 presences');
    expect(fill(presences.en, { count: 0 })).toBe('0 presences');
    expect(fill(presences.en, { count: 1_000_000 })).toBe('1,000,000 presences');
  });

  it('follow French rules: 0 and 1 are singular, whole millions take "de"', () => {
    expect(fill(presences.fr, { count: 0 }, 'fr')).toBe('0 présence');
    expect(fill(presences.fr, { count: 1 }, 'fr')).toBe('1 présence');
    expect(fill(presences.fr, { count: 1.5 }, 'fr')).toBe('1,5 présence');
    expect(fill(presences.fr, { count: 2 }, 'fr')).toBe('2 présences');
    expect(fill(presences.fr, { count: 1234 }, 'fr')).toBe('1\u202f234 présences');
    expect(fill(presences.fr, { count: 1_000_000 }, 'fr')).toBe('1\u202f000\u202f000 de présences');
    expect(fill(presences.fr, { count: 1_500_000 }, 'fr')).toBe('1\u202f500\u202f000 présences');
  });

  it('fall back to `other` for a form not given, or without a numeric count', () => {
    expect(pluralForm({ one: 'a', other: 'b' }, 1_000_000, 'fr')).toBe('b');
    expect(pluralForm(presences.en, undefined)).toBe('{count} presences');
    expect(pluralForm(presences.en, '1')).toBe('{count} presences');
    expect(pluralForm('plain', 1)).toBe('plain');
    expect(textForms(presences.fr)).toHaveLength(3);
    expect(textForms('plain')).toEqual(['plain']);
  });

  it('are chosen by a translator over a catalogue', () => {
    const t = translator({ 'x.count': presences, 'x.plain': { en: '{n} items', fr: '{n} éléments' } });
    expect(t('en', 'x.count', { count: 1 })).toBe('1 presence');
    expect(t('fr', 'x.count', { count: 0 })).toBe('0 présence');
    expect(t('fr', 'x.plain', { n: 3 })).toBe('3 éléments');
  });
});
