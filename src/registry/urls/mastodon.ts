// Mastodon: servers are countless. A few are known by host (the catalogue); on the others a profile
// is known by its URL shape (`/@user`, `/users/user`), which other fediverse software shares, so
// those are filed as Mastodon too. The handle is `user@host`, the host in its ASCII form.
import { type Rule, words } from './context';

const MASTODON_TABS = new Set(words('with_replies media followers following featured tagged'));

/** `user@host` from a Mastodon path; `strict` (unknown servers) accepts only a profile's own pages. */
export function mastodonFromPath(host: string, segs: string[], strict: boolean): string | null {
  const s = segs[0] === 'web' ? segs.slice(1) : segs;
  const [a, b, c, d] = s;
  if (!a) return null;
  if (a.startsWith('@')) {
    const tailOk = b === undefined || (c === undefined && (/^\d+$/.test(b) || MASTODON_TABS.has(b)));
    if (strict && !tailOk) return null;
    const name = a.slice(1);
    return name.includes('@') ? name : `${name}@${host}`;
  }
  if (a === 'users' && b) {
    const tailOk =
      c === undefined || (c === 'statuses' && d !== undefined && /^\d+$/.test(d) && s.length === 4);
    if (strict && !tailOk) return null;
    return `${b}@${host}`;
  }
  return null;
}

function asciiHost(host: string): string {
  try {
    return new URL(`https://${host}`).hostname;
  } catch {
    return host.toLowerCase();
  }
}

export const MASTODON_RULES: [string, Rule][] = [
  [
    'mastodon',
    {
      fromUrl: (c) => mastodonFromPath(c.host, c.segs, false),
      fromHandle: (t) => (t.includes('/') ? null : t.replace(/^@/, '')),
      canon: (h) => {
        const at = h.lastIndexOf('@');
        return at < 0 ? h.toLowerCase() : `${h.slice(0, at).toLowerCase()}@${asciiHost(h.slice(at + 1))}`;
      },
      link: (h) => {
        const at = h.lastIndexOf('@');
        return `https://${h.slice(at + 1)}/@${h.slice(0, at)}`;
      },
    },
  ],
];
