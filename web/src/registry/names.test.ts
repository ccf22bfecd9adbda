// What a person reads for an id the API named: the name, the last name of a deleted one, or "deleted
// presence"; never the number. In both languages.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { type NameRef, nameText } from './names';

let say: Record<'en' | 'fr', TFunction>;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
  say = { en: i18n.getFixedT('en'), fr: i18n.getFixedT('fr') };
});

const ref = (over: Partial<NameRef>): NameRef => ({
  kind: 'presence',
  id: 26,
  name: null,
  deleted: false,
  ...over,
});

describe('nameText', () => {
  it('says the name of what still exists', () => {
    expect(nameText(say.en, ref({ name: 'Ombreval Jobs' }))).toBe('Ombreval Jobs');
    expect(nameText(say.fr, ref({ kind: 'user', id: 7, name: 'Hélène Marchand' }))).toBe('Hélène Marchand');
  });

  it('says a deleted one by its last known name, marked as deleted', () => {
    expect(nameText(say.en, ref({ name: 'Ombreval Jobs', deleted: true }))).toBe('Ombreval Jobs (deleted)');
    expect(nameText(say.fr, ref({ name: 'Ombreval Jobs', deleted: true }))).toBe('Ombreval Jobs (supprimée)');
    expect(nameText(say.fr, ref({ kind: 'audit', name: 'Audit RH', deleted: true }))).toBe(
      'Audit RH (supprimé)',
    );
  });

  it('says "deleted presence" when the log never named it, never its number', () => {
    expect(nameText(say.en, ref({ deleted: true }))).toBe('deleted presence');
    expect(nameText(say.fr, ref({ deleted: true }))).toBe('présence supprimée');
    expect(nameText(say.en, ref({ kind: 'user', id: 7, deleted: true }))).toBe('deleted user');
    for (const lng of ['en', 'fr'] as const)
      expect(nameText(say[lng], ref({ kind: 'unit', id: 5, deleted: true }))).not.toMatch(/5/);
  });

  it('says nothing for no reference, or for something that exists without a name', () => {
    expect(nameText(say.en, null)).toBeNull();
    expect(nameText(say.en, ref({ kind: 'audit_template' }))).toBeNull();
  });
});
