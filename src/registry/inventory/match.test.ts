import { describe, expect, it } from 'vitest';
import {
  acronym,
  cover,
  fitPerson,
  type KnownPerson,
  type KnownUnit,
  nameOfEmail,
  orderKey,
  PeopleMatcher,
  UnitMatcher,
  unitWords,
} from './match';

const PEOPLE: KnownPerson[] = [
  { id: 1, name: 'Aurélie Dumas', email: 'aurelie.dumas@ombreval.example', left: true },
  { id: 2, name: 'Maxime Girard', email: 'maxime.girard@ombreval.example', left: false },
  { id: 3, name: 'Jean-François Gagnon', email: null, left: false },
  { id: 4, name: 'Yann Le Goff', email: 'yann.legoff@ombreval.example', left: false },
  { id: 5, name: 'Anaïs Robin', email: null, left: false },
  { id: 6, name: 'Alain Robin', email: null, left: false },
  { id: 7, name: 'Camille Roussel', email: null, left: false },
];

const UNITS: KnownUnit[] = [
  { id: 10, name: 'Direction de la communication groupe', aliases: [] },
  { id: 11, name: 'Direction des ressources humaines', aliases: [] },
  { id: 12, name: 'Branche Énergie', aliases: [] },
  { id: 13, name: 'Direction régionale Provence-Alpes-Côte d’Azur', aliases: [] },
  { id: 14, name: 'Direction régionale Occitanie', aliases: [] },
  { id: 15, name: 'Direction régionale Hauts-de-France', aliases: [] },
  { id: 16, name: 'Agence Hublot & Plume (prestataire)', aliases: ['Hublot', 'HP Agence'] },
  { id: 17, name: 'Direction des systèmes d’information', aliases: [] },
];

const people = new PeopleMatcher(PEOPLE);
const units = new UnitMatcher(UNITS);
const ids = (r: ReturnType<PeopleMatcher['match']>) =>
  r.kind === 'suggest' ? r.candidates.map((c) => c.id) : r.kind === 'exact' ? [r.target.id] : [];

describe('names as words', () => {
  it('folds case, accents and punctuation, and sorts words for order', () => {
    expect(orderKey('Dumas Aurélie')).toBe(orderKey('aurelie DUMAS'));
    expect(orderKey('Le Goff, Yann')).toBe('goff le yann');
  });

  it('keeps a unit’s significant words and joins letters written one by one', () => {
    expect(unitWords('Direction des ressources humaines')).toEqual(['direction', 'ressources', 'humaines']);
    expect(unitWords('D.R.H.')).toEqual(['drh']);
    expect(acronym('Direction régionale Provence-Alpes-Côte d’Azur')).toBe('drpaca');
    expect(acronym('Department of Human Resources')).toBe('dhr');
  });

  it('reads the name an e-mail address spells', () => {
    expect(nameOfEmail('aurelie.dumas+rh@x.example')).toBe('aurelie dumas');
  });
});

describe('fitPerson', () => {
  it('matches whole words in any order and single letters as initials', () => {
    expect(fitPerson(['a', 'dumas'], ['aurelie', 'dumas'])).toEqual({ ok: true, initials: 1, skipped: 0 });
    expect(fitPerson(['dumas', 'a'], ['aurelie', 'dumas'])).toEqual({ ok: true, initials: 1, skipped: 0 });
    expect(fitPerson(['gagnon'], ['jean', 'francois', 'gagnon'])).toMatchObject({ ok: true, skipped: 2 });
    expect(fitPerson(['b', 'dumas'], ['aurelie', 'dumas']).ok).toBe(false);
    // Initials alone say too little.
    expect(fitPerson(['a', 'd'], ['aurelie', 'dumas']).ok).toBe(false);
  });
});

describe('cover', () => {
  it('reads an acronym as the run of words it stands for', () => {
    expect(cover(['drh'], ['direction', 'ressources', 'humaines'])).toMatchObject({
      ok: true,
      acronym: true,
    });
    expect(
      cover(['direction', 'regionale', 'paca'], unitWords('Direction régionale Provence-Alpes-Côte d’Azur')),
    ).toMatchObject({ ok: true, acronym: true });
    expect(cover(['dr', 'occitanie'], ['direction', 'regionale', 'occitanie'])).toMatchObject({
      ok: true,
      acronym: true,
    });
    expect(cover(['drh'], ['direction', 'regionale', 'occitanie']).ok).toBe(false);
  });

  it('leaves words out only when asked, fewest first', () => {
    expect(cover(['energie'], ['branche', 'energie']).ok).toBe(false);
    expect(cover(['energie'], ['branche', 'energie'], true)).toMatchObject({
      ok: true,
      skipped: 1,
      matched: ['energie'],
    });
  });
});

describe('PeopleMatcher', () => {
  it('reads the same name in another order, case or accents without asking, departed people too', () => {
    expect(people.match({ name: 'Dumas Aurélie' })).toEqual({
      kind: 'exact',
      target: expect.objectContaining({ id: 1, how: 'order', left: true }),
    });
    expect(people.match({ name: 'aurelie dumas' })).toMatchObject({
      kind: 'exact',
      target: { id: 1, how: 'same' },
    });
    expect(people.match({ name: 'LE GOFF Yann' })).toMatchObject({
      kind: 'exact',
      target: { id: 4, how: 'order' },
    });
    expect(people.match({ name: 'Gagnon Jean François' })).toMatchObject({
      kind: 'exact',
      target: { id: 3 },
    });
  });

  it('reads a known e-mail address without asking', () => {
    expect(people.match({ email: 'Maxime.Girard@ombreval.example' })).toMatchObject({
      kind: 'exact',
      target: { id: 2, how: 'email' },
    });
  });

  it('only suggests a person from initials, a typo or part of the name', () => {
    expect(people.match({ name: 'A. Dumas' })).toEqual({
      kind: 'suggest',
      candidates: [expect.objectContaining({ id: 1, how: 'initials', left: true })],
    });
    expect(people.match({ name: 'Dumas A.' })).toMatchObject({ kind: 'suggest', candidates: [{ id: 1 }] });
    expect(people.match({ name: 'J.-F. Gagnon' })).toMatchObject({
      kind: 'suggest',
      candidates: [{ id: 3, how: 'initials' }],
    });
    expect(people.match({ name: 'Aurélie Dumsa' })).toMatchObject({
      kind: 'suggest',
      candidates: [{ id: 1, how: 'typo' }],
    });
    expect(people.match({ name: 'Maxime Girrard' })).toMatchObject({
      kind: 'suggest',
      candidates: [{ id: 2 }],
    });
    expect(people.match({ name: 'Jean Gagnon' })).toMatchObject({
      kind: 'suggest',
      candidates: [{ id: 3, how: 'partial' }],
    });
  });

  it('never takes a different number for a typo', () => {
    const numbered = new PeopleMatcher([{ id: 1, name: 'Personne 1-0', email: null, left: false }]);
    expect(numbered.match({ name: 'Personne 0-0' })).toEqual({ kind: 'none', closest: null });
    expect(numbered.match({ name: 'Personne 0-1' })).toEqual({ kind: 'none', closest: null });
    const units = new UnitMatcher([{ id: 1, name: 'Entité 1', aliases: [] }]);
    expect(units.match('Entité 2')).toEqual({ kind: 'none', closest: null });
  });

  it('lists every candidate when initials are ambiguous, and applies none', () => {
    const r = people.match({ name: 'A. Robin' });
    expect(r.kind).toBe('suggest');
    expect(ids(r).sort()).toEqual([5, 6]);
  });

  it('suggests the person an unknown e-mail address spells, never reads it as them', () => {
    expect(people.match({ email: 'aurelie.dumas@gmail.com' })).toMatchObject({
      kind: 'suggest',
      candidates: [{ id: 1, how: 'email_name' }],
    });
  });

  it('finds nobody for a new name, with the closest person when one is close', () => {
    expect(people.match({ name: 'Paul Roy' })).toEqual({ kind: 'none', closest: null });
    const far = people.match({ name: 'Camille Rousseau' });
    expect(far).toMatchObject({ kind: 'none', closest: { id: 7 } });
  });
});

describe('UnitMatcher', () => {
  it('reads an acronym, a partial acronym, an alias and articles left out without asking', () => {
    expect(units.match('DRH')).toMatchObject({ kind: 'exact', target: { id: 11, how: 'acronym' } });
    expect(units.match('D.R.H.')).toMatchObject({ kind: 'exact', target: { id: 11 } });
    expect(units.match('Direction régionale PACA')).toMatchObject({
      kind: 'exact',
      target: { id: 13, how: 'acronym' },
    });
    expect(units.match('DR Occitanie')).toMatchObject({ kind: 'exact', target: { id: 14 } });
    expect(units.match('hublot')).toMatchObject({ kind: 'exact', target: { id: 16, how: 'alias' } });
    expect(units.match('Direction ressources humaines')).toMatchObject({
      kind: 'exact',
      target: { id: 11, how: 'words' },
    });
    expect(units.match('direction des RESSOURCES humaines')).toMatchObject({
      kind: 'exact',
      target: { id: 11, how: 'same' },
    });
  });

  it('asks about a close name: part of it, a typo, an acronym of part of it', () => {
    expect(units.match('Énergie')).toMatchObject({
      kind: 'suggest',
      candidates: [{ id: 12, how: 'partial' }],
    });
    expect(units.match('Branche Energei')).toMatchObject({
      kind: 'suggest',
      candidates: [{ id: 12, how: 'typo' }],
    });
    expect(units.match('RH')).toMatchObject({ kind: 'suggest', candidates: [{ id: 11 }] });
    expect(units.match('Occitanie')).toMatchObject({ kind: 'suggest', candidates: [{ id: 14 }] });
  });

  it('lists every unit an acronym may stand for', () => {
    const r = units.match('DSI');
    expect(r).toMatchObject({ kind: 'exact', target: { id: 17 } });
    const twice = new UnitMatcher([
      ...UNITS,
      { id: 18, name: 'Direction de la sécurité informatique', aliases: [] },
    ]);
    expect(twice.match('DSI')).toMatchObject({ kind: 'suggest', candidates: [{ id: 17 }, { id: 18 }] });
  });

  it('says nothing of a word most units share, or of a name close to none', () => {
    expect(units.match('Direction')).toMatchObject({ kind: 'none' });
    expect(units.match('Mairie de Brives')).toEqual({ kind: 'none', closest: null });
  });
});
