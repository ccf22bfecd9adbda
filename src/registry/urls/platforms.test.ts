import { describe, expect, it } from 'vitest';
import { nameKey } from '../../core/text';
import {
  findPlatformByName,
  getPlatform,
  handleRegExp,
  matchHost,
  PLATFORMS,
  platformForHost,
  platformIds,
} from './platforms';
import { canonicalUrl, profileKey, resolveProfile } from './resolve';

const REQUIRED = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'youtube',
  'tiktok',
  'pinterest',
  'snapchat',
  'threads',
  'mastodon',
  'bluesky',
  'reddit',
  'tumblr',
  'flickr',
  'vimeo',
  'dailymotion',
  'slideshare',
  'medium',
  'github',
  'twitch',
  'discord',
  'telegram',
  'whatsapp',
  'viadeo',
  'google-business',
  'googleplus',
  'foursquare',
  'scoopit',
  'myspace',
  'storify',
  'periscope',
  'vine',
  'wordpress',
  'blogger',
  'soundcloud',
  'website',
  'other',
];

/** One realistic handle per platform, as resolveProfile returns it (typed case kept). */
const SAMPLE: Record<string, string> = {
  x: 'AcmeFR',
  facebook: 'AcmeFrance',
  instagram: 'acme.paris',
  linkedin: 'company/acme-france',
  youtube: '@AcmeFR',
  tiktok: 'acme_fr',
  pinterest: 'acmefrance',
  snapchat: 'acme.fr',
  threads: 'acme.paris',
  mastodon: 'acme@mastodon.social',
  bluesky: 'acme.bsky.social',
  reddit: 'r/AcmeFans',
  tumblr: 'acmefrance',
  flickr: '12345678@N02',
  vimeo: 'acmefilms',
  dailymotion: 'AcmeTV',
  slideshare: 'acmefrance',
  medium: '@acme',
  github: 'acme-corp',
  twitch: 'acmegaming',
  discord: 'AbCd123',
  telegram: 'AcmeNews',
  whatsapp: '33612345678',
  viadeo: 'company/acme-france',
  'google-business': 'cid/1234567890123456789',
  googleplus: '+AcmeFrance',
  foursquare: 'v/4b0c8f6af964a520ed3a23e3',
  scoopit: 't/acme-veille',
  myspace: 'acmeband',
  storify: 'AcmeFR',
  periscope: 'AcmeFR',
  vine: 'u/912345678901234567',
  wordpress: 'acmeblog',
  blogger: 'acmeblog',
  soundcloud: 'acme-music',
  spotify: 'artist/0OdUWJ0sBjDrqHygGUXeCF',
  weibo: 'u/1234567890',
  xing: 'pages/acme-gmbh',
  behance: 'acmestudio',
  dribbble: 'acmestudio',
  quora: 'profile/Jean-Dupont-12',
  vk: 'club123456',
  substack: 'acmeletter',
  delicious: 'acme',
  friendfeed: 'acme',
  posterous: 'acme',
  yelp: 'biz/acme-paris-2',
};

const real = PLATFORMS.filter((p) => p.id !== 'website' && p.id !== 'other');

describe('the catalogue', () => {
  it('holds at least 35 platforms, every required id among them, ids unique', () => {
    expect(PLATFORMS.length).toBeGreaterThanOrEqual(35);
    const ids = platformIds();
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(ids, id).toContain(id);
  });

  it('describes every platform fully', () => {
    for (const p of PLATFORMS) {
      expect(p.id, p.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(p.name.trim(), p.id).not.toBe('');
      expect(p.profileUrl, p.id).toMatch(/^(?:https:\/\/|\{url\}$)/);
      if (!p.alive) expect(p.closedYear ?? 0, p.id).not.toBeGreaterThan(new Date().getFullYear());
      if (p.alive) expect(p.closedYear, p.id).toBeUndefined();
    }
  });

  it('knows which platforms closed, and when', () => {
    const closed = Object.fromEntries(PLATFORMS.filter((p) => !p.alive).map((p) => [p.id, p.closedYear]));
    expect(closed).toMatchObject({ googleplus: 2019, storify: 2018, periscope: 2021, vine: 2017 });
    expect(getPlatform('viadeo')?.alive).toBe(false);
    for (const id of [
      'x',
      'facebook',
      'instagram',
      'linkedin',
      'youtube',
      'mastodon',
      'bluesky',
      'myspace',
    ]) {
      expect(getPlatform(id)?.alive, id).toBe(true);
    }
  });

  it('has pseudo-platforms website and other, alive, in category other, without hosts', () => {
    for (const id of ['website', 'other']) {
      expect(getPlatform(id)).toMatchObject({ alive: true, category: 'other', hosts: [] });
    }
  });

  it('compiles every handle pattern, anchored', () => {
    for (const p of PLATFORMS) {
      expect(() => handleRegExp(p), p.id).not.toThrow();
      expect(p.handlePattern.startsWith('^') && p.handlePattern.endsWith('$'), p.id).toBe(true);
    }
  });

  it('gives each host to one platform only', () => {
    const seen = new Map<string, string>();
    for (const p of PLATFORMS) {
      for (const h of p.hosts) {
        expect(h, `${p.id}: ${h}`).toMatch(/^(?!www\.)[a-z0-9.-]+\.[a-z]{2,}$/);
        expect(seen.get(h), `${h} in ${p.id} and ${seen.get(h)}`).toBeUndefined();
        seen.set(h, p.id);
      }
    }
  });

  it('gives each name and alias to one platform only', () => {
    const seen = new Map<string, string>();
    for (const p of PLATFORMS) {
      for (const n of new Set(
        [p.id, p.name, ...p.aliases].map((a) => nameKey(a.replace(/\+/g, ' plus ')).replace(/ /g, '')),
      )) {
        expect(seen.get(n), `${n} in ${p.id} and ${seen.get(n)}`).toBeUndefined();
        seen.set(n, p.id);
      }
    }
  });

  it('has a sample handle for every real platform, valid for its pattern', () => {
    for (const p of real) {
      const sample = SAMPLE[p.id];
      expect(sample, p.id).toBeDefined();
      expect(handleRegExp(p).test(profileKey(p.id, sample ?? '')), p.id).toBe(true);
    }
  });

  it("puts every profile URL on one of the platform's own hosts", () => {
    for (const p of real) {
      if (p.id === 'mastodon') continue; // its host is the handle's server
      const url = new URL(p.profileUrl.replace('{handle}', 'sample'));
      const host = url.hostname.replace(/^www\./, '');
      expect(
        p.hosts.some((h) => host === h || host.endsWith(`.${h}`)),
        `${p.id}: ${host}`,
      ).toBe(true);
      expect(platformForHost(new URL(canonicalUrl(p.id, SAMPLE[p.id] ?? '')).hostname)?.id, p.id).toBe(p.id);
    }
  });

  it('round-trips every canonical URL through resolveProfile', () => {
    for (const p of real) {
      const handle = SAMPLE[p.id] ?? '';
      const url = canonicalUrl(p.id, handle);
      const r = resolveProfile(url);
      expect(r, `${p.id}: ${url}`).toMatchObject({
        platform: p.id,
        kind: 'profile',
        url,
        key: profileKey(p.id, handle),
      });
      // The handle alone, with its platform, gives the same presence.
      expect(resolveProfile(handle, p.id), `${p.id}: ${handle}`).toMatchObject({ platform: p.id, url });
    }
  });

  it('finds platforms by id', () => {
    expect(getPlatform('x')?.name).toBe('X');
    expect(getPlatform('google-business')?.category).toBe('local');
    expect(getPlatform('twitter')).toBeUndefined();
    expect(getPlatform('constructor')).toBeUndefined();
    expect(platformIds()[0]).toBe('x');
  });
});

describe('platformForHost', () => {
  const cases: [string, string | undefined][] = [
    ['facebook.com', 'facebook'],
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['fr-fr.facebook.com', 'facebook'],
    ['WWW.FACEBOOK.COM.', 'facebook'],
    ['facebook.com:443', 'facebook'],
    ['fb.com', 'facebook'],
    ['twitter.com', 'x'],
    ['mobile.twitter.com', 'x'],
    ['x.com', 'x'],
    ['instagr.am', 'instagram'],
    ['fr.linkedin.com', 'linkedin'],
    ['uk.linkedin.com', 'linkedin'],
    ['lnkd.in', 'linkedin'],
    ['youtu.be', 'youtube'],
    ['music.youtube.com', 'youtube'],
    ['m.youtube.com', 'youtube'],
    ['fr.pinterest.com', 'pinterest'],
    ['pinterest.fr', 'pinterest'],
    ['www.pinterest.co.uk', 'pinterest'],
    ['pinterest.com.br', 'pinterest'],
    ['acme.tumblr.com', 'tumblr'],
    ['acme.wordpress.com', 'wordpress'],
    ['acme.blogspot.com', 'blogger'],
    ['acme.blogspot.fr', 'blogger'],
    ['acme.blogspot.com.br', 'blogger'],
    ['acme.medium.com', 'medium'],
    ['acme.bsky.social', 'bluesky'],
    ['bsky.app', 'bluesky'],
    ['mastodon.social', 'mastodon'],
    ['threads.net', 'threads'],
    ['www.threads.com', 'threads'],
    ['t.me', 'telegram'],
    ['wa.me', 'whatsapp'],
    ['api.whatsapp.com', 'whatsapp'],
    ['discord.gg', 'discord'],
    ['plus.google.com', 'googleplus'],
    ['maps.google.com', 'google-business'],
    ['maps.google.fr', 'google-business'],
    ['g.page', 'google-business'],
    ['www.yelp.fr', 'yelp'],
    ['fr.viadeo.com', 'viadeo'],
    ['pscp.tv', 'periscope'],
    ['google.com', undefined],
    ['www.google.fr', undefined],
    ['wordpress.org', undefined],
    ['social.acme.fr', undefined],
    ['acme.fr', undefined],
    ['evil-facebook.com', undefined],
    ['facebook.com.evil.net', undefined],
    ['notx.com', undefined],
    ['com', undefined],
    ['', undefined],
  ];
  it.each(cases)('%s → %s', (host, id) => {
    expect(platformForHost(host)?.id).toBe(id);
  });

  it('tells what stands left of the platform host', () => {
    expect(matchHost('acme.tumblr.com')).toMatchObject({ base: 'tumblr.com', sub: 'acme' });
    expect(matchHost('fr-fr.facebook.com')).toMatchObject({ base: 'facebook.com', sub: 'fr-fr' });
    expect(matchHost('open.spotify.com')).toMatchObject({ base: 'open.spotify.com', sub: '' });
  });
});

describe('findPlatformByName', () => {
  const exact: [string, string][] = [
    ['x', 'x'],
    ['X', 'x'],
    ['Twitter', 'x'],
    ['TWITTER', 'x'],
    ['X (ex-Twitter)', 'x'],
    ['X / Twitter', 'x'],
    ['Facebook', 'facebook'],
    ['FB', 'facebook'],
    ['Page Facebook', 'facebook'],
    ['Insta', 'instagram'],
    ['IG', 'instagram'],
    ['LinkedIn', 'linkedin'],
    ['Linked In', 'linkedin'],
    ['LinkedIn page', 'linkedin'],
    ['Linkedin  Company   Page', 'linkedin'],
    ['Youtube', 'youtube'],
    ['YOU TUBE', 'youtube'],
    ['Chaîne YouTube', 'youtube'],
    ['Chaine Youtube officielle', 'youtube'],
    ['Google+', 'googleplus'],
    ['Google Plus', 'googleplus'],
    ['G+', 'googleplus'],
    ['Google My Business', 'google-business'],
    ['google-business', 'google-business'],
    ['GMB', 'google-business'],
    ['Google+ Local', 'google-business'],
    ['Scoop.it', 'scoopit'],
    ['scoopit', 'scoopit'],
    ['Tik Tok', 'tiktok'],
    ['Blogspot', 'blogger'],
    ['WordPress', 'wordpress'],
    ['Bluesky', 'bluesky'],
    ['Mastodon', 'mastodon'],
    ['Viadéo', 'viadeo'],
    ['Compte X', 'x'],
    ['Site web', 'website'],
    ['Autre', 'other'],
    ['twitter.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['https://www.instagram.com/acme', 'instagram'],
    ['youtu.be', 'youtube'],
  ];
  it.each(exact)('%s → %s (exact)', (text, id) => {
    expect(findPlatformByName(text)).toEqual({ platform: getPlatform(id), exact: true });
  });

  const fuzzy: [string, string][] = [
    ['Intagram', 'instagram'],
    ['Instagarm', 'instagram'],
    ['Facebok', 'facebook'],
    ['Linkdin', 'linkedin'],
    ['Linkedln', 'linkedin'],
    ['Youtub', 'youtube'],
    ['Pintrest', 'pinterest'],
    ['Twiter', 'x'],
    ['Tweeter', 'x'],
    ['Snapchta', 'snapchat'],
    ['Dailymotio', 'dailymotion'],
    ['Facebook Région Ouest', 'facebook'],
    ['Page Intagram Lyon', 'instagram'],
  ];
  it.each(fuzzy)('%s → %s (fuzzy)', (text, id) => {
    expect(findPlatformByName(text)).toEqual({ platform: getPlatform(id), exact: false });
  });

  const none = [
    '',
    '   ',
    'xx',
    'xxx',
    'fbb',
    'Line',
    'Google',
    'Vineo', // one edit from both Vine and Vimeo
    'Twitcher', // two edits from both Twitch and Twitter
    'Facebook Instagram',
    'Acme Corporation',
    'acme.fr',
    '__proto__',
    'constructor',
    'a'.repeat(500),
  ];
  it.each(none)('%j → null', (text) => {
    expect(findPlatformByName(text)).toBeNull();
  });
});
