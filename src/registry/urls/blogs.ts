// Blogs' and newsletters' profile URLs, most of them a sub-domain per blog: Tumblr, WordPress.com,
// Blogger, Medium, Substack, Posterous, Scoop.it.
import { firstSegment, kinds, type Rule, withDefault, words } from './context';

const TUMBLR_SUBS = new Set(words('api assets media static secure embed help status px platform'));
const tumblrFirst = firstSegment(words('dashboard tagged likes following inbox new docs buttons logo blog'));
const WP_SUBS = new Set(
  words('wordpress public-api developer subscribe dashboard jetpack apps make support learn themes stats'),
);
const MEDIUM_SUBS = new Set(words('help policy blog api cdn miro link developers status'));
const mediumFirst = firstSegment(
  words('m me p topic topics plans membership creators jobs-at-medium new-story subscribe'),
);
const SUBSTACK_SUBS = new Set(words('on open cdn api support substackcdn'));

export const BLOG_RULES: [string, Rule][] = [
  [
    'tumblr',
    {
      subs: 'own',
      fromUrl: (c) => {
        if (c.sub && c.sub !== 'www' && c.sub !== 'm')
          return c.sub.includes('.') || TUMBLR_SUBS.has(c.sub) ? null : c.sub;
        const [a, b, d] = c.segs;
        if (a === 'blog') return b === 'view' ? d : b;
        if (a === 'dashboard' && b === 'blog') return d;
        return tumblrFirst(c);
      },
    },
  ],
  [
    'wordpress',
    {
      subs: 'own',
      fromUrl: ({ sub }) => {
        // Language sites (fr.wordpress.com) and service hosts are not blogs.
        if (!sub || sub.includes('.') || /^[a-z]{2}(?:-[a-z]{2})?$/.test(sub) || WP_SUBS.has(sub))
          return null;
        return sub;
      },
    },
  ],
  [
    'blogger',
    {
      subs: 'own',
      fromUrl: (c) => {
        if (c.base === 'blogger.com')
          return c.segs[0] === 'profile' && c.segs[1] ? `profile/${c.segs[1]}` : null;
        return c.sub && c.sub !== 'www' && !c.sub.includes('.') ? c.sub : null;
      },
      link: (h) => (h.startsWith('profile/') ? `https://www.blogger.com/${h}` : `https://${h}.blogspot.com`),
    },
  ],
  [
    'medium',
    {
      subs: 'own',
      fromUrl: (c) => {
        // name.medium.com is the same account as medium.com/@name.
        if (c.sub && c.sub !== 'www')
          return c.sub.includes('.') || MEDIUM_SUBS.has(c.sub) ? null : `@${c.sub}`;
        const [a] = c.segs;
        if (a?.startsWith('@')) return a;
        return mediumFirst(c);
      },
      // `@name` is a person, a bare name a publication, as in Medium's own URLs.
      fromHandle: (t, asPath) => (t.includes('/') ? asPath(t) : t),
    },
  ],
  [
    'substack',
    {
      subs: 'own',
      fromUrl: (c) => {
        if (c.sub && c.sub !== 'www') return c.sub.includes('.') || SUBSTACK_SUBS.has(c.sub) ? null : c.sub;
        const [a] = c.segs;
        return a?.startsWith('@') ? a : null;
      },
      fromHandle: (t) => (t.includes('/') ? null : t),
      link: (h) => (h.startsWith('@') ? `https://substack.com/${h}` : `https://${h}.substack.com`),
    },
  ],
  [
    'posterous',
    {
      subs: 'own',
      fromUrl: ({ sub }) => (sub && sub !== 'www' && !sub.includes('.') ? sub : null),
    },
  ],
  [
    'scoopit',
    {
      fromUrl: kinds({ t: 't', topic: 't', u: 'u' }),
      fromHandle: withDefault((n) => `t/${n}`),
    },
  ],
];
