import { describe, expect, it } from 'vitest';
import { fill } from '../core/i18n';
import { MESSAGE_LANGUAGES, TEMPLATE_KINDS, type Template, type TemplateKind } from './model';
import { planMessages } from './plan-messages';
import {
  BUILT_IN_TEMPLATES,
  limitFor,
  type MessageValues,
  messageLength,
  PLATFORM_LIMITS,
  pickTemplate,
  renderMessage,
  TEMPLATE_PROBLEM_CODES,
  templateProblems,
} from './templates';

const own = (kind: TemplateKind, platform: string, body: string, language: 'fr' | 'en' = 'fr'): Template => ({
  kind,
  language,
  platform,
  body,
  builtIn: false,
});

const URL = 'https://www.linkedin.com/company/ombreval';

const values: MessageValues = {
  organisation: 'Ombreval',
  name: 'Ombreval Lyon',
  target_name: 'Ombreval',
  target_platform: 'LinkedIn',
  target_url: URL,
  date: '15 mars 2025',
  n: 2,
  count: 4,
  weeks: 8,
};

const LONG_URL = 'https://www.linkedin.com/company/office-intercommunal-du-tourisme-ombreval';
const longValues: MessageValues = {
  organisation: 'Office intercommunal de tourisme des vallées de l’Ombreval et du Haut-Pays réunis',
  name: 'Office de tourisme des vallées de l’Ombreval — antenne de Saint-Martin-des-Bois (archives)',
  target_name: 'Office de tourisme — compte officiel des vallées de l’Ombreval et du Haut-Pays',
  target_platform: 'Google Business Profile',
  target_url: LONG_URL,
  date: '30 septembre 2026',
  n: 12,
  count: 12,
  weeks: 52,
};

describe('PLATFORM_LIMITS', () => {
  it('holds the platforms’ figures and a default', () => {
    expect(PLATFORM_LIMITS.x).toEqual({ post: 280, bio: 160, urlLength: 23 });
    expect(PLATFORM_LIMITS.bluesky).toMatchObject({ post: 300, bio: 256 });
    expect(PLATFORM_LIMITS.mastodon).toMatchObject({ post: 500, bio: 500, urlLength: 23 });
    expect(PLATFORM_LIMITS.instagram).toMatchObject({ post: 2200, bio: 150 });
    expect(PLATFORM_LIMITS.linkedin).toMatchObject({ post: 3000, bio: 2000 });
    expect(PLATFORM_LIMITS.tiktok).toMatchObject({ post: 2200, bio: 80 });
    expect(PLATFORM_LIMITS['*']).toBeDefined();
    expect(limitFor('bio', 'x')).toBe(160);
    expect(limitFor('redirect', 'x')).toBe(280);
    expect(limitFor('poll', 'no-such-platform')).toBe(PLATFORM_LIMITS['*']!.post);
  });
});

describe('messageLength', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(messageLength('café 😀', 'facebook')).toBe(6);
    expect(messageLength('café 😀', 'linkedin')).toBe(6);
  });

  it('counts every URL as 23 on X, whatever its length, and trailing punctuation apart', () => {
    expect(messageLength('https://a.co', 'x')).toBe(23);
    expect(messageLength(`Voir ${LONG_URL}.`, 'x')).toBe(5 + 23 + 1);
    expect(messageLength(`${URL} ${URL}`, 'x')).toBe(47);
    expect(messageLength(`Voir ${LONG_URL}.`, 'linkedin')).toBe(5 + LONG_URL.length + 1);
    expect(messageLength(`Voir ${LONG_URL}`, 'mastodon')).toBe(5 + 23);
  });

  it('weighs emoji and CJK 2 on X, French letters and typographic quotes 1', () => {
    expect(messageLength('é’«»', 'x')).toBe(4);
    expect(messageLength('😀', 'x')).toBe(2);
    expect(messageLength('日本', 'x')).toBe(4);
  });

  it('counts graphemes on Bluesky', () => {
    const family = '👨‍👩‍👧';
    expect(messageLength(family, 'bluesky')).toBe(1);
    expect(messageLength(family, 'instagram')).toBe(5);
    expect(messageLength('e\u0301', 'bluesky')).toBe(1);
  });
});

describe('built-in templates', () => {
  it('have a * text for every kind and language, and no problem', () => {
    for (const kind of TEMPLATE_KINDS)
      for (const language of MESSAGE_LANGUAGES)
        expect(
          BUILT_IN_TEMPLATES.some((t) => t.kind === kind && t.language === language && t.platform === '*'),
          `${kind}/${language}`,
        ).toBe(true);
    for (const t of BUILT_IN_TEMPLATES) {
      expect(t.builtIn).toBe(true);
      expect(templateProblems(t), `${t.kind}/${t.language}/${t.platform}`).toEqual([]);
    }
  });

  it('have shorter texts where the limits demand them', () => {
    for (const language of MESSAGE_LANGUAGES) {
      for (const [kind, platform] of [
        ['redirect', 'x'],
        ['redirect', 'bluesky'],
        ['poll', 'x'],
        ['redirect_post', 'x'],
        ['bio', 'x'],
        ['bio', 'instagram'],
        ['bio', 'tiktok'],
      ] as const) {
        const specific = pickTemplate(kind, language, platform, []);
        const general = pickTemplate(kind, language, '*', []);
        expect(specific.platform).toBe(platform);
        expect(specific.body.length).toBeLessThan(general.body.length);
      }
    }
  });

  it('fill well-formed text with short names, in full', () => {
    const fr = renderMessage('redirect', 'fr', 'facebook', values, []);
    expect(fr.text).toBe(
      `Ce compte n’est plus animé. Ombreval vous donne désormais rendez-vous sur LinkedIn (Ombreval) : ${URL} Ce compte sera fermé le 15 mars 2025. Merci de votre fidélité !`,
    );
    expect(fr.shortened).toBe(false);
    const en = renderMessage('redirect_post', 'en', 'x', { ...values, date: '15 March 2025' }, []);
    expect(en.text).toBe(
      `(2/4) We’re moving! Follow Ombreval on LinkedIn: ${URL} This account closes on 15 March 2025.`,
    );
    expect(en.length).toBe(messageLength(en.text, 'x'));
  });
});

describe('renderMessage', () => {
  const platforms = Object.keys(PLATFORM_LIMITS);

  it('never exceeds the limit, on every platform, in both languages, with long names; the URL kept whole', () => {
    for (const platform of platforms)
      for (const language of MESSAGE_LANGUAGES)
        for (const kind of TEMPLATE_KINDS) {
          const r = renderMessage(kind, language, platform, longValues, []);
          const where = `${kind}/${language}/${platform}`;
          expect(r.limit, where).toBe(limitFor(kind, platform));
          expect(r.length, where).toBe(messageLength(r.text, platform));
          expect(r.length, where).toBeLessThanOrEqual(r.limit);
          expect(r.text, where).not.toMatch(/\{\w+\}|\[\[|\]\]/);
          if (kind !== 'poll') expect(r.text, where).toContain(LONG_URL);
        }
  });

  it('leaves out an optional part whose value is empty, without calling it shortened', () => {
    const r = renderMessage('redirect', 'en', 'facebook', { ...values, date: '' }, []);
    expect(r.text).not.toContain('closed on');
    expect(r.text).toContain('Thank you for following us!');
    expect(r.shortened).toBe(false);
  });

  it('drops optional parts, last first, before cutting anything', () => {
    const body = `Nous avons déménagé : {target_url}[[ Premier ajout facultatif.]][[ ${'Second ajout facultatif, bien plus long que le premier. '.repeat(5).trim()}]]`;
    const r = renderMessage('redirect', 'fr', 'x', values, [own('redirect', 'x', body)]);
    expect(r.text).toBe(`Nous avons déménagé : ${URL} Premier ajout facultatif.`);
    expect(r.shortened).toBe(true);
    expect(r.text).not.toContain('…');
  });

  it('cuts the prose with … once every optional part is gone, keeping the URL whole', () => {
    const prose =
      'Nous remercions chaleureusement toutes les personnes qui nous ont suivis ici pendant ces années. '.repeat(
        4,
      );
    const r = renderMessage('redirect', 'fr', 'x', values, [
      own('redirect', 'x', `${prose}[[ Facultatif.]] {target_url}`),
    ]);
    expect(r.shortened).toBe(true);
    expect(r.text).not.toContain('Facultatif');
    expect(r.text).toContain('…');
    expect(r.text.endsWith(URL)).toBe(true);
    expect(r.length).toBeLessThanOrEqual(280);
    expect(r.length).toBeGreaterThan(250);
  });

  it('never cuts a URL standing in the middle of the text, and appends it after the cut', () => {
    const body = `Notre nouvelle adresse : {target_url} ${'et encore beaucoup de texte après le lien, '.repeat(10)}fin.`;
    const r = renderMessage('bio', 'fr', 'instagram', { ...values, target_url: LONG_URL }, [
      own('bio', 'instagram', body),
    ]);
    expect(r.text).toContain(LONG_URL);
    expect(r.text.startsWith(`Notre nouvelle adresse : ${LONG_URL}`)).toBe(true);
    expect(r.length).toBeLessThanOrEqual(150);

    const before = `${'Un long préambule qui ne tiendra jamais en entier dans la bio. '.repeat(5)}Lien : {target_url} merci.`;
    const r2 = renderMessage('bio', 'fr', 'instagram', { ...values, target_url: LONG_URL }, [
      own('bio', 'instagram', before),
    ]);
    expect(r2.text).toContain(LONG_URL);
    expect(r2.text).toMatch(/… https:/);
    expect(r2.length).toBeLessThanOrEqual(150);
  });

  it('cuts at a word boundary and without a dangling colon', () => {
    const body =
      'Ce compte n’est plus animé, retrouvez-nous dorénavant sur notre nouvelle page officielle : {target_url}';
    const r = renderMessage('bio', 'fr', 'tiktok', values, [own('bio', 'tiktok', body)]);
    expect(r.length).toBeLessThanOrEqual(80);
    expect(r.text).toMatch(/^Ce compte\S*( \S+)*… https:/);
    expect(r.text).not.toMatch(/[:,]…/);
    const prose = r.text.slice(0, r.text.indexOf('…'));
    expect(body.startsWith(prose)).toBe(true);
    expect(body.charAt(prose.length)).toMatch(/[\s,]/);
  });

  it('publishes the URL alone rather than a lone broken word', () => {
    const r = renderMessage('bio', 'fr', 'tiktok', { ...longValues, target_url: LONG_URL }, []);
    expect(r.text).toBe(LONG_URL);
  });

  it('leaves out a URL that cannot fit at all rather than cut it, and still fits', () => {
    const huge = `https://example.org/${'a'.repeat(120)}`;
    const r = renderMessage('bio', 'en', 'tiktok', { ...values, target_url: huge }, []);
    expect(r.text).not.toContain('https://');
    expect(r.text).not.toMatch(/:\s*$/);
    expect(r.length).toBeLessThanOrEqual(80);
    expect(r.shortened).toBe(true);
  });

  it('chooses the organisation’s text for the platform, then its *, then the built-in ones', () => {
    const mineX = own('redirect', 'x', 'Mine for X: {target_url}');
    const mineAll = own('redirect', '*', 'Mine for all: {target_url}');
    const bx = BUILT_IN_TEMPLATES.find(
      (t) => t.kind === 'redirect' && t.language === 'fr' && t.platform === 'x',
    )!;
    const b = BUILT_IN_TEMPLATES.find(
      (t) => t.kind === 'redirect' && t.language === 'fr' && t.platform === '*',
    )!;
    expect(pickTemplate('redirect', 'fr', 'x', [mineX, mineAll])).toBe(mineX);
    expect(pickTemplate('redirect', 'fr', 'x', [mineAll, mineX])).toBe(mineX);
    expect(pickTemplate('redirect', 'fr', 'facebook', [mineX, mineAll])).toBe(mineAll);
    // The organisation's * comes before a built-in text for the platform.
    expect(pickTemplate('redirect', 'fr', 'x', [mineAll])).toBe(mineAll);
    expect(pickTemplate('redirect', 'fr', 'x', [])).toEqual(bx);
    expect(pickTemplate('redirect', 'fr', 'facebook', [])).toEqual(b);
    // Another language or kind is never taken.
    expect(pickTemplate('redirect', 'en', 'x', [mineX, mineAll]).builtIn).toBe(true);
    expect(pickTemplate('bio', 'fr', 'x', [mineX, mineAll]).builtIn).toBe(true);
    // Built-ins passed along (as the service lists them) count as built-ins, after the organisation's.
    expect(pickTemplate('redirect', 'fr', 'x', [...BUILT_IN_TEMPLATES, mineAll])).toBe(mineAll);
    expect(renderMessage('redirect', 'fr', 'x', values, [mineAll]).text).toBe(`Mine for all: ${URL}`);
  });

  it('publishes values as written, never reading them as placeholders or optional parts', () => {
    const r = renderMessage(
      'redirect',
      'en',
      'linkedin',
      { ...values, organisation: 'Acme [[beta]] {target_url}' },
      [own('redirect', '*', '{organisation} moved: {target_url}', 'en')],
    );
    expect(r.text).toBe(`Acme [[beta]] {target_url} moved: ${URL}`);
  });
});

describe('templateProblems', () => {
  const check = (kind: TemplateKind, body: string, platform = '*') =>
    templateProblems({ kind, language: 'fr', platform, body }).map((p) => p.code);

  it('accepts a correct template', () => {
    expect(check('redirect', 'Rendez-vous sur {target_platform} : {target_url}[[ le {date}]]')).toEqual([]);
    expect(check('poll', 'Ici ou sur {target_platform} ?')).toEqual([]);
  });

  it('reports unknown placeholders, and those the kind has no value for', () => {
    const problems = templateProblems({
      kind: 'bio',
      language: 'fr',
      platform: '*',
      body: '{target_url} {site} {n}',
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'audit.template.unknown_placeholder',
        params: expect.objectContaining({ placeholder: '{site}' }),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'audit.template.placeholder_not_for_kind',
        params: expect.objectContaining({ placeholder: '{n}' }),
      }),
    );
    expect(check('redirect_post', '{n}/{count} {target_url}')).toEqual([]);
  });

  it('reports unbalanced and nested optional parts', () => {
    expect(check('redirect', '{target_url} [[ sans fin')).toEqual(['audit.template.unbalanced_open']);
    expect(check('redirect', '{target_url} fin ]]')).toEqual(['audit.template.unbalanced_close']);
    expect(check('redirect', '{target_url} [[ a [[ b ]] c ]]')).toContain('audit.template.nested_optional');
  });

  it('requires {target_url} in a redirect, a bio and a redirect post, outside optional parts', () => {
    expect(check('redirect', 'Au revoir !')).toEqual(['audit.template.missing_target_url']);
    expect(check('bio', 'Compte fermé.')).toEqual(['audit.template.missing_target_url']);
    expect(check('redirect_post', '{n}/{count} Au revoir !')).toEqual(['audit.template.missing_target_url']);
    expect(check('redirect', 'Au revoir ![[ {target_url}]]')).toEqual(['audit.template.target_url_optional']);
    expect(check('poll', 'Où voulez-vous nous suivre ?')).toEqual([]);
  });

  it('reports a text that can never fit, but not one whose excess is optional or in values', () => {
    const long = 'x'.repeat(290);
    expect(check('redirect', `${long} {target_url}`, 'x')).toEqual(['audit.template.too_long']);
    expect(check('redirect', `Court {target_url}[[ ${long}]]`, 'x')).toEqual([]);
    expect(check('redirect', `${long} {target_url}`, 'facebook')).toEqual([]);
    expect(check('bio', `${'y'.repeat(100)} {organisation} {target_url}`, 'tiktok')).toEqual([
      'audit.template.too_long',
    ]);
    const [p] = templateProblems({
      kind: 'redirect',
      language: 'fr',
      platform: 'x',
      body: `${long} {target_url}`,
    });
    expect(p!.params).toMatchObject({ limit: 280, platform: 'x' });
  });

  it('reports an unknown platform', () => {
    expect(check('redirect', '{target_url}', 'friendster')).toEqual(['audit.template.unknown_platform']);
  });

  it('only returns codes listed in TEMPLATE_PROBLEM_CODES', () => {
    const codes = new Set<string>(TEMPLATE_PROBLEM_CODES);
    const bodies = ['[[ {zz}', ']] {n}', '[[ [[ ]]', 'x'.repeat(400), '[[{target_url}]]'];
    for (const body of bodies)
      for (const kind of TEMPLATE_KINDS)
        for (const p of templateProblems({ kind, language: 'en', platform: 'x', body }))
          expect(codes).toContain(p.code);
  });
});

describe('plan messages', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('have English and French texts with the same placeholders', () => {
    for (const [code, { en, fr }] of Object.entries(planMessages)) {
      expect(en.trim(), code).not.toBe('');
      expect(fr.trim(), code).not.toBe('');
      expect(placeholders(fr), code).toEqual(placeholders(en));
    }
  });

  it('have a text for every template problem code and every template kind', () => {
    const keys = new Set(Object.keys(planMessages));
    for (const code of TEMPLATE_PROBLEM_CODES) expect(keys, code).toContain(code);
    for (const kind of TEMPLATE_KINDS) expect(keys).toContain(`audit.template_kind.${kind}`);
  });

  it('are filled by every template problem’s params', () => {
    const samples: [TemplateKind, string, string][] = [
      ['bio', '[[ {zz} {n}', 'x'],
      ['redirect', ']] [[ [[ ]]', 'nowhere'],
      ['redirect', `${'x'.repeat(400)}[[{target_url}]]`, 'x'],
      ['redirect', 'rien', 'x'],
    ];
    for (const [kind, body, platform] of samples)
      for (const p of templateProblems({ kind, language: 'fr', platform, body }))
        for (const locale of ['en', 'fr'] as const) {
          const entry = planMessages[p.code as keyof typeof planMessages];
          for (const k of placeholders(entry[locale])) expect(Object.keys(p.params), p.code).toContain(k);
          expect(fill(entry[locale], p.params, locale)).not.toContain('{placeholder}');
        }
  });
});
