// Finding 10 of the penetration test: the CSP lacked base-uri and form-action and allowed inline
// styles. The web app's styles now carry a nonce drawn per response; HTML documents under /api (the
// audit report) are allowed exactly their own styles, by hash.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorAccess } from '../core/access';
import type { Db } from '../core/db';
import { freshDb } from '../core/testing/dialects';
import { RegistryService } from '../registry/service';
import { signIn } from '../trust/testing';
import { createApp } from './app';
import { CSP_NONCE_PLACEHOLDER, documentPolicy } from './csp';
import { serveWebApp } from './main';

/** The directives of a policy, by name. */
function directives(policy: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

let h: Db;
let dist: string;
beforeAll(async () => {
  h = await freshDb('sqlite');
  // A built web app as Vite writes it with `html.cspNonce` (web/vite.config.ts).
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(
    path.join(dist, 'index.html'),
    [
      '<!doctype html><html><head>',
      `<meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}">`,
      `<script type="module" crossorigin src="/assets/index-abc.js" nonce="${CSP_NONCE_PLACEHOLDER}"></script>`,
      '</head><body><div id="root"></div></body></html>',
    ].join('\n'),
  );
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('Content-Security-Policy', () => {
  it('refuses <base>, forms to other sites, inline styles without the nonce, on every answer', async () => {
    const { app } = createApp({ db: h, oidc: null });
    for (const res of [await app.request('/api/health'), await app.request('/api/nothing-here')]) {
      const policy = res.headers.get('content-security-policy');
      const d = directives(policy);
      expect(d.get('base-uri')).toEqual(["'none'"]);
      expect(d.get('form-action')).toEqual(["'self'"]);
      expect(d.get('frame-ancestors')).toEqual(["'none'"]);
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('script-src')).toEqual(["'self'"]);
      expect(d.get('style-src')?.[0]).toBe("'self'");
      expect(d.get('style-src')?.[1]).toMatch(/^'nonce-[A-Za-z0-9+/]{22}==?'$/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
    }
  });

  it('writes into index.html the nonce of its own header, a new one for every response', async () => {
    const { app } = createApp({ db: h, oidc: null });
    serveWebApp(app, dist);
    const seen = new Set<string>();
    for (const page of ['/', '/', '/presences/12', '/index.html', '/audits']) {
      const res = await app.request(page);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const html = await res.text();
      expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
      const header = directives(res.headers.get('content-security-policy')).get('style-src')?.[1] ?? '';
      const nonce = /^'nonce-(.+)'$/.exec(header)?.[1];
      expect(nonce).toBeDefined();
      // The meta the web app reads (for Mantine's <style> elements) and the script tag carry it.
      expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
      expect(html).toContain(`nonce="${nonce}"></script>`);
      seen.add(nonce!);
    }
    expect(seen.size).toBe(5);
    // Assets are the files as built, cached for good.
    const asset = await app.request('/assets/index-abc.js');
    expect(await asset.text()).toBe('console.log(1)');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });
});

describe('HTML documents under /api (the audit report)', () => {
  it('allows exactly the document’s own styles, by hash, and no script', () => {
    const html = [
      '<html><head><style>body { color: #123 }</style></head><body>',
      '<span class="badge" style="background:#2e7d32;color:#fff">Investir</span>',
      '<span style=\'width:40%\'></span><i style="content:&quot;&amp;&quot;"></i>',
      '<svg><style><![CDATA[.zr-cls:hover { cursor:pointer; }]]></style><text font-style="italic">x</text></svg>',
      '</body></html>',
    ].join('');
    const d = directives(documentPolicy(html));
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    // An SVG <style> is hashed as the browser reads it, without its CDATA markers.
    const elements = [
      sha256('body { color: #123 }'),
      sha256('<![CDATA[.zr-cls:hover { cursor:pointer; }]]>'),
      sha256('.zr-cls:hover { cursor:pointer; }'),
    ];
    expect(d.get('style-src')).toEqual(elements);
    expect(d.get('style-src-elem')).toEqual(elements);
    // Attribute values as the browser reads them (entities decoded); `font-style` is not a style.
    expect(d.get('style-src-attr')).toEqual([
      "'unsafe-hashes'",
      sha256('background:#2e7d32;color:#fff'),
      sha256('width:40%'),
      sha256('content:"&"'),
    ]);
    expect(directives(documentPolicy('<p>plain</p>')).get('style-src-attr')).toEqual(["'none'"]);
  });

  it('sends the audit report with that policy', async () => {
    const admin = await signIn(h);
    const registry = new RegistryService(h);
    await registry.createPresence(operatorAccess('t'), {
      platform: 'x',
      handle: 'ombreval',
      status: 'active',
    });
    await registry.createPresence(operatorAccess('t'), {
      platform: 'facebook',
      handle: 'ombreval.old',
      status: 'abandoned',
      lastActivityOn: '2020-01-01',
    });
    const run = await admin.request('/api/audits', { method: 'POST', json: { asOf: '2026-06-30' } });
    expect(run.status).toBe(201);
    const { id } = (await run.json()) as { id: number };
    const res = await admin.request(`/api/audits/${id}/report?format=html`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const policy = res.headers.get('content-security-policy');
    expect(policy).toBe(documentPolicy(html));
    const d = directives(policy);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    expect(styles.length).toBeGreaterThan(0);
    for (const s of styles) expect(d.get('style-src')).toContain(sha256(s));
    expect(policy).not.toContain('unsafe-inline');
    // The other security headers stay.
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});
