// Social networks' profile URLs: X, Facebook, Instagram, TikTok, Threads, Snapchat, Pinterest,
// Bluesky, Reddit, Google+, Vine, Weibo, VK, Quora.
import {
  atSegment,
  COMMON_RESERVED,
  encodePath,
  firstSegment,
  kinds,
  neutralSub,
  type Rule,
  withDefault,
  words,
} from './context';

const xFirst = firstSegment(
  words(
    'compose communities lists topics who_to_follow following followers rules twitter x tweet widgets widgets.js',
  ),
);
const igFirst = firstSegment(
  words('p reel reels tv direct web challenge emails graphql session ar lite invites nametag create qr _n'),
);
const weiboFirst = firstSegment(words('p hot u profile n'));
const vkFirst = firstSegment(words('feed im wall video audio photo friends groups away.php'));

/** Facebook ids hide at the end of page slugs: `Acme-France-123456789012345`. */
function trailingId(s: string): string | null {
  return /^(?:.*[-.])?(\d{8,})$/.exec(s)?.[1] ?? null;
}

const FB_RESERVED = new Set([
  ...COMMON_RESERVED,
  ...words(
    'bookmarks checkpoint dialog event events friends fundraisers gaming home.php l.php live login.php marketplace media memories messenger notes photo photo.php photos places plugins public r.php recover reel reels reg saved share.php sharer.php stories story tr video.php videos',
  ),
]);

export const SOCIAL_RULES: [string, Rule][] = [
  [
    'x',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (a === 'intent' && (b === 'user' || b === 'follow')) return c.query.get('screen_name');
        return xFirst(c);
      },
    },
  ],
  [
    'facebook',
    {
      subs: ['web', 'touch', 'mbasic', 'business', 'free'],
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (!a) return null;
        const al = a.toLowerCase();
        if (al === 'profile.php' || al === 'permalink.php' || al === 'story.php') {
          const id = c.query.get('id');
          return id && /^\d+$/.test(id) ? id : null;
        }
        if (al === 'pages' || al === 'people' || al === 'p') {
          for (const s of c.segs.slice(1).reverse()) {
            const id = trailingId(s);
            if (id) return id;
          }
          return null;
        }
        if (al === 'groups') return b ? `groups/${b}` : null;
        if (al === 'pg') return b;
        if (FB_RESERVED.has(al)) return null;
        return trailingId(a) ?? a;
      },
      // Numeric ids have no vanity URL: profile.php?id= is the one form that always works.
      link: (h) =>
        /^\d+$/.test(h)
          ? `https://www.facebook.com/profile.php?id=${h}`
          : `https://www.facebook.com/${encodePath(h)}`,
    },
  ],
  [
    'instagram',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        const al = a?.toLowerCase();
        if (al === 'stories' || al === '_u') return b && b !== 'highlights' ? b : null;
        return igFirst(c);
      },
    },
  ],
  ['tiktok', { fromUrl: atSegment, fromHandle: (t) => (t.includes('/') ? null : t.replace(/^@/, '')) }],
  ['threads', { fromUrl: atSegment, fromHandle: (t) => (t.includes('/') ? null : t.replace(/^@/, '')) }],
  [
    'snapchat',
    {
      subs: ['story'],
      fromUrl: ({ segs: [a, b] }) => {
        if (a?.startsWith('@')) return a.slice(1);
        return a?.toLowerCase() === 'add' ? b : null;
      },
    },
  ],
  [
    'pinterest',
    {
      fromUrl: firstSegment(
        words('pin ideas today categories topics news_hub videos resource password secure _'),
      ),
    },
  ],
  [
    'bluesky',
    {
      subs: 'own',
      fromUrl: (c) => {
        // name.bsky.social is both the handle and a host that answers for it.
        if (c.base === 'bsky.social') return c.sub && !c.sub.includes('.') ? `${c.sub}.bsky.social` : null;
        if (!neutralSub(c.sub, [])) return null;
        return c.segs[0] === 'profile' ? c.segs[1] : null;
      },
      fromHandle: (t, asPath) => {
        const s = t.replace(/^@/, '');
        if (/^did:/i.test(s)) return s;
        if (s.includes('/')) return asPath(s);
        return s.includes('.') ? s : `${s}.bsky.social`;
      },
    },
  ],
  [
    'reddit',
    {
      subs: ['old', 'new', 'np'],
      fromUrl: kinds({ r: 'r', u: 'u', user: 'u' }),
      fromHandle: withDefault((n) => `u/${n}`),
      link: (h) => `https://www.reddit.com/${encodePath(h.replace(/^u\//, 'user/'))}`,
    },
  ],
  [
    'googleplus',
    {
      fromUrl: (c) => {
        let segs = c.segs;
        // /u/0/… and /b/<page id>/… only say which signed-in identity was browsing.
        while (segs[0] === 'u' || segs[0] === 'b') segs = segs.slice(2);
        const [a, b] = segs;
        if (!a) return null;
        if (a.startsWith('+') || /^\d{15,25}$/.test(a)) return a;
        return a === 'communities' && b ? `communities/${b}` : null;
      },
      fromHandle: (t, asPath) => {
        if (t.includes('/')) return asPath(t);
        return /^\d+$/.test(t) || t.startsWith('+') ? t : `+${t}`;
      },
    },
  ],
  [
    'vine',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (a === 'u') return b ? `u/${b}` : null;
        return a === 'v' ? null : firstSegment(['popular-now', 'channels'])(c);
      },
    },
  ],
  [
    'weibo',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        const al = a?.toLowerCase();
        if ((al === 'u' || al === 'profile') && b && /^\d+$/.test(b)) return `u/${b}`;
        if (a && /^\d{5,15}$/.test(a)) return `u/${a}`;
        return weiboFirst(c);
      },
    },
  ],
  [
    'vk',
    {
      fromUrl: (c) => {
        const wall = /^wall(-?)(\d+)_\d+$/.exec(c.segs[0] ?? '');
        if (wall) return wall[1] ? `club${wall[2]}` : `id${wall[2]}`;
        return vkFirst(c);
      },
      // vk.com/public123 and vk.com/club123 are the same community.
      canon: (h) => h.toLowerCase().replace(/^public(\d+)$/, 'club$1'),
    },
  ],
  [
    'quora',
    {
      fromUrl: kinds({ profile: 'profile', q: 'q' }),
      fromHandle: withDefault((n) => `profile/${n}`),
    },
  ],
];
