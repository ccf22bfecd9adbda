// A policy's title, summary and text are shown as text: markup, scripts, event handlers and
// javascript: links written in them come out escaped and inert, whitespace kept.
import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { HOSTILE_BODY, HOSTILE_TITLE } from '../../../../src/trust/policies/testing';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { policiesEn } from '../../i18n/policies.en';
import { policiesFr } from '../../i18n/policies.fr';
import { PolicyBody } from './PolicyBody';
import { PolicyDocument } from './PolicyDocument';
import type { Policy } from './queries';

const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  lng: 'en',
  resources: {
    en: { translation: { policies: policiesEn, names: { login: en.names.login } } },
    fr: { translation: { policies: policiesFr, names: { login: fr.names.login } } },
  },
  interpolation: { escapeValue: false },
});

function render(node: ReactElement): string {
  return renderToStaticMarkup(
    createElement(MantineProvider, null, createElement(I18nextProvider, { i18n }, node)),
  );
}

const SUMMARY = `"><svg onload=alert(1)> ' OR 1=1; --`;

const hostile: Policy = {
  id: 1,
  kind: 'policy',
  version: 3,
  title: HOSTILE_TITLE,
  language: 'fr',
  body: HOSTILE_BODY,
  summary: SUMMARY,
  publishedAt: '2026-10-12T09:00:00.000Z',
  publishedBy: '<img src=x onerror=alert(5)>',
  publishedByName: '<b onclick=alert(6)>Hélène</b>',
  current: true,
  acknowledgedAt: null,
};

/**
 * No element or attribute came from the text. Escaped text has no raw `<`, so every `<…>` in the
 * markup is a real element: each is one Mantine draws (icons are Tabler's SVGs), with no event
 * handler and no javascript: address.
 */
function expectInert(html: string) {
  const tags = [...html.matchAll(/<([a-z][\w-]*)([^>]*)>/gi)];
  expect(tags.length).toBeGreaterThan(0);
  for (const [tag, name, attrs] of tags) {
    expect(
      [
        'style',
        'div',
        'span',
        'p',
        'h1',
        'h2',
        'h3',
        'h4',
        'pre',
        'svg',
        'path',
        'a',
        'ul',
        'li',
        'strong',
        'em',
      ],
      tag,
    ).toContain(name);
    // By name: a value is text React quotes and escapes (a hostile login in a tooltip stays text).
    const attrNames = [...(attrs ?? '').matchAll(/\s([^\s="]+)(?:="[^"]*")?/g)].map((m) => m[1] ?? '');
    expect(
      attrNames.filter((n) => /^on/i.test(n)),
      tag,
    ).toEqual([]);
    expect(attrs, tag).not.toMatch(/javascript:/i);
    if (name === 'svg') expect(attrs, tag).toContain('tabler-icon');
  }
  expect(html).not.toMatch(/<(script|img|iframe|b)[\s>]/i);
}

describe('PolicyBody', () => {
  it('renders Markdown, with hostile HTML shown as escaped text and javascript: links dropped', () => {
    const html = render(createElement(PolicyBody, { body: HOSTILE_BODY }));
    expectInert(html);
    expect(html).toMatch(/<h1[^>]*>Title /);
    expect(html).toContain('&lt;script&gt;document.location=');
    expect(html).toContain('&lt;iframe src=&quot;javascript:alert(1)&quot;&gt;');
    // The link keeps its text; its javascript: address is gone.
    // The line starts with raw HTML: it stays text, link and all; no address is ever javascript:.
    expect(html).toContain('click');
    expect(html).not.toMatch(/href="\s*javascript/i);
    expect(html).toContain('DROP TABLE acknowledgements');
  });

  it('renders the structure policy managers write: headings, lists, emphasis, tables', () => {
    const html = render(
      createElement(PolicyBody, {
        body: '## Comptes\n\n- **Un** compte\n- *deux*\n\n| a | b |\n|---|---|\n| 1 | 2 |',
      }),
    );
    expect(html).toMatch(/<h2[^>]*>Comptes<\/h2>/);
    expect(html).toContain('<strong>Un</strong>');
    expect(html).toContain('<em>deux</em>');
    const link = render(
      createElement(PolicyBody, {
        body: 'Voir [la charte](javascript:alert(1)) et [le site](https://ombreval.example)',
      }),
    );
    expect(link).toMatch(/<a href="">la charte<\/a>/);
    expect(link).toContain('<a href="https://ombreval.example">le site</a>');
    expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
  });
});

describe('PolicyDocument', () => {
  it('renders a hostile title, summary, body and publisher inert', () => {
    const html = render(createElement(PolicyDocument, { policy: hostile }));
    expectInert(html);
    expect(html).toContain(
      '&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;&quot;; DROP TABLE policies; --',
    );
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt; &#x27; OR 1=1; --');
    expect(html).toContain('What changed in version 3');
    expect(html).toContain('Version 3');
    // The publisher's name is text; their login is text in the tooltip.
    expect(html).toContain('&lt;b onclick=alert(6)&gt;Hélène&lt;/b&gt;');
    expect(html).toContain('title="Login: &lt;img src=x onerror=alert(5)&gt;"');
  });

  it('names the publisher, the login in the tooltip; without a name, the login', () => {
    const named = render(
      createElement(PolicyDocument, {
        policy: {
          ...hostile,
          publishedBy: 'helene.marchand@ombreval.example',
          publishedByName: 'Hélène Marchand',
        },
      }),
    );
    expect(named).toContain('by Hélène Marchand');
    expect(named).toContain('title="Login: helene.marchand@ombreval.example"');
    const unnamed = render(
      createElement(PolicyDocument, {
        policy: { ...hostile, publishedBy: 'helene.marchand@ombreval.example', publishedByName: null },
      }),
    );
    expect(unnamed).toContain('by helene.marchand@ombreval.example');
    expect(unnamed).not.toContain('title="Login');
  });

  it('speaks French', async () => {
    await i18n.changeLanguage('fr');
    try {
      const html = render(
        createElement(PolicyDocument, { policy: { ...hostile, current: false, summary: null } }),
      );
      expect(html).toContain('Remplacée');
      expect(html).toContain('Français');
      expect(html).not.toContain('Ce qui change');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
