// The Content-Security-Policy of every answer, and of the two kinds of documents Vigie serves.
//
// - The web app (index.html): scripts and style sheets from Vigie itself only; no inline script, no
//   `'unsafe-inline'` style. The `<style>` elements the app adds at run time (Mantine's CSS
//   variables and responsive styles) carry a nonce, new for every response: the server writes it
//   into index.html (Vite's `html.cspNonce` placeholder: a `<meta property="csp-nonce">` and the
//   `nonce` of each tag) and into the header. React, Mantine and ECharts set element styles through
//   the CSSOM (`element.style`), which CSP does not govern; `style="…"` attributes in markup and
//   `<style>` elements without the nonce are refused.
// - HTML documents under /api (the audit report, also printed to PDF): no script at all; their own
//   `<style>` elements and `style` attributes are allowed by their SHA-256 hashes, computed from the
//   document being sent, so nothing injected into it can add a style.
// Every answer also refuses `<base>` (`base-uri 'none'`), forms posting elsewhere (`form-action
// 'self'`), plugins, and being framed.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { NONCE } from 'hono/secure-headers';

/** What Vite writes where the nonce goes (web/vite.config.ts `html.cspNonce`); replaced per response. */
export const CSP_NONCE_PLACEHOLDER = 'VIGIE_CSP_NONCE';

/** The directives of every answer (`secureHeaders`' form); the style nonce is drawn per response. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", NONCE],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
};

/** index.html with this response's nonce in place of the placeholder. */
export function withNonce(html: string, nonce: string | undefined): string {
  return html.split(CSP_NONCE_PLACEHOLDER).join(nonce ?? '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with character references, as the browser reads it (a hash is over the decoded text). */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[ref.toLowerCase()] ?? all;
  });
}

/** The text of an element in foreign content (SVG): CDATA sections unwrapped, entities decoded elsewhere. */
function foreignText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeAttribute(part)))
    .join('');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy of a static HTML document: no script, nothing loaded but images from Vigie and data:
 * URLs, and exactly the `<style>` elements and `style` attributes it holds, by hash.
 */
export function documentPolicy(html: string): string {
  const elements = new Set<string>();
  for (const m of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)) {
    const text = m[1] ?? '';
    elements.add(sha256(text));
    // Inside <svg> (the report's charts), a <style> is parsed as XML: its CDATA markers are not part
    // of the text the browser hashes, and entities outside them are decoded.
    if (text.includes('<![CDATA[') || text.includes('&')) elements.add(sha256(foreignText(text)));
  }
  const attributes = new Set<string>();
  for (const m of html.matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi))
    attributes.add(sha256(decodeAttribute(m[1] ?? m[2] ?? '')));
  const styleSrc = elements.size ? [...elements].join(' ') : "'none'";
  const styleAttr = attributes.size ? `'unsafe-hashes' ${[...attributes].join(' ')}` : "'none'";
  return [
    "default-src 'none'",
    `style-src ${styleSrc}`,
    `style-src-elem ${styleSrc}`,
    `style-src-attr ${styleAttr}`,
    "img-src 'self' data:",
    "script-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * For HTML documents answered under /api (the audit report): replaces the app's policy with the
 * document's own. Registered before `secureHeaders`, so that it runs after it.
 */
export function documentCsp(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!/^text\/html\b/i.test(c.res.headers.get('content-type') ?? '')) return;
    const html = await c.res.clone().text();
    c.res.headers.set('content-security-policy', documentPolicy(html));
  };
}
