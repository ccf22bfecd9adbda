import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DemoPresence } from './model.ts';
import {
  DEMO_BIOS,
  DEMO_BIOS_WITHOUT_LINK,
  DEMO_CHARTER,
  DEMO_DUPLICATE_PAIRS,
  DEMO_LANGUAGES_OFF_CHARTER,
  DEMO_NAMES_OFF_CHARTER,
  DEMO_TODAY,
  demoOrganisation,
} from './organisation.ts';

// The pairs the loader must merge, written out here rather than read back from the module.
const PAIRS: [string, string][] = [
  ['https://www.linkedin.com/company/ombreval', 'https://fr.linkedin.com/company/ombreval/about/'],
  ['http://twitter.com/OmbrevalEnergie', 'https://x.com/ombrevalenergie/'],
  ['https://twitter.com/OmbrevalMobi', 'https://mobile.twitter.com/ombrevalmobi?lang=fr'],
  ['https://www.instagram.com/velomb/', 'http://instagram.com/Velomb?igshid=MzRlODBiNWFlZA=='],
  [
    'https://www.facebook.com/OmbrevalAuvergneRhoneAlpes',
    'https://fr-fr.facebook.com/ombrevalauvergnerhonealpes/about/',
  ],
  ['https://www.facebook.com/OmbrevalMaroc', 'https://m.facebook.com/OmbrevalMaroc/?locale=fr_FR'],
];
const REPEATS = new Set(PAIRS.map(([, second]) => second));

// 6 and 18 months before DEMO_TODAY (2026-11-02).
const SIX_MONTHS_AGO = '2026-05-02';
const EIGHTEEN_MONTHS_AGO = '2025-05-02';

const DEAD_PLATFORMS: Record<string, string> = {
  'plus.google.com': '2019-04-02',
  'vine.co': '2017-01-17',
  'periscope.tv': '2021-03-31',
  'storify.com': '2018-05-16',
};

const HOST_ALIASES: Record<string, string> = {
  'twitter.com': 'x.com',
  'pscp.tv': 'periscope.tv',
  'threads.com': 'threads.net',
  'pinterest.fr': 'pinterest.com',
  'blogspot.fr': 'blogspot.com',
};

/**
 * A crude identity of a profile URL, enough to tell which rows of the demo are the same account:
 * no scheme, no www/m/mobile/language sub-domain, one host per platform, no query (except Facebook's
 * `id`), no trailing `/about`, `/videos` or `/posts`, lower case.
 */
function identity(raw: string): string {
  const url = new URL(raw);
  let host = url.hostname.toLowerCase().replace(/^(www|m|mobile|fr|fr-fr)\./, '');
  let path = decodeURIComponent(url.pathname).toLowerCase();
  const blog = /^([a-z0-9-]+)\.(tumblr\.com|blogspot\.(?:com|fr)|wordpress\.com)$/.exec(host);
  if (blog) {
    host = blog[2] ?? host;
    path = `/${blog[1]}`;
  }
  host = HOST_ALIASES[host] ?? host;
  path = path
    .replace(/^\/u\/0\//, '/')
    .replace(/^\/t\//, '/topic/')
    .replace(/\/(about|videos|posts)\/?$/, '')
    .replace(/\/+$/, '');
  const id = url.searchParams.get('id');
  return `${host}${path}${host === 'facebook.com' && id ? `?id=${id}` : ''}`;
}

function hostOf(p: DemoPresence): string {
  return identity(p.url).split('/')[0] ?? '';
}

/** The inventory once the repeated rows are merged: what the counts below are about. */
function merged(): DemoPresence[] {
  return demoOrganisation().presences.filter((p) => !REPEATS.has(p.url));
}

function addMonths(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

describe('demo organisation', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is deterministic: the same data every call, without randomness or the clock', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    const a = demoOrganisation();
    const b = demoOrganisation();
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    // Each call returns fresh objects: a caller that mutates one does not change the next.
    a.presences[0]!.tags.push('changed');
    a.presences[0]!.languages.push('de');
    a.units[0]!.name = 'changed';
    expect(demoOrganisation()).toEqual(b);
    expect(DEMO_TODAY).toBe('2026-11-02');
    expect(addMonths(DEMO_TODAY, -6)).toBe(SIX_MONTHS_AGO);
    expect(addMonths(DEMO_TODAY, -18)).toBe(EIGHTEEN_MONTHS_AGO);
  });

  it('is a fictional French group whose units form one tree under the hub', () => {
    const { organisation, units } = demoOrganisation();
    expect(organisation.name).toBe('Groupe Ombreval');
    expect(units.length).toBeGreaterThanOrEqual(10);
    const keys = new Set(units.map((u) => u.key));
    expect(keys.size).toBe(units.length);
    expect(new Set(units.map((u) => u.name.toLowerCase())).size).toBe(units.length);

    const roots = units.filter((u) => !u.parent);
    expect(roots.map((u) => u.kind)).toEqual(['hub']);
    const byKey = new Map(units.map((u) => [u.key, u]));
    for (const unit of units) {
      // Walking up always reaches the hub, without a cycle.
      let at = unit;
      for (let steps = 0; at.parent; steps++) {
        expect(steps).toBeLessThan(units.length);
        const parent = byKey.get(at.parent);
        expect(parent, `${unit.key}: parent ${at.parent}`).toBeDefined();
        at = parent!;
      }
      expect(at.kind).toBe('hub');
    }

    const kinds = units.map((u) => u.kind);
    expect(kinds.filter((k) => k === 'business_unit').length).toBeGreaterThanOrEqual(4);
    expect(kinds.filter((k) => k === 'brand').length).toBeGreaterThanOrEqual(1);
    expect(kinds).toContain('agency');
    const regions = units.filter((u) => u.kind === 'region');
    expect(regions.filter((u) => u.country === 'FR').length).toBeGreaterThanOrEqual(3);
    expect(new Set(regions.filter((u) => u.country !== 'FR').map((u) => u.country))).toEqual(
      new Set(['BE', 'CA', 'MA', 'ES']),
    );
  });

  it('has about sixty people on fictional domains, some of whom have left', () => {
    const { people, units } = demoOrganisation();
    const unitKeys = new Set(units.map((u) => u.key));
    expect(people.length).toBeGreaterThanOrEqual(55);
    expect(people.length).toBeLessThanOrEqual(70);
    expect(new Set(people.map((p) => p.key)).size).toBe(people.length);
    const emails = people.flatMap((p) => (p.email ? [p.email] : []));
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.example$/);
    for (const person of people) {
      expect(unitKeys.has(person.unit ?? ''), `${person.key}: unit ${person.unit}`).toBe(true);
      expect(person.jobTitle).toBeTruthy();
      if (person.status === 'left') {
        expect(person.leftOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(person.leftOn! <= DEMO_TODAY).toBe(true);
      } else {
        expect(person.leftOn).toBeUndefined();
      }
    }
    expect(people.filter((p) => p.status === 'left').length).toBeGreaterThanOrEqual(10);
    // The agency's people write from the agency's domain.
    const agency = units.find((u) => u.kind === 'agency')!;
    const agencyPeople = people.filter((p) => p.unit === agency.key);
    expect(agencyPeople.length).toBeGreaterThanOrEqual(2);
    for (const p of agencyPeople) if (p.email) expect(p.email.endsWith('@ombreval.example')).toBe(false);
  });

  it('lists about 180 presences over at least 14 platforms and every unit', () => {
    const { presences, units } = demoOrganisation();
    expect(presences.length).toBeGreaterThanOrEqual(170);
    expect(presences.length).toBeLessThanOrEqual(190);
    expect(merged().length).toBe(presences.length - PAIRS.length);
    // Altimeter's average for organisations of 1,000+ staff (seeds/001): 178 accounts.
    expect(merged().length).toBe(178);
    expect(new Set(presences.map((p) => p.url)).size).toBe(presences.length);
    expect(new Set(presences.map(hostOf)).size).toBeGreaterThanOrEqual(14);
    for (const unit of units) {
      expect(
        presences.some((p) => p.unit === unit.key),
        `presences of ${unit.key}`,
      ).toBe(true);
    }
  });

  it('points only at units and people that exist', () => {
    const { presences, units, people } = demoOrganisation();
    const unitKeys = new Set(units.map((u) => u.key));
    const personKeys = new Set(people.map((p) => p.key));
    for (const p of presences) {
      expect(unitKeys.has(p.unit ?? ''), `${p.url}: unit ${p.unit}`).toBe(true);
      for (const key of [p.owner, p.deputy, p.custodian]) {
        if (key !== undefined) expect(personKeys.has(key), `${p.url}: person ${key}`).toBe(true);
      }
      if (p.deputy) expect(p.deputy).not.toBe(p.owner);
    }
  });

  it('uses only URLs of the fictional group, on real platform hosts', () => {
    const { presences } = demoOrganisation();
    for (const p of presences) {
      expect(p.url).toMatch(/^https?:\/\/[a-z0-9.-]+\//);
      const idOnly = /profile\.php\?id=\d+$|\/channel\/UC[\w-]{22}$|plus\.google\.com\/\d{21}$/.test(p.url);
      if (!idOnly) expect(p.url.toLowerCase(), p.url).toMatch(/ombreval|velomb/);
    }
    const mastodon = presences.filter((p) => p.platform === 'mastodon');
    expect(mastodon.length).toBeGreaterThanOrEqual(1);
    for (const p of mastodon) expect(p.url).toMatch(/^https:\/\/[a-z0-9.-]+\/@\w+$/);
  });

  it('writes handles the platforms would accept', () => {
    const rules: Record<string, RegExp> = {
      'x.com': /^\/[a-z0-9_]{1,15}$/,
      'instagram.com': /^\/[a-z0-9._]{1,30}$/,
      'tiktok.com': /^\/@[a-z0-9._]{2,24}$/,
      'snapchat.com': /^\/add\/[a-z][a-z0-9._-]{2,14}$/,
      'linkedin.com': /^\/(company|showcase)\/[a-z0-9-]{2,100}$/,
      'youtube.com': /^\/(@[a-z0-9_.-]{3,30}|user\/[a-z0-9]+|channel\/uc[a-z0-9_-]{22})$/,
      'facebook.com': /^\/([a-z0-9.-]{5,80}|profile\.php\?id=\d{5,20})$/,
    };
    const { presences } = demoOrganisation();
    let checked = 0;
    for (const p of presences) {
      const id = identity(p.url);
      const host = id.split('/')[0]!;
      const rule = rules[host];
      if (!rule) continue;
      expect(id.slice(host.length), p.url).toMatch(rule);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(100);
  });

  it('pastes some presences twice in different forms, and only those', () => {
    const { presences } = demoOrganisation();
    const byUrl = new Map(presences.map((p) => [p.url, p]));
    expect(PAIRS.length).toBeGreaterThanOrEqual(4);
    expect(DEMO_DUPLICATE_PAIRS).toEqual(PAIRS);
    for (const [first, second] of PAIRS) {
      const a = byUrl.get(first);
      const b = byUrl.get(second);
      expect(a, first).toBeDefined();
      expect(b, second).toBeDefined();
      expect(first).not.toBe(second);
      expect(identity(first)).toBe(identity(second));
      expect(b!.unit).toBe(a!.unit);
    }
    // No other two rows are the same account.
    const identities = new Set(presences.map((p) => identity(p.url)));
    expect(identities.size).toBe(presences.length - PAIRS.length);
  });

  it('has several accounts of one unit on one platform in one language', () => {
    const groups = new Map<string, Set<string>>();
    for (const p of merged()) {
      for (const lang of p.languages) {
        const key = `${p.unit}|${hostOf(p)}|${lang}`;
        const set = groups.get(key) ?? new Set<string>();
        set.add(identity(p.url));
        groups.set(key, set);
      }
    }
    const crowded = [...groups].filter(([, accounts]) => accounts.size >= 2).map(([key]) => key);
    expect(crowded.length).toBeGreaterThanOrEqual(3);
    expect(crowded).toEqual(
      expect.arrayContaining([
        'energie|x.com|fr',
        'energie|facebook.com|fr',
        'occitanie|x.com|fr',
        'rh|x.com|fr',
      ]),
    );
    expect(groups.get('hdf|facebook.com|fr')?.size).toBe(3);
  });

  it('has the governance gaps the sources describe', () => {
    const { people } = demoOrganisation();
    const left = new Set(people.filter((p) => p.status === 'left').map((p) => p.key));
    const rows = merged();
    const count = (f: (p: DemoPresence) => boolean) => rows.filter(f).length;
    expect(count((p) => !p.owner)).toBeGreaterThanOrEqual(20);
    expect(count((p) => p.owner !== undefined && left.has(p.owner))).toBeGreaterThanOrEqual(10);
    expect(count((p) => !p.custodian)).toBeGreaterThanOrEqual(30);
    expect(count((p) => p.recoveryContact === 'personal')).toBeGreaterThanOrEqual(15);
    expect(count((p) => p.mfa === 'off')).toBeGreaterThanOrEqual(20);
    expect(count((p) => p.mfa === 'unknown')).toBeGreaterThanOrEqual(10);
    // …but not only gaps: the hub runs most of its accounts properly.
    expect(count((p) => p.mfa === 'on')).toBeGreaterThanOrEqual(20);
    expect(count((p) => p.recoveryContact === 'corporate')).toBeGreaterThanOrEqual(30);
  });

  it('has accounts opened by the agency and run by its people', () => {
    const { people, units } = demoOrganisation();
    const agency = units.find((u) => u.kind === 'agency')!.key;
    const agencyPeople = new Set(people.filter((p) => p.unit === agency).map((p) => p.key));
    const run = merged().filter((p) => p.owner !== undefined && agencyPeople.has(p.owner));
    expect(run.length).toBeGreaterThanOrEqual(5);
    expect(run.some((p) => p.unit !== agency)).toBe(true);
  });

  it('has dormant and abandoned accounts, some with large audiences still', () => {
    const rows = merged();
    const dormant = rows.filter((p) => p.status === 'dormant');
    const abandoned = rows.filter((p) => p.status === 'abandoned');
    expect(dormant.length + abandoned.length).toBeGreaterThanOrEqual(25);
    for (const p of dormant) {
      expect(p.lastActivityOn! >= EIGHTEEN_MONTHS_AGO && p.lastActivityOn! <= SIX_MONTHS_AGO, p.url).toBe(
        true,
      );
    }
    for (const p of abandoned) expect(p.lastActivityOn! < EIGHTEEN_MONTHS_AGO, p.url).toBe(true);
    for (const p of rows.filter((q) => q.status === 'active')) {
      expect(p.lastActivityOn! > SIX_MONTHS_AGO, p.url).toBe(true);
    }
    expect(abandoned.filter((p) => (p.audience ?? 0) >= 10_000).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps accounts on platforms that have closed, silent since the closure', () => {
    const dead = merged().filter((p) => hostOf(p) in DEAD_PLATFORMS);
    expect(dead.length).toBeGreaterThanOrEqual(8);
    expect(new Set(dead.map(hostOf)).size).toBe(4);
    for (const p of dead) {
      const closedOn = DEAD_PLATFORMS[hostOf(p)]!;
      expect(p.createdOn! <= closedOn && p.lastActivityOn! <= closedOn, p.url).toBe(true);
      expect(['abandoned', 'closed', 'archived']).toContain(p.status);
    }
  });

  it('has every lifecycle status, with presences nobody had registered', () => {
    const rows = merged();
    const byStatus = (s: DemoPresence['status']) => rows.filter((p) => p.status === s);
    expect(byStatus('discovered').length).toBeGreaterThanOrEqual(5);
    for (const p of byStatus('discovered')) expect(p.owner).toBeUndefined();
    for (const s of ['closing', 'redirecting', 'closed', 'archived'] as const) {
      expect(byStatus(s).length, s).toBeGreaterThanOrEqual(1);
    }
    expect(byStatus('active').length).toBeGreaterThanOrEqual(60);
  });

  it('spells the same entity in inconsistent ways', () => {
    const names = merged()
      .filter((p) => p.unit === 'energie')
      .map((p) => p.name ?? '');
    const energy = names.filter((n) => /ombreval.*(énergie|energie|nrj)/i.test(n));
    expect(new Set(energy).size).toBeGreaterThanOrEqual(4);
    expect(energy).toEqual(
      expect.arrayContaining([
        'Ombreval Énergie',
        'OMBREVAL énergie officiel',
        'Ombreval_NRJ',
        'Ombreval Energie Clients',
      ]),
    );
  });

  it('speaks the languages of each country', () => {
    const { presences } = demoOrganisation();
    const languages = new Set(presences.flatMap((p) => p.languages));
    for (const lang of ['fr', 'en', 'nl', 'es', 'ar', 'fr-CA']) expect(languages.has(lang), lang).toBe(true);
    for (const p of presences) {
      expect(p.languages.length).toBeGreaterThanOrEqual(1);
      for (const lang of p.languages) expect(lang).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
    }
  });

  it('has plausible audiences and consistent dates', () => {
    const { presences, people } = demoOrganisation();
    const byKey = new Map(people.map((p) => [p.key, p]));
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    const audiences = presences.flatMap((p) => (p.audience === undefined ? [] : [p.audience]));
    expect(Math.min(...audiences)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...audiences)).toBeLessThanOrEqual(250_000);
    expect(Math.max(...audiences)).toBeGreaterThanOrEqual(200_000);
    for (const p of presences) {
      expect(p.createdOn, p.url).toMatch(iso);
      expect(p.createdOn! >= '2008-01-01' && p.createdOn! <= '2025-12-31', p.url).toBe(true);
      if (p.lastActivityOn !== undefined) {
        expect(p.lastActivityOn).toMatch(iso);
        expect(p.lastActivityOn >= p.createdOn! && p.lastActivityOn <= DEMO_TODAY, p.url).toBe(true);
      }
      expect(p.audience === undefined).toBe(p.audienceOn === undefined);
      if (p.audienceOn !== undefined) {
        expect(p.audienceOn).toMatch(iso);
        expect(p.audienceOn >= p.createdOn! && p.audienceOn <= DEMO_TODAY, p.url).toBe(true);
        expect(Number.isInteger(p.audience)).toBe(true);
      }
      // Whoever owns an account joined before leaving: the account was opened before they left.
      const owner = p.owner ? byKey.get(p.owner) : undefined;
      if (owner?.leftOn) expect(p.createdOn! <= owner.leftOn, p.url).toBe(true);
    }
  });

  it('carries objectives, notes and tags on part of the inventory, in French', () => {
    const rows = merged();
    const objectives = rows.flatMap((p) => (p.objective ? [p.objective] : []));
    expect(objectives.length).toBeGreaterThanOrEqual(30);
    expect(objectives.length).toBeLessThan(rows.length);
    expect(objectives).toEqual(
      expect.arrayContaining([
        'Notoriété',
        'Recrutement',
        'Génération de leads',
        'Engagement de la communauté',
      ]),
    );
    expect(objectives.some((o) => o.startsWith('Relation client'))).toBe(true);
    const notes = rows.filter((p) => p.notes);
    expect(notes.length).toBeGreaterThanOrEqual(20);
    expect(notes.length).toBeLessThan(rows.length);
    for (const p of rows) {
      expect(p.tags.length).toBeGreaterThanOrEqual(1);
      for (const tag of p.tags) expect(tag).toMatch(/^[\p{Ll}\d-]+$/u);
    }
  });

  it('gives most live presences a bio that holds the group’s link, and plants the ones that do not', () => {
    const rows = merged();
    const live = rows.filter((p) => ['active', 'closing', 'redirecting'].includes(p.status));
    const withBio = rows.filter((p) => p.bio);
    const linkless = withBio.filter((p) => !p.bio!.toLowerCase().includes(DEMO_CHARTER.requiredLink));
    expect(withBio.length).toBe(DEMO_BIOS);
    expect(linkless.length).toBe(DEMO_BIOS_WITHOUT_LINK);
    expect(live.filter((p) => p.bio).length / live.length).toBeGreaterThan(0.9);
    const liveLinked = live.filter((p) => p.bio?.toLowerCase().includes(DEMO_CHARTER.requiredLink));
    expect(liveLinked.length / live.length).toBeGreaterThan(0.6);
    // Where the link goes missing: forgotten regional pages, the agency's accounts, old brands' sites.
    const units = new Set(linkless.map((p) => p.unit));
    for (const unit of ['ara', 'hdf', 'occitanie', 'paca', 'agence'])
      expect(units.has(unit), unit).toBe(true);
    expect(linkless.filter((p) => p.status === 'active').length).toBeGreaterThanOrEqual(5);
    expect(linkless.some((p) => p.bio!.includes('valdor-energies.example'))).toBe(true);
    // Closed accounts and platforms that are gone show nothing.
    for (const p of rows.filter(
      (q) => q.status === 'closed' || q.status === 'archived' || hostOf(q) in DEAD_PLATFORMS,
    ))
      expect(p.bio, p.url).toBeUndefined();
    // A redirected account's bio names where to go; impostors link elsewhere.
    for (const p of rows.filter((q) => q.status === 'redirecting'))
      expect(p.bio, p.url).toMatch(/@Ombreval\w+/);
    expect(rows.find((p) => p.url.includes('VelombOfficiel'))?.bio).toContain('velomb-cadeaux.example');
    for (const p of withBio) {
      expect(p.bio!.length, p.url).toBeLessThanOrEqual(300);
      expect(p.bio, p.url).toBe(p.bio!.trim());
    }
  });

  it('has display names and languages off the charter', () => {
    const rows = merged();
    const pattern = new RegExp(DEMO_CHARTER.namePattern, 'u');
    const off = rows.filter((p) => p.name !== undefined && !pattern.test(p.name));
    expect(off.length).toBe(DEMO_NAMES_OFF_CHARTER);
    // Old brand names, kept by accounts nobody renamed; some of them still live.
    expect(off.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Valdor Énergies — Tutos', 'TransVal Info Trafic', 'Servilis Entreprises']),
    );
    expect(off.some((p) => p.status === 'active')).toBe(true);
    const allowed = new Set<string>(DEMO_CHARTER.languages);
    const foreign = rows.filter((p) => p.languages.some((l) => !allowed.has(l.split('-')[0]!)));
    expect(foreign.length).toBe(DEMO_LANGUAGES_OFF_CHARTER);
  });
});
