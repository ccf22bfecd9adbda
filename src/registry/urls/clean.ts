// URLs that are not profiles (a website, a post, a platform's own pages) are kept, cleaned: scheme
// kept, host lower-cased, credentials, fragment, tracking parameters and trailing slash removed; a
// website's key ignores the scheme and `www.`, so http/https and www/bare are one.
import type { ResolvedProfile } from '../model';
import { tidy } from './input';
import { matchHost } from './platforms';

/** Query parameters that only say where a click came from. */
const TRACKING =
  /^(?:utm_.*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|igsh|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref|ref_src|ref_url|fref|hc_ref|mibextid)$/i;
/** On a platform's own pages, these only set language, share or player state. */
const PLATFORM_NOISE =
  /^(?:hl|lang|locale|si|s|t|feature|app|ab_channel|pp|originalsubdomain|trk|trkinfo|sk|__tn__|__cft__.*|rdid|share_url|sfnsn|is_from_webapp|sender_device|lipi|refsrc|_rdr)$/i;

export function elsewhere(u: URL, platform: 'website' | 'other', onPlatformHost: boolean): ResolvedProfile {
  const url = normaliseUrl(u, onPlatformHost);
  return { platform, handle: null, url, key: urlKey(url), kind: platform };
}

/** Scheme kept, host lower-cased, credentials, fragment, tracking and trailing slash removed. */
function normaliseUrl(u: URL, onPlatformHost: boolean): string {
  const params = new URLSearchParams(u.search);
  let changed = false;
  for (const k of new Set(params.keys())) {
    if (TRACKING.test(k) || (onPlatformHost && PLATFORM_NOISE.test(k))) {
      params.delete(k);
      changed = true;
    }
  }
  const rest = params.toString();
  const search = changed ? (rest ? `?${rest}` : '') : u.search;
  return `${u.protocol}//${u.host.replace(/\.$/, '')}${u.pathname.replace(/\/+$/, '')}${search}`;
}

/** A website's key: its URL without scheme and `www.`, so http/https and www/bare are one. */
export function urlKey(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '');
}

/** A URL as a person gave it for `website` or `other`, cleaned; null when it is no web address. */
export function normaliseGivenUrl(text: string): string | null {
  const t = tidy(text);
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return normaliseUrl(u, matchHost(u.hostname) !== undefined);
  } catch {
    return null;
  }
}
