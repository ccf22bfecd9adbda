// Links that hide where they lead. Outbound-link wrappers (Google's, Facebook's, YouTube's and
// LinkedIn's, as pasted from a browser) carry their target and are unwrapped; short links and media
// hosts never name a profile offline.
import { words } from './context';
import { GOOGLE_HOST } from './places';

/** Hosts whose URLs are opaque short links or media files: they never name a profile offline. */
const SHORT_HOSTS = new Set(
  words(
    't.co youtu.be lnkd.in fb.watch pin.it redd.it dai.ly flic.kr spotify.link 4sq.com vm.tiktok.com vt.tiktok.com on.soundcloud.com',
  ),
);

/** `host` without `www.`. */
export function isShortLink(host: string): boolean {
  return SHORT_HOSTS.has(host);
}

/** Google's, Facebook's, YouTube's and LinkedIn's outbound-link wrappers, as pasted from a browser. */
export function unwrapRedirect(u: URL): URL | null {
  const h = u.hostname.replace(/^www\./, '');
  let target: string | null = null;
  if (GOOGLE_HOST.test(h) && u.pathname === '/url')
    target = u.searchParams.get('q') ?? u.searchParams.get('url');
  else if (/^(?:l|lm)\.(?:facebook|instagram)\.com$/.test(h)) target = u.searchParams.get('u');
  else if (h === 'youtube.com' && u.pathname === '/redirect') target = u.searchParams.get('q');
  else if (h === 'linkedin.com' && u.pathname.startsWith('/redir/redirect'))
    target = u.searchParams.get('url');
  if (!target || !/^https?:\/\//i.test(target)) return null;
  try {
    return new URL(target);
  } catch {
    return null;
  }
}
