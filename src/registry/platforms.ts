// The platform catalogue: every network an organisation may have left a presence on, current or dead,
// with how its profile URLs and handles look. Pure data plus lookups; URL parsing lives in resolve.ts.
//
// Conventions:
// - `hosts` are written without `www.`; sub-domains (`m.`, `fr.`, `fr-fr.`, `name.tumblr.com`) are
//   matched by stripping labels from the left, so they need not be listed.
// - `handlePattern` is checked against the canonical handle (lower-cased where the platform is case
//   insensitive) and is compiled with the `u` flag (see handleRegExp).
// - A handle may carry a kind when the platform has several name spaces: `company/acme` (LinkedIn),
//   `channel/UC…` or `@name` (YouTube), `r/name` / `u/name` (Reddit), `user@host` (Mastodon).
// - `website` and `other` are pseudo-platforms for URLs that are not a profile on a known platform;
//   they have no handle, so their pattern only accepts the empty string.
import { editDistance, nameKey } from '../core/text';
import type { Platform } from './model';

const DNS_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';

const CATALOGUE: Platform[] = [
  {
    id: 'x',
    name: 'X',
    hosts: ['x.com', 'twitter.com', 't.co'],
    profileUrl: 'https://x.com/{handle}',
    handlePattern: '^[A-Za-z0-9_]{1,15}$',
    caseSensitive: false,
    alive: true,
    aliases: ['Twitter', 'X (ex-Twitter)', 'X (Twitter)', 'X / Twitter', 'Twitter / X'],
    category: 'social',
  },
  {
    id: 'facebook',
    name: 'Facebook',
    hosts: ['facebook.com', 'fb.com', 'fb.me', 'm.me', 'fb.watch', 'facebook.fr'],
    profileUrl: 'https://www.facebook.com/{handle}',
    // A username, a numeric id (pages without a username, profile.php?id=) or a group.
    handlePattern: '^(?:\\d{5,20}|groups/[A-Za-z0-9._-]{1,100}|[A-Za-z0-9.-]{1,80})$',
    caseSensitive: false,
    alive: true,
    aliases: ['FB', 'Face book', 'Facebook page', 'Page Facebook', 'Fan page', 'Fanpage Facebook'],
    category: 'social',
  },
  {
    id: 'instagram',
    name: 'Instagram',
    hosts: ['instagram.com', 'instagr.am'],
    profileUrl: 'https://www.instagram.com/{handle}',
    handlePattern: '^[A-Za-z0-9._]{1,30}$',
    caseSensitive: false,
    alive: true,
    aliases: ['Insta', 'IG', 'Instagramm'],
    category: 'photo',
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    // lnkd.in is LinkedIn's link shortener: it belongs to LinkedIn but never names a profile offline.
    hosts: ['linkedin.com', 'lnkd.in'],
    profileUrl: 'https://www.linkedin.com/{handle}',
    handlePattern: "^(?:in|company|showcase|school|groups)/[\\p{L}\\p{N}_.&'-]{1,100}$",
    caseSensitive: false,
    alive: true,
    aliases: ['Linked In', 'LinkedIn page', 'Page LinkedIn', 'LinkedIn company page', 'LinkedIn showcase'],
    category: 'professional',
  },
  {
    id: 'youtube',
    name: 'YouTube',
    hosts: ['youtube.com', 'youtu.be'],
    profileUrl: 'https://www.youtube.com/{handle}',
    // Channel ids are case-sensitive; resolve.ts keeps their case while lower-casing the rest.
    handlePattern:
      '^(?:@[\\p{L}\\p{N}_.·-]{3,30}|channel/UC[A-Za-z0-9_-]{22}|(?:c|user)/[\\p{L}\\p{N}_.-]{1,100})$',
    caseSensitive: false,
    alive: true,
    aliases: ['YT', 'You Tube', 'YouTube channel', 'Chaîne YouTube'],
    category: 'video',
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    hosts: ['tiktok.com'],
    profileUrl: 'https://www.tiktok.com/@{handle}',
    handlePattern: '^[A-Za-z0-9_.]{2,24}$',
    caseSensitive: false,
    alive: true,
    aliases: ['Tik Tok', 'Tik-Tok'],
    category: 'video',
  },
  {
    id: 'pinterest',
    name: 'Pinterest',
    hosts: [
      'pinterest.com',
      'pinterest.fr',
      'pinterest.de',
      'pinterest.co.uk',
      'pinterest.es',
      'pinterest.it',
      'pinterest.ca',
      'pinterest.com.au',
      'pinterest.ch',
      'pinterest.at',
      'pinterest.pt',
      'pinterest.jp',
      'pinterest.com.mx',
      'pin.it',
    ],
    profileUrl: 'https://www.pinterest.com/{handle}',
    handlePattern: '^[A-Za-z0-9_]{3,30}$',
    caseSensitive: false,
    alive: true,
    aliases: ['Pinterest board'],
    category: 'photo',
  },
  {
    id: 'snapchat',
    name: 'Snapchat',
    hosts: ['snapchat.com'],
    profileUrl: 'https://www.snapchat.com/add/{handle}',
    handlePattern: '^[A-Za-z][A-Za-z0-9._-]{2,14}$',
    caseSensitive: false,
    alive: true,
    aliases: ['Snap'],
    category: 'messaging',
  },
  {
    id: 'threads',
    name: 'Threads',
    // threads.net moved to threads.com in 2025; both still serve profiles.
    hosts: ['threads.com', 'threads.net'],
    profileUrl: 'https://www.threads.com/@{handle}',
    handlePattern: '^[A-Za-z0-9._]{1,30}$',
    caseSensitive: false,
    alive: true,
    aliases: ['Threads by Instagram', 'Instagram Threads'],
    category: 'social',
  },
  {
    id: 'mastodon',
    name: 'Mastodon',
    // Any server can host Mastodon: these big ones are known by host, the others by URL shape
    // (`https://host/@user`), see resolve.ts. The handle is `user@host`, so the URL has two parts.
    hosts: ['mastodon.social', 'mastodon.online', 'mstdn.social', 'mas.to', 'mastodon.world', 'piaille.fr'],
    profileUrl: 'https://{instance}/@{user}',
    handlePattern: `^[A-Za-z0-9_]{1,30}@(?:${DNS_LABEL}\\.)+[a-z][a-z0-9-]{1,62}$`,
    caseSensitive: false,
    alive: true,
    aliases: ['Masto', 'Fediverse', 'Fédivers'],
    category: 'social',
  },
  {
    id: 'bluesky',
    name: 'Bluesky',
    hosts: ['bsky.app', 'bsky.social'],
    profileUrl: 'https://bsky.app/profile/{handle}',
    // A domain handle (name.bsky.social or the organisation's own domain) or a DID.
    handlePattern: `^(?:did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.:-]{3,253})|(?:${DNS_LABEL}\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?)$`,
    caseSensitive: false,
    alive: true,
    aliases: ['Bsky', 'Blue Sky', 'Bluesky Social'],
    category: 'social',
  },
  {
    id: 'reddit',
    name: 'Reddit',
    hosts: ['reddit.com', 'redd.it'],
    profileUrl: 'https://www.reddit.com/{handle}',
    handlePattern: '^(?:r/[A-Za-z0-9_]{2,21}|u/[A-Za-z0-9_-]{3,20})$',
    caseSensitive: false,
    alive: true,
    aliases: ['Subreddit'],
    category: 'social',
  },
  {
    id: 'tumblr',
    name: 'Tumblr',
    hosts: ['tumblr.com'],
    profileUrl: 'https://{handle}.tumblr.com',
    handlePattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$',
    caseSensitive: false,
    alive: true,
    aliases: ['Tumbler'],
    category: 'blog',
  },
  {
    id: 'flickr',
    name: 'Flickr',
    hosts: ['flickr.com', 'flic.kr'],
    profileUrl: 'https://www.flickr.com/photos/{handle}',
    // A path alias or an NSID such as 12345678@N02 (which keeps its capital N).
    handlePattern: '^(?:\\d{5,12}@N\\d{2}|groups/[A-Za-z0-9_.@-]{1,60}|[A-Za-z0-9_.-]{1,60})$',
    caseSensitive: false,
    alive: true,
    aliases: ['Flicker'],
    category: 'photo',
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    hosts: ['vimeo.com'],
    profileUrl: 'https://vimeo.com/{handle}',
    // All-digit paths are videos, never accounts.
    handlePattern: '^(?:(?:channels|groups)/[A-Za-z0-9_-]{1,60}|(?!\\d+$)[A-Za-z0-9_]{2,60})$',
    caseSensitive: false,
    alive: true,
    aliases: [],
    category: 'video',
  },
  {
    id: 'dailymotion',
    name: 'Dailymotion',
    hosts: ['dailymotion.com', 'dai.ly'],
    profileUrl: 'https://www.dailymotion.com/{handle}',
    handlePattern: '^[A-Za-z0-9_-]{3,60}$',
    caseSensitive: false,
    alive: true,
    aliases: ['Daily Motion'],
    category: 'video',
  },
  {
    id: 'slideshare',
    name: 'SlideShare',
    hosts: ['slideshare.net'],
    profileUrl: 'https://www.slideshare.net/{handle}',
    handlePattern: '^[A-Za-z0-9_.-]{2,60}$',
    caseSensitive: false,
    alive: true,
    aliases: ['Slide Share', 'LinkedIn SlideShare'],
    category: 'professional',
  },
  {
    id: 'medium',
    name: 'Medium',
    hosts: ['medium.com'],
    profileUrl: 'https://medium.com/{handle}',
    // `@user` for a person, a bare name for a publication.
    handlePattern: '^@?[A-Za-z0-9_.-]{1,60}$',
    caseSensitive: false,
    alive: true,
    aliases: [],
    category: 'blog',
  },
  {
    id: 'github',
    name: 'GitHub',
    hosts: ['github.com'],
    profileUrl: 'https://github.com/{handle}',
    handlePattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$',
    caseSensitive: false,
    alive: true,
    aliases: ['Git Hub'],
    category: 'code',
  },
  {
    id: 'twitch',
    name: 'Twitch',
    hosts: ['twitch.tv'],
    profileUrl: 'https://www.twitch.tv/{handle}',
    handlePattern: '^[A-Za-z0-9_]{3,25}$',
    caseSensitive: false,
    alive: true,
    aliases: ['Twitch.tv'],
    category: 'video',
  },
  {
    id: 'discord',
    name: 'Discord',
    hosts: ['discord.gg', 'discord.com', 'discordapp.com'],
    profileUrl: 'https://discord.gg/{handle}',
    // The handle of a Discord server is its invite code, which is case-sensitive.
    handlePattern: '^[A-Za-z0-9-]{2,32}$',
    caseSensitive: true,
    alive: true,
    aliases: ['Serveur Discord', 'Discord server'],
    category: 'messaging',
  },
  {
    id: 'telegram',
    name: 'Telegram',
    hosts: ['t.me', 'telegram.me', 'telegram.dog'],
    profileUrl: 'https://t.me/{handle}',
    // A public username, or `+hash` for a private invite (whose hash is case-sensitive).
    handlePattern: '^(?:[A-Za-z][A-Za-z0-9_]{3,31}|\\+[A-Za-z0-9_-]{8,40})$',
    caseSensitive: false,
    alive: true,
    aliases: ['Telegram channel', 'Canal Telegram'],
    category: 'messaging',
  },
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    hosts: ['wa.me', 'whatsapp.com'],
    profileUrl: 'https://wa.me/{handle}',
    // An international phone number without + or leading zeros, or a channel id.
    handlePattern: '^(?:[1-9]\\d{6,14}|channel/[A-Za-z0-9]{16,40})$',
    caseSensitive: true,
    alive: true,
    aliases: ['Whats App', 'WhatsApp Business', 'WhatsApp channel', 'Chaîne WhatsApp'],
    category: 'messaging',
  },
  {
    id: 'viadeo',
    name: 'Viadeo',
    hosts: ['viadeo.com'],
    profileUrl: 'https://www.viadeo.com/fr/{handle}',
    handlePattern: '^(?:profile|company)/[\\p{L}\\p{N}_.-]{1,100}$',
    caseSensitive: false,
    // Judgement call: Viadeo went into receivership in 2016 and was taken over by Le Figaro group;
    // the network lingered without an audience and no single shutdown date exists. For governance a
    // presence there is something to close, so it is marked dead, without a closedYear.
    alive: false,
    aliases: [],
    category: 'professional',
  },
  {
    id: 'google-business',
    name: 'Google Business Profile',
    // maps.google.<country> and google.<country>/maps are matched by rule (see matchHost, resolve.ts).
    hosts: ['g.page', 'business.google.com', 'maps.google.com', 'maps.app.goo.gl'],
    profileUrl: 'https://g.page/{handle}',
    // `cid/N` (the listing's customer id, its stable identity), a g.page short name, `r/code`,
    // a maps share link kept as written, or `place/Name` when nothing better is in the URL.
    handlePattern:
      '^(?:cid/\\d{1,25}|r/[A-Za-z0-9_-]{4,40}|place/[^/]{1,200}|(?:maps\\.app\\.goo\\.gl|goo\\.gl/maps)/[A-Za-z0-9_-]{4,40}|[A-Za-z0-9_-]{2,60})$',
    caseSensitive: false,
    alive: true,
    aliases: [
      'Google My Business',
      'GMB',
      'Google Business',
      'Fiche Google',
      'Fiche Google My Business',
      'Google Maps',
      'Google Places',
      'Google+ Local',
      'Google Local',
    ],
    category: 'local',
  },
  {
    id: 'googleplus',
    name: 'Google+',
    hosts: ['plus.google.com'],
    profileUrl: 'https://plus.google.com/{handle}',
    handlePattern: '^(?:\\+[\\p{L}\\p{N}_.-]{1,100}|\\d{15,25}|communities/\\d{10,25})$',
    caseSensitive: false,
    alive: false,
    closedYear: 2019,
    aliases: ['Google Plus', 'G+', 'GPlus', 'Google+ page', 'Page Google+'],
    category: 'social',
  },
  {
    id: 'foursquare',
    name: 'Foursquare',
    hosts: ['foursquare.com', '4sq.com'],
    profileUrl: 'https://foursquare.com/{handle}',
    handlePattern: '^(?:v/[0-9a-f]{24}|venue/\\d{1,15}|user/\\d{1,15}|[A-Za-z0-9_.-]{1,60})$',
    caseSensitive: false,
    // The City Guide app closed in December 2024, but venues and check-ins live on in Swarm.
    alive: true,
    aliases: ['4sq', 'Four Square', 'Swarm', 'Foursquare Swarm'],
    category: 'local',
  },
  {
    id: 'scoopit',
    name: 'Scoop.it',
    hosts: ['scoop.it'],
    profileUrl: 'https://www.scoop.it/{handle}',
    // `t/topic` for a curated topic, `u/user` for a curator.
    handlePattern: '^(?:t|u)/[\\p{L}\\p{N}_.-]{1,100}$',
    caseSensitive: false,
    alive: true,
    aliases: ['Scoopit', 'Scoop it'],
    category: 'blog',
  },
  {
    id: 'myspace',
    name: 'Myspace',
    hosts: ['myspace.com'],
    profileUrl: 'https://myspace.com/{handle}',
    handlePattern: '^[A-Za-z0-9_.-]{1,60}$',
    caseSensitive: false,
    // Still online, although it lost everything uploaded before 2016 in a 2019 server migration.
    alive: true,
    aliases: ['My Space'],
    category: 'social',
  },
  {
    id: 'storify',
    name: 'Storify',
    hosts: ['storify.com'],
    profileUrl: 'https://storify.com/{handle}',
    handlePattern: '^[A-Za-z0-9_]{1,30}$',
    caseSensitive: false,
    alive: false,
    closedYear: 2018,
    aliases: [],
    category: 'blog',
  },
  {
    id: 'periscope',
    name: 'Periscope',
    hosts: ['pscp.tv', 'periscope.tv'],
    profileUrl: 'https://www.pscp.tv/{handle}',
    handlePattern: '^[A-Za-z0-9_]{1,30}$',
    caseSensitive: false,
    alive: false,
    closedYear: 2021,
    aliases: ['Periscope TV'],
    category: 'video',
  },
  {
    id: 'vine',
    name: 'Vine',
    hosts: ['vine.co'],
    profileUrl: 'https://vine.co/{handle}',
    handlePattern: '^(?:u/\\d{6,25}|[A-Za-z0-9_.-]{1,60})$',
    caseSensitive: false,
    alive: false,
    closedYear: 2017,
    aliases: [],
    category: 'video',
  },
  {
    id: 'wordpress',
    name: 'WordPress.com',
    // wordpress.org is the software's site, not a place where blogs live.
    hosts: ['wordpress.com'],
    profileUrl: 'https://{handle}.wordpress.com',
    handlePattern: `^${DNS_LABEL}$`,
    caseSensitive: false,
    alive: true,
    aliases: ['WordPress', 'Word Press', 'Blog WordPress'],
    category: 'blog',
  },
  {
    id: 'blogger',
    name: 'Blogger',
    // blogspot.<country> hosts (blogspot.fr, blogspot.co.uk…) are matched by rule.
    hosts: ['blogspot.com', 'blogger.com'],
    profileUrl: 'https://{handle}.blogspot.com',
    handlePattern: `^(?:profile/\\d{5,25}|${DNS_LABEL})$`,
    caseSensitive: false,
    alive: true,
    aliases: ['Blogspot', 'Blog Blogger'],
    category: 'blog',
  },
  {
    id: 'soundcloud',
    name: 'SoundCloud',
    hosts: ['soundcloud.com'],
    profileUrl: 'https://soundcloud.com/{handle}',
    handlePattern: '^[A-Za-z0-9_-]{2,60}$',
    caseSensitive: false,
    alive: true,
    aliases: ['Sound Cloud'],
    category: 'audio',
  },
  {
    id: 'spotify',
    name: 'Spotify',
    hosts: ['open.spotify.com', 'spotify.com', 'spotify.link'],
    profileUrl: 'https://open.spotify.com/{handle}',
    // Artist and show (podcast) ids are base-62, hence case-sensitive.
    handlePattern: '^(?:(?:artist|show)/[A-Za-z0-9]{22}|user/[A-Za-z0-9_.-]{1,60})$',
    caseSensitive: true,
    alive: true,
    aliases: ['Spotify podcast', 'Podcast Spotify'],
    category: 'audio',
  },
  {
    id: 'weibo',
    name: 'Weibo',
    hosts: ['weibo.com', 'weibo.cn'],
    profileUrl: 'https://weibo.com/{handle}',
    handlePattern: '^(?:u/\\d{5,15}|[A-Za-z0-9_-]{2,40})$',
    caseSensitive: false,
    alive: true,
    aliases: ['Sina Weibo'],
    category: 'social',
  },
  {
    id: 'xing',
    name: 'XING',
    hosts: ['xing.com'],
    profileUrl: 'https://www.xing.com/{handle}',
    handlePattern: '^(?:profile|pages|companies)/[\\p{L}\\p{N}_.-]{1,100}$',
    caseSensitive: false,
    alive: true,
    aliases: [],
    category: 'professional',
  },
  {
    id: 'behance',
    name: 'Behance',
    hosts: ['behance.net', 'be.net'],
    profileUrl: 'https://www.behance.net/{handle}',
    handlePattern: '^[A-Za-z0-9_-]{2,60}$',
    caseSensitive: false,
    alive: true,
    aliases: [],
    category: 'photo',
  },
  {
    id: 'dribbble',
    name: 'Dribbble',
    hosts: ['dribbble.com'],
    profileUrl: 'https://dribbble.com/{handle}',
    handlePattern: '^[A-Za-z0-9_-]{2,60}$',
    caseSensitive: false,
    alive: true,
    aliases: ['Dribble'],
    category: 'photo',
  },
  {
    id: 'quora',
    name: 'Quora',
    hosts: ['quora.com'],
    profileUrl: 'https://www.quora.com/{handle}',
    handlePattern: '^(?:profile/[\\p{L}\\p{N}_.-]{1,100}|q/[A-Za-z0-9_-]{1,100})$',
    caseSensitive: false,
    alive: true,
    aliases: [],
    category: 'social',
  },
  {
    id: 'vk',
    name: 'VK',
    hosts: ['vk.com', 'vkontakte.ru'],
    profileUrl: 'https://vk.com/{handle}',
    handlePattern: '^[A-Za-z0-9_.]{2,60}$',
    caseSensitive: false,
    alive: true,
    aliases: ['VKontakte', 'ВКонтакте'],
    category: 'social',
  },
  {
    id: 'substack',
    name: 'Substack',
    hosts: ['substack.com'],
    profileUrl: 'https://{handle}.substack.com',
    // A publication (its sub-domain) or `@user` for a person.
    handlePattern: `^(?:@[A-Za-z0-9_]{1,60}|${DNS_LABEL})$`,
    caseSensitive: false,
    alive: true,
    aliases: ['Newsletter Substack'],
    category: 'blog',
  },
  {
    id: 'delicious',
    name: 'Delicious',
    hosts: ['delicious.com', 'del.icio.us'],
    profileUrl: 'https://del.icio.us/{handle}',
    handlePattern: '^[A-Za-z0-9_.-]{1,60}$',
    caseSensitive: false,
    alive: false,
    closedYear: 2017,
    aliases: ['Del.icio.us'],
    category: 'other',
  },
  {
    id: 'friendfeed',
    name: 'FriendFeed',
    hosts: ['friendfeed.com'],
    profileUrl: 'https://friendfeed.com/{handle}',
    handlePattern: '^[A-Za-z0-9_]{1,60}$',
    caseSensitive: false,
    alive: false,
    closedYear: 2015,
    aliases: ['Friend Feed'],
    category: 'social',
  },
  {
    id: 'posterous',
    name: 'Posterous',
    hosts: ['posterous.com'],
    profileUrl: 'https://{handle}.posterous.com',
    handlePattern: `^${DNS_LABEL}$`,
    caseSensitive: false,
    alive: false,
    closedYear: 2013,
    aliases: [],
    category: 'blog',
  },
  {
    id: 'yelp',
    name: 'Yelp',
    hosts: [
      'yelp.com',
      'yelp.fr',
      'yelp.co.uk',
      'yelp.de',
      'yelp.ca',
      'yelp.es',
      'yelp.it',
      'yelp.com.au',
      'yelp.ie',
      'yelp.be',
      'yelp.ch',
      'yelp.at',
      'yelp.nl',
    ],
    profileUrl: 'https://www.yelp.com/{handle}',
    handlePattern: '^biz/[\\p{L}\\p{N}_-]{1,200}$',
    caseSensitive: false,
    alive: true,
    aliases: [],
    category: 'local',
  },
  {
    id: 'website',
    name: 'Website',
    hosts: [],
    profileUrl: '{url}',
    handlePattern: '^$',
    caseSensitive: true,
    alive: true,
    aliases: ['Site web', 'Site internet', 'Web site', 'Site', 'Blog'],
    category: 'other',
  },
  {
    id: 'other',
    name: 'Other',
    hosts: [],
    profileUrl: '{url}',
    handlePattern: '^$',
    caseSensitive: true,
    alive: true,
    aliases: ['Autre', 'Autres', 'Divers', 'Misc', 'N/A'],
    category: 'other',
  },
];

export const PLATFORMS: readonly Platform[] = Object.freeze(CATALOGUE.map((p) => Object.freeze(p)));

const BY_ID = new Map(PLATFORMS.map((p) => [p.id, p]));

export function getPlatform(id: string): Platform | undefined {
  return BY_ID.get(id);
}

export function platformIds(): string[] {
  return PLATFORMS.map((p) => p.id);
}

const REGEXPS = new Map<string, RegExp>();

/** The platform's handle pattern, compiled once (with the `u` flag, for \p{L}). */
export function handleRegExp(p: Platform): RegExp {
  let re = REGEXPS.get(p.id);
  if (!re) {
    re = new RegExp(p.handlePattern, 'u');
    REGEXPS.set(p.id, re);
  }
  return re;
}

// ---------------------------------------------------------------------------------------------------
// Hosts

const HOST_INDEX = new Map<string, Platform>();
for (const p of PLATFORMS) for (const h of p.hosts) HOST_INDEX.set(h, p);

const COUNTRY_TLD = '(?:[a-z]{2}|com?\\.[a-z]{2})';
/** Brands that run one site per country TLD, beyond the hosts listed in the catalogue. */
const COUNTRY_FAMILIES: [RegExp, string][] = [
  [new RegExp(`^pinterest\\.${COUNTRY_TLD}$`), 'pinterest'],
  [new RegExp(`^blogspot\\.${COUNTRY_TLD}$`), 'blogger'],
  [new RegExp(`^yelp\\.${COUNTRY_TLD}$`), 'yelp'],
  [new RegExp(`^maps\\.google\\.(?:com|${COUNTRY_TLD})$`), 'google-business'],
];

export interface HostMatch {
  platform: Platform;
  /** The platform host that matched: `tumblr.com` for `acme.tumblr.com`. */
  base: string;
  /** What stands left of it, `''` when nothing: `www`, `fr`, `acme`, `fr-fr`… */
  sub: string;
}

/** Finds the platform a host belongs to by stripping labels from the left (`fr.m.facebook.com`). */
export function matchHost(host: string): HostMatch | undefined {
  const h = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (!h || h.length > 253) return undefined;
  const labels = h.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const base = labels.slice(i).join('.');
    const sub = labels.slice(0, i).join('.');
    const p = HOST_INDEX.get(base) ?? familyOf(base);
    if (p) return { platform: p, base, sub };
  }
  return undefined;
}

function familyOf(base: string): Platform | undefined {
  for (const [re, id] of COUNTRY_FAMILIES) if (re.test(base)) return BY_ID.get(id);
  return undefined;
}

/** The platform a host belongs to (`www.`, `m.`, country sub-domains and TLDs included). */
export function platformForHost(host: string): Platform | undefined {
  return matchHost(host)?.platform;
}

// ---------------------------------------------------------------------------------------------------
// Names, as people type them in an inventory's "platform" column

/** `+` means "plus" in platform names (Google+, G+), which nameKey would otherwise drop. */
function key(s: string): string {
  return nameKey(s.replace(/\+/g, ' plus '));
}

const compact = (k: string) => k.replace(/ /g, '');

/** Compact name forms (id, name, aliases) → platform. */
const NAME_INDEX = new Map<string, Platform>();
for (const p of PLATFORMS) {
  for (const n of [p.id, p.name, ...p.aliases]) {
    const k = compact(key(n));
    if (k && !NAME_INDEX.has(k)) NAME_INDEX.set(k, p);
  }
}

/** Words around a platform name that say nothing about which platform it is. */
const NOISE = new Set([
  'page',
  'pages',
  'compte',
  'account',
  'profile',
  'profil',
  'chaine',
  'channel',
  'officiel',
  'officielle',
  'official',
  'company',
  'entreprise',
  'de',
  'du',
  'la',
  'le',
  'the',
  'ex',
  'formerly',
  'anciennement',
  'ancien',
]);

/** The names of the catalogue, as exposed to fuzzy matching (≥ 4 characters, so "x" or "fb" never attract typos). */
const FUZZY = [...NAME_INDEX].filter(([k]) => k.length >= 4);

/**
 * Which platform a person meant in a "platform" column: ids, names, aliases and hosts, ignoring case,
 * accents, spaces and filler words ("Page Facebook"); small typos give `exact: false`. Ambiguous,
 * too short or unknown text gives null.
 */
export function findPlatformByName(text: string): { platform: Platform; exact: boolean } | null {
  if (typeof text !== 'string') return null;
  // An inventory repeats the same few spellings thousands of times; fuzzy matching is the costly part.
  let hit = NAME_MEMO.get(text);
  if (hit === undefined) {
    if (NAME_MEMO.size >= 1000) NAME_MEMO.clear();
    hit = lookUpName(text);
    NAME_MEMO.set(text, hit);
  }
  return hit && { ...hit };
}

const NAME_MEMO = new Map<string, { platform: Platform; exact: boolean } | null>();

function lookUpName(text: string): { platform: Platform; exact: boolean } | null {
  const raw = text.trim();
  if (!raw || raw.length > 200) return null;

  const whole = compact(key(raw));
  if (!whole) return null;
  const direct = NAME_INDEX.get(whole);
  if (direct) return { platform: direct, exact: true };

  const host = hostOf(raw);
  const byHost = host ? platformForHost(host) : undefined;
  if (byHost) return { platform: byHost, exact: true };

  const words = key(raw)
    .split(' ')
    .filter((w) => w && !NOISE.has(w));
  if (words.length === 0) return null;
  const meaningful = NAME_INDEX.get(words.join(''));
  if (meaningful) return { platform: meaningful, exact: true };

  const found = platformsInWords(words);
  if (found) return { platform: found, exact: false };

  const fuzzy = fuzzyMatch(words.join('')) ?? fuzzyInWords(words);
  return fuzzy ? { platform: fuzzy, exact: false } : null;
}

/** `twitter.com`, `https://www.facebook.com/acme` → the host; anything with a space → null. */
function hostOf(raw: string): string | null {
  if (/\s/.test(raw) || !raw.includes('.')) return null;
  const m = /^(?:[a-z]+:\/\/)?([^/?#]+)/i.exec(raw);
  return m?.[1] ?? null;
}

/** "Facebook Région Ouest" → facebook: runs of 1–3 words that name a single platform. */
function platformsInWords(words: string[]): Platform | null {
  const hits = new Set<Platform>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n).join('');
      if (run.length < 2) continue;
      const p = NAME_INDEX.get(run);
      // "Site", "Blog" or "Autre" next to a real platform name do not make it ambiguous.
      if (p && p.id !== 'website' && p.id !== 'other') hits.add(p);
    }
  }
  return hits.size === 1 ? ([...hits][0] ?? null) : null;
}

/** The one platform within 1 edit (2 from 7 characters) of the word, or null when none or a tie. */
function fuzzyMatch(word: string): Platform | null {
  if (word.length < 5) return null;
  const limit = word.length >= 7 ? 2 : 1;
  const best = new Map<Platform, number>();
  for (const [k, p] of FUZZY) {
    const d = editDistance(word, k);
    if (d <= limit && d < (best.get(p) ?? Number.POSITIVE_INFINITY)) best.set(p, d);
  }
  const ranked = [...best].sort((a, b) => a[1] - b[1]);
  const [first, second] = ranked;
  if (!first) return null;
  if (second && second[1] === first[1]) return null;
  return first[0];
}

function fuzzyInWords(words: string[]): Platform | null {
  if (words.length < 2) return null;
  const hits = new Set<Platform>();
  for (const w of words) {
    const p = fuzzyMatch(w);
    if (p) hits.add(p);
  }
  return hits.size === 1 ? ([...hits][0] ?? null) : null;
}
