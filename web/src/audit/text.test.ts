import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Finding, Reason } from '../../../src/audit/model';
import { formatters } from '../app/format';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { type AuditText, auditText, counted, type Translate } from './text';

describe('counted', () => {
  it('keeps the server’s count a number, so i18next can choose the plural form', () => {
    expect(counted({ count: '1,234', ids: '#3' }, { count: 1234, ids: '#3' })).toEqual({
      count: 1234,
      ids: '#3',
    });
    expect(counted({ count: '3' }, { count: '3' })).toEqual({ count: '3' });
    expect(counted({ n: '2' }, undefined)).toEqual({ n: '2' });
  });
});

/** The audit's texts as the web app writes them in `lng`, from the real catalogues. */
async function textsIn(lng: 'en' | 'fr'): Promise<AuditText> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng,
    interpolation: { escapeValue: false },
  });
  // Keys as plain strings: the codes come from the server.
  const t = i18n.t.bind(i18n) as unknown as Translate['t'];
  return auditText({ t, exists: (key, values) => i18n.exists(key, values) }, formatters(lng), (id) => id);
}

describe('audit sentences that count', async () => {
  const EN = await textsIn('en');
  const FR = await textsIn('fr');
  const MILLION_FR = '1\u202f000\u202f000';
  /** A finding with its params as the rules give them: the counted quantity again as `count`. */
  const finding = (code: Finding['code'], params: Finding['params']): Finding => ({
    code,
    severity: 'low',
    params,
  });
  const reason = (code: string, params: Reason['params']): Reason => ({
    code: `audit.reason.${code}`,
    params,
  });

  it('counts the posts of a low cadence: 1 post, 2 posts, 0 publication', () => {
    const posts = (n: number) => finding('low_cadence', { posts: n, perWeek: 0.1, min: 6, count: n });
    expect(EN.findingText(posts(1))).toBe(
      'Only 1 post in 90 days (0.1 a week), below the expected minimum of 6.',
    );
    expect(EN.findingText(posts(2))).toBe(
      'Only 2 posts in 90 days (0.1 a week), below the expected minimum of 6.',
    );
    expect(FR.findingText(posts(0))).toBe(
      'Seulement 0 publication en 90 jours (0,1 par semaine), sous le minimum attendu de 6.',
    );
    expect(FR.findingText(posts(1))).toBe(
      'Seulement 1 publication en 90 jours (0,1 par semaine), sous le minimum attendu de 6.',
    );
    expect(FR.findingText(posts(2))).toBe(
      'Seulement 2 publications en 90 jours (0,1 par semaine), sous le minimum attendu de 6.',
    );
    expect(FR.findingText(posts(1_000_000))).toMatch(
      new RegExp(`^Seulement ${MILLION_FR} de publications en 90 jours`),
    );
    expect(EN.reason(reason('low_cadence', { posts: 1, min: 6, count: 1 }))).toBe(
      '1 post in 90 days, below the expected minimum of 6: publish more regularly.',
    );
  });

  it('counts the unanswered posts', () => {
    const posts = (n: number) => finding('no_replies', { posts: n, count: n });
    expect(EN.findingText(posts(1))).toBe(
      '1 post in 90 days and not a single reply: the audience’s questions go unanswered.',
    );
    expect(FR.findingText(posts(2))).toBe(
      '2 publications en 90 jours et aucune réponse aux internautes : leurs questions restent lettre morte.',
    );
    expect(FR.reason(reason('answer_audience', { posts: 1, count: 1 }))).toBe(
      'Répondez aux internautes : 1 publication en 90 jours, aucune réponse.',
    );
  });

  it('counts the people who follow an abandoned presence: 1 person, 2 people, 1 000 000 de personnes', () => {
    const people = (n: number) => finding('abandoned_with_audience', { audience: n, days: 394, count: n });
    expect(EN.findingText(people(1))).toBe(
      'Abandoned for 1 year 1 month while 1 person still follows it: their questions and complaints reach nobody.',
    );
    expect(EN.findingText(people(2))).toBe(
      'Abandoned for 1 year 1 month while 2 people still follow it: their questions and complaints reach nobody.',
    );
    expect(FR.findingText(people(1))).toBe(
      'Abandonnée depuis 1 an et 1 mois alors que 1 personne la suit encore : ses questions et ses réclamations ne parviennent à personne.',
    );
    expect(FR.findingText(people(1_000_000))).toBe(
      `Abandonnée depuis 1 an et 1 mois alors que ${MILLION_FR} de personnes la suivent encore : leurs questions et leurs réclamations ne parviennent à personne.`,
    );
  });

  it('counts days and followers in the reasons', () => {
    expect(EN.reason(reason('activity_unknown', { audience: 1, count: 1 }))).toBe(
      '1 person follows it, but nothing is known of its activity: check it before deciding.',
    );
    expect(FR.reason(reason('abandoned_close', { days: 394, audience: 0, count: 0 }))).toBe(
      'Aucune activité depuis 1 an et 1 mois et seulement 0 abonné : fermez-la avec un message de redirection vers la présence conservée.',
    );
    expect(EN.reason(reason('dormant_close', { days: 120, audience: 1, count: 1 }))).toBe(
      'Dormant for 4 months with only 1 follower: close it with a redirect message.',
    );
    const maintain = { days: 1, audience: 1, posts: 1, engagement: 1, count: 1 };
    expect(EN.reason(reason('maintain', maintain))).toBe(
      'Active (last activity 1 day ago) but short of the bar for investment (followers: 1; posts in 90 days: 1; interactions per post: 1): maintain it.',
    );
    expect(FR.reason(reason('maintain', { ...maintain, days: 2, count: 2 }))).toMatch(
      /^Active \(dernière activité il y a 2\u00a0jours\), mais en deçà du seuil d’investissement \(abonnés : 1 ;/,
    );
    expect(FR.reason(reason('invest', { audience: 1, posts: 1, engagement: 1 }))).toBe(
      'Elle porte ses fruits (abonnés : 1 ; publications en 90 jours : 1 ; interactions par publication : 1) : investissez-y et fixez ses indicateurs clés.',
    );
  });

  it('reads a sentence without its count (an audit run before it counted) in its plural form', () => {
    const old = finding('low_cadence', { posts: 3, perWeek: 0.2, min: 6 });
    expect(EN.findingText(old)).toBe(
      'Only 3 posts in 90 days (0.2 a week), below the expected minimum of 6.',
    );
    expect(FR.reason(reason('keep_audience', { audience: 4000 }))).toMatch(
      /^Ses résultats sont faibles, mais 4/,
    );
  });
});

// Issue 12: the status a person declared and the one the activity measures, both in the reader's words.
describe('a status out of date', async () => {
  const EN = await textsIn('en');
  const FR = await textsIn('fr');
  const differs = (days: number): Finding => ({
    code: 'status_differs',
    severity: 'low',
    params: {
      declared: 'dormant',
      declared_fr: 'en sommeil',
      measured: 'abandoned',
      measured_fr: 'abandonnée',
      days,
      dormant: 90,
      abandoned: 365,
      count: days,
    },
  });

  it('says what was declared and what the activity measures', () => {
    expect(EN.findingText(differs(488))).toBe(
      'Declared dormant in the registry, but its last activity was 1 year 4 months ago: abandoned by the audit’s thresholds (dormant after 90 days, abandoned after 365).',
    );
    expect(FR.findingText(differs(488))).toBe(
      'Déclarée « en sommeil » au registre, mais sa dernière activité remonte à 1 an et 4 mois : « abandonnée » selon les seuils de l’audit (en sommeil après 90 jours, abandonnée après 365).',
    );
    expect(EN.findingText(differs(1))).toContain('was 1 day ago');
    expect(EN.findingTitle('status_differs')).toBe('Status out of date');
  });

  it('names the new decision and its tasks', () => {
    expect(EN.decision('remove')).toBe('Remove from the inventory and from our websites');
    expect(FR.decision('remove')).toBe('Retirer de l’inventaire et de nos sites');
    const task = { kind: 'mark_archived' as const, params: { account: '+Ombreval', platform: 'Google+' } };
    expect(FR.taskTitle(task)).toBe('Passer +Ombreval (Google+) au statut « archivée » dans le registre');
  });
});

describe('the audit pages’ counts', async () => {
  async function tIn(lng: 'en' | 'fr') {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { translation: en }, fr: { translation: fr } },
      lng,
      interpolation: { escapeValue: false },
    });
    return i18n.t.bind(i18n) as unknown as Translate['t'];
  }
  const EN = await tIn('en');
  const FR = await tIn('fr');

  it('read 1 in the singular: a run of one presence, one presence before, one character', () => {
    const run = (count: number) => ({ name: 'A', presences: String(count), kept: '1', count });
    expect(EN('audit.run.done', run(1))).toBe(
      '“A”: 1 presence audited; kept once the recommendations are carried out: 1.',
    );
    expect(EN('audit.run.done', run(2))).toBe(
      '“A”: 2 presences audited; kept once the recommendations are carried out: 1.',
    );
    expect(FR('audit.run.done', run(1))).toBe(
      '« A » : 1 présence auditée ; conservées une fois les recommandations appliquées : 1.',
    );
    const ba = (count: number) => ({ before: String(count), after: '0', count });
    expect(EN('audit.figures.beforeAfterLabel', ba(1))).toBe('1 presence before, 0 after');
    expect(EN('audit.figures.beforeAfterLabel', ba(3))).toBe('3 presences before, 0 after');
    expect(FR('audit.figures.beforeAfterLabel', ba(0))).toBe('0 présence avant, 0 après');
    expect(EN('audit.templates.lengthNoLimit', { length: '1', count: 1 })).toBe('1 character');
    expect(EN('audit.templates.lengthNoLimit', { length: '12', count: 12 })).toBe('12 characters');
    expect(FR('audit.templates.length', { length: '1', limit: '280', count: 1 })).toBe('1 caractère sur 280');
    expect(EN('audit.templates.length', { length: '2', limit: '280', count: 2 })).toBe('2 characters of 280');
  });
});

describe('presences named in reasons (issue 12)', async () => {
  const EN = await textsIn('en');
  const FR = await textsIn('fr');
  const redirect: Reason = { code: 'audit.reason.redirect_to', params: { into: '5' } };

  it('names the target from the audit', () => {
    expect(EN.reason(redirect, (id) => (id === 5 ? 'Bibliothèque' : undefined))).toBe(
      'Its audience is sent to Bibliothèque.',
    );
  });

  it('says a presence that is gone is deleted, in the reader’s language, never "#5"', () => {
    expect(EN.reason(redirect, () => undefined)).toBe('Its audience is sent to a deleted presence.');
    expect(FR.reason(redirect, () => undefined)).toBe(
      'Son audience est redirigée vers une présence supprimée.',
    );
  });
});
