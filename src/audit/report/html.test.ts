import { describe, expect, it } from 'vitest';
import { DECISION_LOOK, DECISIONS as WEB_DECISIONS } from '../../../web/src/audit/meta';
import { textForms } from '../../core/i18n';
import { type AuditItem, DECISIONS, KEEPING_DECISIONS } from '../model';
import { DECISION_COLOURS } from './charts';
import { DECISION_ORDER } from './figures';
import { GENERATED_AT, hostileFixture, reportFixture, scaledFixture, XSS_NAME } from './fixture';
import { renderReportHtml } from './html';
import { reportMessages } from './messages';
import { REPORT_CSS } from './styles';
import { fillHtml, formatDays, platformName, plural, tr } from './text';

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

/** Every section of a report, by its anchor, in order. */
const sectionIds = (html: string) => [...html.matchAll(/<section id="(\w+)"/g)].map((m) => m[1]);

/** The table rows of a report: what grows when a report lists presences one by one. */
const rows = (html: string) => (html.match(/<tr>/g) ?? []).length;

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

  it('titles the cover in the reader’s language, with the organisation, the scope and the dates', () => {
    expect(fr).toContain('<h1>Audit des présences sur les réseaux sociaux</h1>');
    expect(en).toContain('<h1>Audit of the social-media presences</h1>');
    expect(fr).toContain('<title>Rapport d’audit — Audit annuel 2025 — Ombreval SA</title>');
    const cover = section(fr, 'cover');
    expect(cover).toContain('Ombreval SA');
    expect(cover).toContain('Rapport au comité de direction');
    expect(cover).toContain('Audit annuel 2025');
    expect(cover).toContain('Périmètre L’ensemble de l’organisation');
    expect(cover).toContain('Situation au 1 juin 2025');
    expect(cover).toContain('Audit conduit par Claire Martin');
    expect(cover).toContain('Rapport édité le 20 juin 2025');
    expect(section(en, 'cover')).toContain('Situation as of 1 June 2025');
    const unit = renderReportHtml(
      { ...data, audit: { ...data.audit, unit: 'Ombreval Retail', unitId: 2 } },
      'en',
    );
    expect(section(unit, 'cover')).toContain('Scope Ombreval Retail');
  });

  it('gives a contents with each section’s page, the cover being page 1, and says the CSV is the annex', () => {
    const ids = sectionIds(fr);
    expect(ids).toEqual(['cover', 'decide', 'figures', 'audience', 'plan', 'comparison', 'method', 'annex']);
    const toc = fr.slice(fr.indexOf('<nav class="toc"'), fr.indexOf('</nav>'));
    const entries = [...toc.matchAll(/<a href="#(\w+)">.*?<span class="page-no">(\d+)<\/span><\/a>/g)];
    expect(entries.map((e) => [e[1], Number(e[2])])).toEqual(ids.slice(1).map((id, i) => [id, i + 2]));
    expect(visible(toc)).toContain('Sommaire');
    expect(visible(toc)).toContain('1 Ce qu’il faut décider 2');
    expect(visible(toc)).toContain('7 Annexe : présences en attente de décision 8');
    expect(visible(toc)).toContain('Annexe (fichier CSV)');
    expect(visible(toc)).toContain('« Télécharger les constats (CSV) »');
    // Without a previous audit the comparison goes, and the pages after it move up.
    const alone = renderReportHtml({ ...data, previous: null }, 'en');
    expect(sectionIds(alone)).not.toContain('comparison');
    expect(alone).toMatch(/href="#method">.*?<span class="page-no">6<\/span>/);
  });

  it('shows the before/after picture computed from the items, with the pending decisions', () => {
    expect(before).toBe(34);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(visible(fr)).toContain(`De ${before} à ${after} présences`);
    expect(visible(en)).toContain(`From ${before} to ${after} presences`);
    expect(visible(fr)).toContain(`${pending} décisions restent à prendre`);
    expect(visible(en)).toContain(`${pending} decisions are still pending`);
    const decide = section(en, 'decide');
    expect(decide).toContain(`${before - pending} / ${before} Decisions taken`);
    expect(decide).toContain(`${before - after} To close or merge`);
    expect(overdue).toBeGreaterThan(0);
    expect(decide).toContain(`${overdue} Overdue tasks`);
    expect(visible(fr)).toContain(`${overdue} tâches du plan d’action sont en retard`);
  });

  it('says what must be decided: the count by recommended decision, and the largest audiences at stake', () => {
    const decide = section(en, 'decide');
    expect(decide).toContain(`${pending} presences await a decision`);
    // Counted here from the items: pending by recommendation, with their audience, and decided.
    const audience = (i: AuditItem) => i.facts.audience.value ?? i.presence.audience ?? 0;
    for (const d of DECISIONS) {
      const waiting = items.filter((i) => !i.decision && i.recommendation.decision === d);
      const decided = items.filter((i) => i.decision?.decision === d);
      if (!waiting.length && !decided.length) continue;
      const sum = waiting.reduce((s, i) => s + audience(i), 0);
      expect(decide, d).toContain(
        `${tr('en', `audit.decision.${d}`)} ${waiting.length} ${sum.toLocaleString('en-GB')} ${decided.length}`,
      );
    }
    // The presences to close, merge or redirect, the largest audience first: Ombreval Promos (14,500).
    const largest = decide.slice(decide.indexOf('The largest audiences at stake'));
    expect(largest.indexOf('Ombreval Promos')).toBeGreaterThan(-1);
    expect(largest.indexOf('Ombreval Promos')).toBeLessThan(largest.indexOf('Club clients Ombreval'));
    expect(largest).toContain('14,500 Redirect progressively');
    expect(largest).not.toContain('Ombreval Service client'); // kept: invest
  });

  it('lists no presence by presence: the pages do not grow with the audit, the CSV holds the detail', () => {
    const big = scaledFixture(10);
    const bigger = scaledFixture(20);
    expect(big.audit.items.length).toBe(340);
    for (const locale of ['en', 'fr'] as const) {
      const html = renderReportHtml(big, locale);
      expect(sectionIds(html)).toHaveLength(8);
      // The old report had a row per presence (340 here, 680 twice as large) in its decisions section.
      expect(rows(html)).toBeLessThan(200);
      expect(rows(renderReportHtml(bigger, locale))).toBe(rows(html));
      expect(html).not.toContain('id="decisions"');
    }
    // Only the presences that need a decision are named in the annex, the largest audience first.
    const annex = section(en, 'annex');
    const waiting = items.filter((i) => !i.decision);
    expect(annex).toContain(`The presences awaiting a decision (${waiting.length})`);
    // Each presence by its platform and handle, which are unique in the fixture.
    const where = (i: AuditItem) => `${platformName(i.presence.platform)} · ${i.presence.handle}`;
    for (const i of waiting) expect(annex).toContain(i.presence.name ? where(i) : i.presence.handle!);
    for (const i of items.filter((x) => x.decision)) expect(annex).not.toContain(`${where(i)} `);
    const annexBig = section(renderReportHtml(big, 'fr'), 'annex');
    expect(annexBig).toContain(
      `Les 20 plus grandes audiences parmi les ${waiting.length * 10} présences en attente de décision`,
    );
    expect(annexBig).toContain(`et ${waiting.length * 10 - 20} de plus dans l’annexe CSV`);
  });

  it('draws the statuses as a ring and the bars in HTML, labelled whole in the reader’s language', () => {
    for (const html of [fr, en]) expect(html.match(/<svg[\s>]/g)?.length).toBe(1);
    const figures = section(fr, 'figures');
    expect(figures).toContain('En sommeil');
    expect(figures).toContain('Investir');
    expect(figures).toContain('Google+');
    expect(section(en, 'figures')).toContain('Remove from the inventory and from our websites');
    // Units are text in the page, never cut by a chart's axis.
    const long = 'Direction régionale Provence-Alpes-Côte d’Azur et Corse';
    const wide = renderReportHtml(
      {
        ...data,
        audit: {
          ...data.audit,
          items: items.map((i) => ({ ...i, presence: { ...i.presence, unit: long } })),
        },
      },
      'fr',
    );
    expect(section(wide, 'audience')).toContain(long);
  });

  it('shows the audience at stake by unit, decided and not, computed from the items', () => {
    const audience = section(en, 'audience');
    const ending = (i: AuditItem) => !kept(i);
    const of = (unit: string | null) => items.filter((i) => i.presence.unit === unit);
    const stake = (list: AuditItem[]) =>
      list.filter(ending).reduce((s, i) => s + (i.facts.audience.value ?? i.presence.audience ?? 0), 0);
    const total = stake(items);
    expect(audience).toContain(`In all: ${total.toLocaleString('en-GB')}`);
    const retail = of('Ombreval Retail');
    const all = retail.reduce((s, i) => s + (i.facts.audience.value ?? 0), 0);
    expect(audience).toContain(
      `Ombreval Retail ${stake(retail).toLocaleString('en-GB')} of ${all.toLocaleString('en-GB')}`,
    );
    expect(audience).toContain('No unit'); // Club clients Ombreval
  });

  it('shows the plan’s timeline: tasks by due period and by step, done against all, and by unit', () => {
    const plan = section(fr, 'plan');
    const settled = data.tasks.filter((t) => t.status === 'done' || t.status === 'skipped').length;
    expect(plan).toContain(`${data.tasks.length} tâches au plan : ${settled} terminées ou sans objet`);
    expect(plan).toContain('Par échéance');
    // Due from 3 June to 4 August: ten weeks, which fit in the rows allowed.
    expect(plan).toContain('Semaine du 2 juin 2025');
    expect(plan).toContain('Semaine du 4 août 2025');
    expect(plan).toContain('Étape 1');
    const step1 = data.tasks.filter((t) => t.step === 1);
    const step1Done = step1.filter((t) => t.status === 'done' || t.status === 'skipped').length;
    expect(plan).toMatch(new RegExp(`Étape 1 ${step1Done} / ${step1.length}`));
    expect(plan).toContain('Avancement par entité');
    expect(plan).toContain(`Total ${settled} / ${data.tasks.length}`);
    const none = renderReportHtml({ ...data, tasks: [] }, 'fr');
    expect(section(none, 'plan')).toContain('Pas encore de plan d’action');
  });

  it('compares each key figure with the previous audit only when there is one', () => {
    const prev = data.previous!;
    const comparison = section(en, 'comparison');
    const prevKept = prev.items.filter(kept).length;
    expect(comparison).toContain('Key figures Indicator 1 Jun 2024 1 Jun 2025 Change');
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

  it('gives the method on one page with the thresholds this audit used', () => {
    const settings = {
      ...data.audit.settings,
      dormantDays: 77,
      abandonedDays: 401,
      pollAudience: 2500,
      decliningShare: 0.15,
      redirectWeeks: 6,
    };
    const html = renderReportHtml({ ...data, audit: { ...data.audit, settings } }, 'fr');
    const method = section(html, 'method');
    expect(method).toContain('En sommeil après 77 jours');
    expect(method).toContain('Abandonnée après 401 jours');
    expect(method).toContain('Sonder la communauté à partir de 2 500 abonnés');
    expect(method).toContain('Audience en baisse : perte sur 90 jours 15 %');
    expect(method).toContain('Durée d’une redirection progressive 6 semaines');
    expect(method).toContain('Modèle de nom ^Ombreval');
    expect(method).toContain('Langues fr');
    expect(method).toContain('vigie audit report 2 --format csv --out constats.csv');
    expect(section(en, 'method')).toContain('Dormant after 90 days');
    expect(section(en, 'method')).toContain('Abandoned after 365 days');
    const unchecked = renderReportHtml(
      {
        ...data,
        audit: {
          ...data.audit,
          settings: { ...settings, charter: { namePattern: '', requiredLink: '', languages: [] } },
        },
      },
      'en',
    );
    expect(section(unchecked, 'method')).toContain('Name pattern not checked');
  });

  it('uses the web app’s decision colours and words', () => {
    expect(DECISION_COLOURS).toEqual(
      Object.fromEntries(Object.entries(DECISION_LOOK).map(([d, look]) => [d, look.hex])),
    );
    expect(DECISION_ORDER).toEqual(WEB_DECISIONS);
    for (const d of DECISIONS)
      for (const html of [en, fr])
        expect(section(html, 'method')).toContain(tr(html === en ? 'en' : 'fr', `audit.decision.${d}`));
  });

  it('never breaks a word: no hyphenation, breaks inside words only for handles and URLs', () => {
    const css = REPORT_CSS.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).toMatch(/body \{[^}]*word-break: normal; overflow-wrap: normal; hyphens: none;/);
    expect(css).not.toMatch(/break-all|hyphens: auto|break-word/);
    // The only selectors allowed to break inside a word: handles, URLs and code (patterns, links).
    const rules = [...css.matchAll(/([^{}]+)\{([^}]*overflow-wrap: anywhere[^}]*)\}/g)].map((m) =>
      m[1]!.trim(),
    );
    expect(rules.length).toBeGreaterThan(0);
    for (const selector of rules) expect(selector).toMatch(/handle|code|clamp2/);
    // One page per section, rows kept whole, no empty page after the last.
    expect(css).toMatch(/section\.page \{[^}]*break-after: page;/);
    expect(css).toMatch(/section\.page:last-child \{ break-after: auto; \}/);
    expect(css).toMatch(/tr \{ break-inside: avoid; \}/);
  });

  it('escapes every value from the data', () => {
    for (const html of [fr, en]) {
      expect(html).not.toContain(XSS_NAME);
      expect(html).not.toContain('<img');
    }
    const pendingXss = renderReportHtml(
      {
        ...data,
        audit: {
          ...data.audit,
          items: items.map((i) => (i.presence.name === XSS_NAME ? { ...i, decision: null } : i)),
        },
      },
      'en',
    );
    expect(section(pendingXss, 'annex')).toContain(XSS_NAME);
    expect(pendingXss).not.toContain(XSS_NAME);
    expect(pendingXss).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Ombreval Toulouse');
    // Unit names in the bars, and in the SVG ring's neighbours.
    const hostile = items.map((i) => ({
      ...i,
      presence: { ...i.presence, unit: '<script>u()</script>' },
    }));
    const units = renderReportHtml({ ...data, audit: { ...data.audit, items: hostile } }, 'en');
    expect(units.toLowerCase()).not.toContain('<script');
    expect(units).toContain('&lt;script&gt;u()&lt;/script&gt;');
    const org = '<b onmouseover="x">Org & Co</b>';
    const html = renderReportHtml({ ...data, organisation: org }, 'en');
    expect(html).not.toContain('<b onmouseover');
    expect(html).toContain('&lt;b onmouseover=&quot;x&quot;&gt;Org &amp; Co&lt;/b&gt;');
    // A pattern of the charter is data too.
    const pattern = renderReportHtml(
      {
        ...data,
        audit: {
          ...data.audit,
          settings: {
            ...data.audit.settings,
            charter: { ...data.audit.settings.charter, namePattern: '<i>x</i>' },
          },
        },
      },
      'en',
    );
    expect(pattern).toContain('&lt;i&gt;x&lt;/i&gt;');
  });

  it('leaves no catalogue key untranslated', () => {
    for (const html of [fr, en, renderReportHtml(hostileFixture(), 'fr')])
      expect(visible(html)).not.toMatch(/\baudit\.(report|finding|reason|decision|task)\./);
  });

  it('formats numbers and dates for the locale', () => {
    expect(fr).toMatch(/14\u202f500/);
    expect(en).toContain('14,500');
  });

  it('renders an audit with nothing in it', () => {
    const empty = { ...data.audit, items: [] };
    const html = renderReportHtml({ ...data, audit: empty, tasks: [], previous: null }, 'fr');
    // French: 0 takes the singular.
    expect(visible(html)).toContain('De 0 à 0 présence ');
    expect(visible(html)).toContain('Toutes les décisions ont été prises.');
    expect(visible(html)).toContain('Pas encore de plan d’action');
    expect(visible(html)).toContain('aucune audience n’est en jeu');
    expect(sectionIds(html)).not.toContain('annex');
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

  it('count the presences awaiting a decision, and the largest among them', () => {
    expect(plural('en', 'audit.report.decide.lead', 1)).toMatch(/^1 presence awaits a decision\./);
    expect(plural('fr', 'audit.report.decide.lead', 2)).toMatch(/^2 présences attendent une décision\./);
    expect(plural('fr', 'audit.report.decide.lead', 1_000_000)).toMatch(
      new RegExp(`^${MILLION_FR} de présences attendent`),
    );
    expect(plural('fr', 'audit.report.annex.lead', 103, { shown: 20 })).toMatch(
      /^Les 20 plus grandes audiences parmi les 103 présences en attente/,
    );
    expect(plural('fr', 'audit.report.plan.lead', 1, { done: 0, overdue: 0, date: 'x' })).toMatch(
      /^1 tâche au plan : 0 terminée/,
    );
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
