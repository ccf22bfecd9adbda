import { describe, expect, it } from 'vitest';
import { textForms } from '../../core/i18n';
import { type AuditItem, KEEPING_DECISIONS } from '../model';
import { FORMULA_NAME, GENERATED_AT, reportFixture, XSS_NAME, XSS_REASON } from './fixture';
import { renderReportHtml } from './html';
import { reportMessages } from './messages';
import { fillHtml, formatDays, plural, tr } from './text';

const data = reportFixture();
const fr = renderReportHtml(data, 'fr');
const en = renderReportHtml(data, 'en');

/** The text a reader sees: tags dropped, entities and spaces folded. */
function visible(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** The visible text of one section of the report. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start).toBeGreaterThan(-1);
  return visible(html.slice(start, html.indexOf('</section>', start)));
}

// Figures computed here from the items, independently of the report's own code.
const items = data.audit.items;
const kept = (i: AuditItem) => KEEPING_DECISIONS.includes(i.decision?.decision ?? i.recommendation.decision);
const before = items.length;
const after = items.filter(kept).length;
const pending = items.filter((i) => !i.decision).length;
const today = GENERATED_AT.slice(0, 10);
const overdue = data.tasks.filter(
  (t) => (t.status === 'todo' || t.status === 'doing') && t.dueOn < today,
).length;

describe('renderReportHtml', () => {
  it('is a standalone document: no script, no external resource', () => {
    for (const html of [fr, en]) {
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toMatch(/<style>/);
      expect(html.toLowerCase()).not.toContain('<script');
      expect(html).not.toMatch(/<link|@import|\bsrc=["']?https?:|url\(/i);
    }
    expect(fr).toContain('<html lang="fr">');
    expect(en).toContain('<html lang="en">');
  });

  it('shows the before/after picture computed from the items, with the pending decisions', () => {
    expect(before).toBe(34);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(visible(fr)).toContain(`De ${before} à ${after} présences`);
    expect(visible(en)).toContain(`From ${before} to ${after} presences`);
    expect(visible(fr)).toContain(`${pending} décisions restent à prendre`);
    expect(visible(en)).toContain(`${pending} decisions are still pending`);
    // The tiles: decisions taken, presences that go, overdue tasks.
    expect(visible(en)).toContain(`${before - pending} / ${before} Decisions taken`);
    expect(visible(en)).toContain(`${before - after} To close or merge`);
    expect(overdue).toBeGreaterThan(0);
    expect(visible(en)).toContain(`${overdue} Overdue tasks`);
    expect(visible(fr)).toContain(`${overdue} tâches du plan d’action sont en retard`);
  });

  it('names the scope, the date, who ran the audit and the organisation', () => {
    const text = visible(fr);
    expect(text).toContain('Ombreval SA');
    expect(text).toContain('Audit annuel 2025');
    expect(text).toContain('L’ensemble de l’organisation');
    expect(text).toContain('Situation au 1 juin 2025');
    expect(text).toContain('Audit conduit par Claire Martin');
    expect(visible(en)).toContain('Situation as of 1 June 2025');
    const unit = renderReportHtml(
      { ...data, audit: { ...data.audit, unit: 'Ombreval Retail', unitId: 2 } },
      'en',
    );
    expect(visible(unit)).toContain('Scope Ombreval Retail');
  });

  it('draws the four charts as inline SVG, labelled in the reader’s language', () => {
    for (const html of [fr, en]) expect(html.match(/<svg[\s>]/g)?.length).toBe(4);
    const svgs = (html: string) => (html.match(/<svg[\s\S]*?<\/svg>/g) ?? []).join('');
    expect(svgs(fr)).toContain('Investir');
    expect(svgs(fr)).toContain('En sommeil');
    expect(svgs(fr)).toContain('Sans entité');
    expect(svgs(en)).toContain('Invest');
    expect(svgs(en)).toContain('Dormant');
    expect(svgs(en)).toContain('Direction régionale Sud-Ouest');
  });

  it('escapes every value from the data', () => {
    for (const html of [fr, en]) {
      expect(html).not.toContain(XSS_NAME);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Ombreval Toulouse');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(visible(html)).toContain(XSS_REASON);
    }
    // Chart labels too: ECharts writes a unit's name into the SVG.
    const items = data.audit.items.map((i) => ({
      ...i,
      presence: { ...i.presence, unit: '<script>u()</script>' },
    }));
    const charts = renderReportHtml({ ...data, audit: { ...data.audit, items } }, 'en');
    expect(charts.toLowerCase()).not.toContain('<script');
    expect(charts).toContain('&lt;script&gt;u()&lt;/script&gt;');
    const hostile = '<b onmouseover="x">Org & Co</b>';
    const html = renderReportHtml({ ...data, organisation: hostile }, 'en');
    expect(html).not.toContain('<b onmouseover');
    expect(html).toContain('&lt;b onmouseover=&quot;x&quot;&gt;Org &amp; Co&lt;/b&gt;');
  });

  it('leaves no catalogue key untranslated', () => {
    for (const html of [fr, en])
      expect(visible(html)).not.toMatch(/\baudit\.(report|finding|reason|decision|task)\./);
  });

  it('formats numbers and dates for the locale', () => {
    expect(fr).toMatch(/14\u202f500/);
    expect(en).toContain('14,500');
    expect(visible(fr)).toContain('Rapport édité le 20 juin 2025');
    expect(visible(en)).toContain('Report produced on 20 June 2025');
  });

  it('names the worst risks: custody, abandoned accounts with an audience, owners gone, dead platforms', () => {
    const risks = section(en, 'risks');
    expect(risks).toContain('Who holds the keys');
    expect(risks).toContain('Ombreval Promos'); // custodian left, abandoned with 14,500 followers
    const abandoned = items.filter((i) => i.findings.some((f) => f.code === 'abandoned_with_audience'));
    const audience = abandoned.reduce((s, i) => s + (i.facts.audience.value ?? 0), 0);
    expect(risks).toContain(`Audience in total: ${audience.toLocaleString('en-GB')}`);
    expect(risks).toContain('Club clients Ombreval');
    expect(risks).toContain('Owners who have left');
    expect(risks).toContain('Google+');
    expect(risks).toContain('Vine');
  });

  it('lists every presence once in the decisions, grouped by what will happen to it', () => {
    const decisions = section(en, 'decisions');
    for (const i of items) expect(decisions).toContain(i.presence.name ?? i.presence.handle ?? '');
    expect(decisions).toContain(FORMULA_NAME);
    expect(decisions.indexOf('Invest')).toBeLessThan(decisions.indexOf('Redirect progressively'));
    expect(decisions.match(/Pending/g)?.length).toBe(pending);
    // A merge names its target by name.
    expect(decisions).toMatch(/Ombreval Boutiques Paris .*Ombreval Boutiques Facebook/);
  });

  it('shows the action plan per unit and per owner, with the overdue tasks', () => {
    const plan = section(fr, 'plan');
    expect(plan).toContain('Par entité');
    expect(plan).toContain('Par responsable');
    expect(plan).toContain('Non attribuée');
    const settled = data.tasks.filter((t) => t.status === 'done' || t.status === 'skipped').length;
    expect(plan).toContain(`Total ${settled} / ${data.tasks.length}`);
    expect(plan).toContain('Tâches en retard');
    expect(plan).toContain('17 jours'); // due 3 June, as of 20 June
  });

  it('compares with the previous audit only when there is one', () => {
    const prev = data.previous!;
    const comparison = section(en, 'comparison');
    const prevKept = prev.items.filter(kept).length;
    expect(comparison).toContain(
      `Presences audited ${prev.items.length} ${before} ${before - prev.items.length}`,
    );
    expect(comparison).toContain(`Presences kept ${prevKept} ${after} +${after - prevKept}`);
    expect(comparison).toContain('MFA off 12 3 -9');
    expect(comparison).toContain('New since the previous audit: 3 · No longer in the audit: 4');
    const alone = renderReportHtml({ ...data, previous: null }, 'en');
    expect(alone).not.toContain('id="comparison"');
    expect(alone).not.toContain('Compared with');
  });

  it('renders an audit with nothing in it', () => {
    const empty = { ...data.audit, items: [] };
    const html = renderReportHtml({ ...data, audit: empty, tasks: [], previous: null }, 'fr');
    // French: 0 takes the singular.
    expect(visible(html)).toContain('De 0 à 0 présence ');
    expect(visible(html)).toContain('Toutes les décisions ont été prises.');
    expect(visible(html)).toContain('Pas encore de plan d’action');
  });
});

describe('reportMessages', () => {
  it('has every text in both languages, with the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, { en, fr }] of Object.entries(reportMessages)) {
      expect(key.startsWith('audit.report.'), key).toBe(true);
      for (const form of [...textForms(en), ...textForms(fr)]) expect(form.trim(), key).not.toBe('');
      for (const form of textForms(fr)) expect(names(form), key).toEqual(names(textForms(en)[0]!));
    }
  });
});

describe('report sentences that count', () => {
  const MILLION_FR = '1\u202f000\u202f000';

  it('count the presences after: From 3 to 1 presence, De 3 à 0 présence', () => {
    const line = (locale: 'en' | 'fr', after: number) =>
      fillHtml(locale, 'audit.report.headline', { before: '3', after: String(after) }, after);
    expect(line('en', 1)).toBe('From 3 to 1 presence');
    expect(line('en', 2)).toBe('From 3 to 2 presences');
    expect(line('fr', 0)).toBe('De 3 à 0 présence');
    expect(line('fr', 1)).toBe('De 3 à 1 présence');
    expect(line('fr', 2)).toBe('De 3 à 2 présences');
    expect(fillHtml('fr', 'audit.report.headline', { before: 'x', after: MILLION_FR }, 1_000_000)).toBe(
      `De x à ${MILLION_FR} de présences`,
    );
  });

  it('choose a group’s form by the number decided, not by its size', () => {
    const group = (decided: number, total: number) =>
      plural('fr', 'audit.report.decisions.group', decided, { decided, total });
    expect(group(0, 3)).toBe('0 décidée sur 3');
    expect(group(1, 3)).toBe('1 décidée sur 3');
    expect(group(2, 1_000_000)).toBe(`2 décidées sur ${MILLION_FR}`);
    expect(plural('en', 'audit.report.decisions.group', 1, { decided: 1, total: 2 })).toBe('1 of 2 decided');
  });

  it('write days in each language’s plural', () => {
    expect(formatDays('en', 1)).toBe('1 day');
    expect(formatDays('en', 2)).toBe('2 days');
    expect(formatDays('en', 0)).toBe('0 days');
    expect(formatDays('fr', 0)).toBe('0 jour');
    expect(formatDays('fr', 1)).toBe('1 jour');
    expect(formatDays('fr', 2)).toBe('2 jours');
    expect(formatDays('fr', 1_000_000)).toBe(`${MILLION_FR} de jours`);
  });

  it('give the audience of abandoned presences as a figure, whatever it is', () => {
    const key = 'audit.report.key.abandoned';
    expect(plural('en', key, 1, { audience: 1 })).toBe(
      '1 abandoned presence still has an audience of 1: whoever writes to it gets no answer.',
    );
    expect(plural('fr', key, 2, { audience: 1 })).toBe(
      '2 présences abandonnées ont encore une audience cumulée de 1 : qui leur écrit n’obtient plus de réponse.',
    );
    expect(plural('fr', key, 1_000_000, { audience: 2 })).toMatch(
      new RegExp(`^${MILLION_FR} de présences abandonnées`),
    );
  });

  it('write French millions with “de” wherever the report counts presences, decisions or tasks', () => {
    for (const key of [
      'audit.report.pending',
      'audit.report.key.custody',
      'audit.report.key.owner_left',
      'audit.report.key.dead',
      'audit.report.key.overdue',
    ])
      expect(plural('fr', key, 1_000_000), key).toMatch(new RegExp(`^${MILLION_FR} de `));
    expect(tr('fr', 'audit.report.day')).toBe('audit.report.day'); // replaced by the plural forms of days
  });
});
