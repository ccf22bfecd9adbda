import { describe, expect, it } from 'vitest';
import { parseDate } from '../../core/parse/dates';
import { parseCount } from '../../core/parse/numbers';
import { isPlaceholder } from '../../core/parse/words';
import {
  displayNameFromEmail,
  parseId,
  parseLanguages,
  parseMfa,
  parsePerson,
  parsePlatformName,
  parseRecovery,
  parseStatus,
  parseTags,
} from './values';

const value = <T>(p: { value: T } | { error: string }) => ('value' in p ? p.value : `error:${p.error}`);

describe('parseStatus', () => {
  it.each([
    ['actif', 'active'],
    ['Active', 'active'],
    ['ACTIF', 'active'],
    ['en sommeil', 'dormant'],
    ['Inactif', 'dormant'],
    ['dormant', 'dormant'],
    ['abandonné', 'abandoned'],
    ['Abandonne', 'abandoned'],
    ['à fermer', 'closing'],
    ['A fermer', 'closing'],
    ['en cours de fermeture', 'closing'],
    ['redirection', 'redirecting'],
    ['fermé', 'closed'],
    ['Fermée', 'closed'],
    ['closed', 'closed'],
    ['archivé', 'archived'],
    ['découvert', 'discovered'],
  ])('%s → %s', (text, status) => {
    expect(value(parseStatus(text))).toBe(status);
  });

  it('refuses an unknown word', () => {
    expect(value(parseStatus('peut-être'))).toBe('error:inventory.status_invalid');
  });
});

describe('parseMfa', () => {
  it.each([
    ['oui', 'on'],
    ['Yes', 'on'],
    ['activé', 'on'],
    ['on', 'on'],
    ['Oui (SMS)', 'on'],
    ['x', 'on'],
    ['TRUE', 'on'],
    ['non', 'off'],
    ['No', 'off'],
    ['désactivé', 'off'],
    ['off', 'off'],
    ['pas activé', 'off'],
    ['?', 'unknown'],
    ['inconnu', 'unknown'],
    ['unknown', 'unknown'],
  ])('%s → %s', (text, state) => {
    expect(value(parseMfa(text))).toBe(state);
  });

  it('refuses what says nothing about MFA', () => {
    expect(value(parseMfa('voir Paul'))).toBe('error:inventory.mfa_invalid');
  });
});

describe('parseRecovery', () => {
  const org = ['avenor.fr', 'avenor.com'];
  it.each([
    ['communication@avenor.fr', 'corporate'],
    ['social@fr.avenor.com', 'corporate'],
    ['Claire <claire.martin@gmail.com>', 'personal'],
    ['c.martin@hotmail.fr', 'personal'],
    ['jp@orange.fr', 'personal'],
    ['x@free.fr', 'personal'],
    ['y@wanadoo.fr', 'personal'],
    ['z@laposte.net', 'personal'],
    ['a@outlook.com', 'personal'],
    ['b@icloud.com', 'personal'],
    ['c@yahoo.co.uk', 'personal'],
    ['contact@pixelis-agence.fr', 'unknown'],
    ['perso', 'personal'],
    ['Personnel', 'personal'],
    ['pro', 'corporate'],
    ['corporate', 'corporate'],
    ['?', 'unknown'],
  ])('%s → %s', (text, kind) => {
    expect(value(parseRecovery(text, org))).toBe(kind);
  });

  it('needs the organisation domains to call an address corporate', () => {
    expect(value(parseRecovery('communication@avenor.fr'))).toBe('unknown');
  });

  it('refuses a broken address', () => {
    expect(value(parseRecovery('claire@gmail', org))).toBe('error:inventory.email_invalid');
  });
});

describe('parseLanguages', () => {
  it.each([
    ['FR', ['fr']],
    ['français', ['fr']],
    ['French', ['fr']],
    ['fr/en', ['fr', 'en']],
    ['FR-EN', ['fr', 'en']],
    ['Anglais', ['en']],
    ['Français, anglais', ['fr', 'en']],
    ['français et anglais', ['fr', 'en']],
    ['FR / EN / ES', ['fr', 'en', 'es']],
    ['fr-CA', ['fr-CA']],
    ['en_GB', ['en-GB']],
    ['fr, FR', ['fr']],
  ])('%s → %j', (text, codes) => {
    expect(value(parseLanguages(text))).toEqual(codes);
  });

  it('refuses what is not a language', () => {
    expect(value(parseLanguages('klingon'))).toBe('error:inventory.language_invalid');
  });
});

describe('parseTags', () => {
  it('splits on , ; | and drops blanks and repeats', () => {
    expect(value(parseTags('RH, recrutement; Recrutement | | marque employeur'))).toEqual([
      'RH',
      'recrutement',
      'marque employeur',
    ]);
  });
  it('refuses a tag longer than the registry keeps', () => {
    expect(value(parseTags('x'.repeat(61)))).toBe('error:inventory.tag_too_long');
  });
});

describe('parsePerson', () => {
  it.each([
    ['Claire Martin', { name: 'Claire Martin' }],
    ['claire.martin@avenor.fr', { email: 'claire.martin@avenor.fr' }],
    ['Claire.Martin@Avenor.fr', { email: 'claire.martin@avenor.fr' }],
    ['Claire Martin <claire.martin@avenor.fr>', { name: 'Claire Martin', email: 'claire.martin@avenor.fr' }],
    [
      '"Martin, Claire" <claire.martin@avenor.fr>',
      { name: 'Martin, Claire', email: 'claire.martin@avenor.fr' },
    ],
    ['claire.martin@avenor.fr (Claire Martin)', { name: 'Claire Martin', email: 'claire.martin@avenor.fr' }],
    ['mailto:claire.martin@avenor.fr', { email: 'claire.martin@avenor.fr' }],
    ['  Claire   Martin ', { name: 'Claire Martin' }],
  ])('%s', (text, ref) => {
    expect(value(parsePerson(text))).toEqual(ref);
  });

  it.each([
    ['a@b.fr, c@d.fr', 'error:inventory.person_several_emails'],
    ['claire@avenor', 'error:inventory.email_invalid'],
    ['12345', 'error:inventory.person_invalid'],
  ])('refuses %s', (text, error) => {
    expect(value(parsePerson(text))).toBe(error);
  });

  it('names a person known only by e-mail', () => {
    expect(displayNameFromEmail('claire.martin@avenor.fr')).toBe('Claire Martin');
    expect(displayNameFromEmail('jean-paul_dupont+social@x.fr')).toBe('Jean Paul Dupont');
  });
});

describe('small rules', () => {
  it('reads presence ids', () => {
    expect(value(parseId('42'))).toBe(42);
    expect(value(parseId('4.2'))).toBe('error:inventory.id_invalid');
    expect(value(parseId('0'))).toBe('error:inventory.id_invalid');
  });
});

describe('long hostile cells', () => {
  it('are parsed in linear time', () => {
    const parsers = [
      parsePerson,
      parseCount,
      (s: string) => parseDate(s),
      parseLanguages,
      (s: string) => parseRecovery(s, ['avenor.fr']),
      parseMfa,
      parseStatus,
      parseTags,
      isPlaceholder,
    ];
    const cells = [
      `a@${'a'.repeat(9000)}!`,
      'fr/'.repeat(3000),
      `a${', '.repeat(4900)}b`,
      `${'a'.repeat(9000)} @`,
      '@'.repeat(9000),
      `${'1 '.repeat(4900)}x!`,
      `${'le '.repeat(3000)}mars`,
    ];
    const started = performance.now();
    for (const cell of cells) for (const parse of parsers) parse(cell);
    // A guard against backtracking (seconds to hours per cell), not a speed measure: that is the bench's.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('values in the organisation’s own words', () => {
  it.each([
    ['Bilingual', ['fr', 'en']],
    ['bilingue', ['fr', 'en']],
    ['Bilingue', ['fr', 'en']],
    ['both', ['fr', 'en']],
    ['les deux', ['fr', 'en']],
    ['FR/EN', ['fr', 'en']],
    ['français et anglais', ['fr', 'en']],
    ['Anglais / Français', ['en', 'fr']],
    ['FR', ['fr']],
    ['Fr.', ['fr']],
    ['anglais', ['en']],
    ['English', ['en']],
    ['EN only', ['en']],
    ['anglais uniquement', ['en']],
    ['français (principalement)', ['fr']],
    ['version en anglais', ['en']],
    ['fr-CA, en', ['fr-CA', 'en']],
    ['fr en de', ['fr', 'en', 'de']],
  ])('language %j', (text, codes) => {
    expect(parseLanguages(text)).toEqual({ value: codes });
  });

  it('leaves words that name no language to a person', () => {
    for (const text of ['Multilingue', 'All', 'toutes', 'selon le post'])
      expect(parseLanguages(text)).toMatchObject({ error: 'inventory.language_invalid' });
  });

  it.each([
    ['actif', 'active'],
    ['Actif (depuis 2012)', 'active'],
    ['Open', 'active'],
    ['en sommeil', 'dormant'],
    ['Dormant', 'dormant'],
    ['En pause', 'dormant'],
    ['on hold', 'dormant'],
    ['inutilisé', 'dormant'],
    ['abandonné', 'abandoned'],
    ['plus utilisé', 'abandoned'],
    ['à supprimer', 'closing'],
    ['To be deleted', 'closing'],
    ['à archiver', 'closing'],
    ['fermé', 'closed'],
    ['Désactivé', 'closed'],
    ['archivé', 'archived'],
    ['Archived', 'archived'],
    ['En sommeil - à revoir', 'dormant'],
  ])('status %j', (text, status) => {
    expect(parseStatus(text)).toEqual({ value: status });
  });

  it.each([
    ['Twitter/X', 'x'],
    ['X (ex-Twitter)', 'x'],
    ['FB', 'facebook'],
    ['Page FB', 'facebook'],
    ['Insta', 'instagram'],
    ['IG', 'instagram'],
    ['LinkedIn', 'linkedin'],
    ['LI', 'linkedin'],
    ['YT', 'youtube'],
    ['TT', 'tiktok'],
    ['Tik Tok', 'tiktok'],
    ['Masto', 'mastodon'],
  ])('platform %j', (text, id) => {
    expect(parsePlatformName(text)?.platform.id).toBe(id);
  });

  it.each([
    ['oui', 'on'],
    ['Yes', 'on'],
    ['x', 'on'],
    ['✓', 'on'],
    ['✔', 'on'],
    ['vrai', 'on'],
    ['TRUE', 'on'],
    ['OK', 'on'],
    ['non', 'off'],
    ['No', 'off'],
    ['faux', 'off'],
    ['✗', 'off'],
    ['✘', 'off'],
    ['aucun', 'off'],
    ['?', 'unknown'],
  ])('yes/no %j', (text, state) => {
    expect(parseMfa(text)).toEqual({ value: state });
  });

  it.each([
    ['12/09/2011', '2011-09-12'],
    ['2011-09-12', '2011-09-12'],
    ['mars 2021', '2021-03-01'],
    ['March 2021', '2021-03-01'],
    ['Sep 2012', '2012-09-01'],
    ['Jan-22', '2022-01-01'],
    ['41275', '2013-01-01'],
    ['T2 2018', '2018-04-01'],
    ['Q3 2023', '2023-07-01'],
    ['S2 2019', '2019-07-01'],
    ['vers 2021', '2021-01-01'],
    ['début 2023', '2023-01-01'],
    ['circa 2015', '2015-01-01'],
  ])('date %j', (text, iso) => {
    expect(parseDate(text)).toEqual({ value: iso });
  });

  it('leaves dates it cannot place to a person', () => {
    for (const text of ['Été 2020', 'fin 2021', 'hier', 'T5 2020'])
      expect(parseDate(text)).toMatchObject({ error: 'inventory.date_invalid' });
  });
});
