// Local listings' URLs: Google Business Profiles (keyed by their CID, decoded from a place URL's data
// when it is not given), Foursquare, Yelp.
import { type Ctx, encodePath, firstSegment, type Rule, words } from './context';

/** google.<tld>, where /maps, /url and ?cid= live. */
export const GOOGLE_HOST = /^google\.(?:com|[a-z]{2}|com?\.[a-z]{2})$/;

export function mapsHandle(c: Ctx): string | null {
  const cid = c.query.get('cid') ?? c.query.get('ludocid');
  if (cid && /^\d{1,25}$/.test(cid)) return `cid/${cid}`;
  // A place URL's data holds the feature id `0x…:0x…`, whose second half is the CID in hex.
  const ftid = /0x[0-9a-f]{1,16}:0x([0-9a-f]{1,16})/i.exec(`${c.path} ${c.query.get('ftid') ?? ''}`);
  if (ftid?.[1]) return `cid/${BigInt(`0x${ftid[1]}`).toString()}`;
  const i = c.segs.indexOf('place');
  const name = i >= 0 ? c.segs[i + 1] : undefined;
  return name ? `place/${name.replace(/\+/g, ' ').trim()}` : null;
}

const foursquareFirst = firstSegment(words('v venue user cities city-guide products pages'));

export const PLACE_RULES: [string, Rule][] = [
  [
    'google-business',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (c.base === 'g.page') return a === 'r' ? (b ? `r/${b}` : null) : a;
        // Share links are opaque until followed: kept as written, they cannot match a CID offline.
        if (c.base === 'maps.app.goo.gl') return a ? `maps.app.goo.gl/${a}` : null;
        return mapsHandle(c);
      },
      fromHandle: (t) => {
        if (/^\d+$/.test(t)) return `cid/${t}`;
        if (/^(?:cid|r|place)\//.test(t) || /^(?:maps\.app\.goo\.gl|goo\.gl\/maps)\//.test(t)) return t;
        return t.includes('/') ? null : t;
      },
      canon: (h) => (/^(?:place\/|[^/]+$)/.test(h) ? h.toLowerCase() : h),
      link: (h) => {
        if (h.startsWith('cid/')) return `https://maps.google.com/?cid=${h.slice(4)}`;
        if (h.startsWith('place/')) {
          return `https://www.google.com/maps/place/${encodeURIComponent(h.slice(6)).replace(/%20/g, '+')}`;
        }
        if (h.startsWith('maps.app.goo.gl/') || h.startsWith('goo.gl/maps/')) return `https://${h}`;
        return `https://g.page/${encodePath(h)}`;
      },
    },
  ],
  [
    'foursquare',
    {
      fromUrl: (c) => {
        const [a, b, d] = c.segs;
        const al = a?.toLowerCase();
        if (al === 'v') {
          const id = [d, b].find((s) => s && /^[0-9a-f]{24}$/i.test(s));
          return id ? `v/${id}` : null;
        }
        if (al === 'venue' || al === 'user') return b ? `${al}/${b}` : null;
        return foursquareFirst(c);
      },
    },
  ],
  ['yelp', { fromUrl: ({ segs: [a, b] }) => (a === 'biz' && b ? `biz/${b}` : null) }],
];
