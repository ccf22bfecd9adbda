// Video, audio and photo platforms' profile URLs: YouTube, Twitch, Vimeo, Dailymotion, SoundCloud,
// Spotify, Flickr.
import { COMMON_RESERVED, type Ctx, encodePath, firstSegment, kinds, type Rule, words } from './context';

const YT_RESERVED = new Set([
  ...COMMON_RESERVED,
  ...words(
    'attribution_link channels creators e gaming howyoutubeworks iframe_api kids live music new oembed playlist post redirect results shorts s source subscription_manager t tv v yt',
  ),
]);
const vimeoReserved = firstSegment(
  words(
    'blog upload categories ondemand stock enterprise solutions create live manage showcase album video videos staffpicks log_in',
  ),
);
const vimeoFirst = (c: Ctx) => (/^\d+$/.test(c.segs[0] ?? '') ? null : vimeoReserved(c));
const dailymotionFirst = firstSegment(words('video playlist library following player partner live channel'));
const spotifyKinds = kinds({ artist: 'artist', show: 'show', user: 'user' });

export const MEDIA_RULES: [string, Rule][] = [
  [
    'youtube',
    {
      subs: ['music', 'gaming', 'studio'],
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (!a) return null;
        if (a.startsWith('@')) return a;
        const al = a.toLowerCase();
        if (al === 'channel') return b ? `channel/${b}` : null;
        if (al === 'c' || al === 'user') return b ? `${al}/${b}` : null;
        // youtube.com/Name is the legacy custom URL, the same name space as /c/Name.
        return YT_RESERVED.has(al) ? null : `c/${a}`;
      },
      fromHandle: (t, asPath) => {
        if (/^UC[A-Za-z0-9_-]{22}$/.test(t)) return `channel/${t}`;
        if (t.includes('/')) return asPath(t);
        return t.startsWith('@') ? t : `@${t}`;
      },
      // Channel ids are base-64 and case-sensitive; handles and custom names are not.
      canon: (h) => (h.startsWith('channel/') ? h : h.toLowerCase()),
    },
  ],
  [
    'twitch',
    {
      fromUrl: firstSegment(
        words(
          'directory videos p downloads turbo subscriptions wallet inventory drops friends prime moderator popout team store broadcast',
        ),
      ),
    },
  ],
  [
    'vimeo',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        const al = a?.toLowerCase();
        if ((al === 'channels' || al === 'groups') && b) return `${al}/${b}`;
        return vimeoFirst(c);
      },
    },
  ],
  [
    'dailymotion',
    {
      // Two-letter paths are language or country pages (dailymotion.com/fr).
      fromUrl: (c) => (/^[a-z]{2}$/i.test(c.segs[0] ?? '') ? null : dailymotionFirst(c)),
    },
  ],
  [
    'soundcloud',
    {
      fromUrl: firstSegment(
        words(
          'stream you charts pages imprint terms-of-use mobile pro people stations for-artists popular connect',
        ),
      ),
    },
  ],
  [
    'spotify',
    {
      subs: ['open', 'play'],
      fromUrl: (c) => {
        const segs = /^intl-/i.test(c.segs[0] ?? '') ? c.segs.slice(1) : c.segs;
        return spotifyKinds({ ...c, segs });
      },
    },
  ],
  [
    'flickr',
    {
      fromUrl: ({ segs: [a, b] }) => {
        const al = a?.toLowerCase();
        if ((al === 'photos' || al === 'people') && b && !['tags', 'search'].includes(b.toLowerCase()))
          return b;
        return al === 'groups' && b ? `groups/${b}` : null;
      },
      // NSIDs (12345678@N02) keep their capital N; path aliases are case-insensitive.
      canon: (h) => h.toLowerCase().replace(/^((?:groups\/)?\d+@)n(\d{2})$/, '$1N$2'),
      link: (h) =>
        h.startsWith('groups/')
          ? `https://www.flickr.com/${encodePath(h)}`
          : `https://www.flickr.com/photos/${encodePath(h)}`,
    },
  ],
];
