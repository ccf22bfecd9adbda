import { describe, expect, it } from 'vitest';
import {
  detectDateOrder,
  displayNameFromEmail,
  isPlaceholder,
  parseCount,
  parseDate,
  parseId,
  parseLanguages,
  parseMfa,
  parseNumber,
  parsePerson,
  parsePlatformName,
  parseRecovery,
  parseStatus,
  parseTags,
  stripFormulaGuard,
} from './values';

const value = <T>(p: { value: T } | { error: string }) => ('value' in p ? p.value : `error:${p.error}`);

describe('parseDate', () => {
  it.each([
    ['2021-03-04', '2021-03-04'],
    ['2021-03-04T10:30:00Z', '2021-03-04'],
    ['2021-03-04 10:30', '2021-03-04'],
    ['2021/3/4', '2021-03-04'],
    ['2021-03', '2021-03-01'],
    ['2012', '2012-01-01'],
    ['04/03/2021', '2021-03-04'],
    ['4.3.2021', '2021-03-04'],
    ['04-03-21', '2021-03-04'],
    ['25/12/2019', '2019-12-25'],
    ['12/25/2019', '2019-12-25'],
    ['4 mars 2021', '2021-03-04'],
    ['1er mars 2021', '2021-03-01'],
    ['le mardi 4 mars 2021 à 10h30', '2021-03-04'],
    ['4 Mars. 2021', '2021-03-04'],
    ['March 4, 2021', '2021-03-04'],
    ['March 4th, 2021', '2021-03-04'],
    ['4 March 2021', '2021-03-04'],
    ['mars 2021', '2021-03-01'],
    ['janv. 2015', '2015-01-01'],
    ['août 2014', '2014-08-01'],
    ['03/2021', '2021-03-01'],
    ['44259', '2021-03-04'],
    ['44259.5', '2021-03-04'],
  ])('%s → %s', (text, iso) => {
    expect(value(parseDate(text))).toBe(iso);
  });

  it('reads ambiguous dates the way the file writes them', () => {
    expect(value(parseDate('03/04/2021'))).toBe('2021-04-03');
    expect(value(parseDate('03/04/2021', 'mdy'))).toBe('2021-03-04');
    // Only one reading is possible: taken whatever the order.
    expect(value(parseDate('13/04/2021', 'mdy'))).toBe('2021-04-13');
  });

  it.each(['31/02/2021', 'hier', '04/03', '12345', '2021-13-01', 'mars', '32 mars 2021', ''])(
    'refuses %s',
    (text) => {
      expect(value(parseDate(text))).toBe('error:inventory.date_invalid');
    },
  );

  it('refuses implausible years', () => {
    expect(value(parseDate('1850-01-01'))).toBe('error:inventory.date_out_of_range');
  });
});

describe('detectDateOrder', () => {
  it('defaults to day first, as in French', () => {
    expect(detectDateOrder(['03/04/2021', ''])).toEqual({ order: 'dmy', mixed: false });
  });
  it('switches to month first when the file proves it', () => {
    expect(detectDateOrder(['03/04/2021', '12/25/2019'])).toEqual({ order: 'mdy', mixed: false });
  });
  it('says when a file mixes both', () => {
    expect(detectDateOrder(['25/12/2019', '12/25/2019'])).toEqual({ order: 'dmy', mixed: true });
  });
});

describe('parseCount and parseNumber', () => {
  it.each([
    ['12500', 12_500],
    ['12 500', 12_500],
    ['12\u00a0500', 12_500],
    ['12\u202f500', 12_500],
    ['12,5 k', 12_500],
    ['12.5K', 12_500],
    ['1.2M', 1_200_000],
    ['1,2 M', 1_200_000],
    ['2 millions', 2_000_000],
    ['12 500 abonnés', 12_500],
    ['3 400 followers', 3_400],
    ['~ 800 fans', 800],
    ['12,500', 12_500],
    ['1.234.567', 1_234_567],
    ['1,234.5', 1_235],
    ['1 234,5', 1_235],
    ["12'500", 12_500],
    ['10k+', 10_000],
    ['0', 0],
  ])('%s → %d', (text, n) => {
    expect(value(parseCount(text))).toBe(n);
  });

  it('keeps decimals when asked for a number', () => {
    expect(value(parseNumber('1 234,5'))).toBe(1234.5);
    expect(value(parseNumber('3,14'))).toBe(3.14);
  });

  it.each([
    ['beaucoup', 'error:inventory.number_invalid'],
    ['12 kg', 'error:inventory.number_invalid'],
    ['-5', 'error:inventory.number_negative'],
  ])('refuses %s', (text, error) => {
    expect(value(parseCount(text))).toBe(error);
  });
});

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
  it('removes only our own formula guard', () => {
    expect(stripFormulaGuard("'=CMD()")).toBe('=CMD()');
    expect(stripFormulaGuard("'+33 1 23")).toBe('+33 1 23');
    expect(stripFormulaGuard("''=x")).toBe("'=x");
    expect(stripFormulaGuard("'quoted'")).toBe("'quoted'");
    expect(stripFormulaGuard('=CMD()')).toBe('=CMD()');
  });

  it('recognises placeholders', () => {
    for (const p of ['?', '-', 'N/A', 'n.c.', 'inconnu', 'Aucun', '#N/A', ''])
      expect(isPlaceholder(p)).toBe(true);
    for (const p of ['Claire', '0', 'non']) expect(isPlaceholder(p)).toBe(false);
  });

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
