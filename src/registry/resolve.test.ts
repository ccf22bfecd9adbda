import { describe, expect, it } from 'vitest';
import type { ResolvedProfile } from './model';
import { canonicalUrl, profileKey, resolveProfile } from './resolve';

type Input = string | [string, string];

/**
 * Every input of a group is the same presence written another way: all must resolve to exactly
 * this platform, key and URL.
 */
interface Group {
  platform: string;
  key: string;
  url: string;
  inputs: Input[];
}

const cid = (hex: string) => BigInt(`0x${hex}`).toString();

const GROUPS: Group[] = [
  {
    platform: 'x',
    key: 'acmefr',
    url: 'https://x.com/acmefr',
    inputs: [
      'https://twitter.com/AcmeFR',
      'http://www.twitter.com/acmefr/',
      'https://mobile.twitter.com/AcmeFR/status/1234567890123456789',
      'x.com/acmefr?ref_src=twsrc%5Etfw',
      'https://x.com/AcmeFR/with_replies',
      'https://x.com/@AcmeFR',
      'https://twitter.com/#!/AcmeFR',
      'https://twitter.com/intent/follow?screen_name=AcmeFR',
      ['@AcmeFR', 'x'],
      ['AcmeFR', 'Twitter'],
      'https://www.google.com/url?q=https://twitter.com/acmefr&sa=D&source=editors',
    ],
  },
  {
    platform: 'facebook',
    key: 'acmefrance',
    url: 'https://www.facebook.com/acmefrance',
    inputs: [
      'https://www.facebook.com/AcmeFrance',
      'https://fr-fr.facebook.com/AcmeFrance/about/',
      'https://m.facebook.com/AcmeFrance/posts/1234567890?fbclid=IwAR0abc',
      'fb.com/acmefrance',
      'https://business.facebook.com/AcmeFrance/',
      'https://www.facebook.com/#!/AcmeFrance',
      'https://www.facebook.com/pg/AcmeFrance/reviews/',
      'https://web.facebook.com/AcmeFrance/photos/a.123/456/?type=3',
      ['@AcmeFrance', 'facebook'],
    ],
  },
  {
    platform: 'facebook',
    key: '100064012345678',
    url: 'https://www.facebook.com/profile.php?id=100064012345678',
    inputs: [
      'https://www.facebook.com/profile.php?id=100064012345678',
      'https://www.facebook.com/profile.php?id=100064012345678&sk=about&ref=page_internal',
      'https://www.facebook.com/pages/Acme-France/100064012345678',
      'https://www.facebook.com/pages/category/Product-Service/Acme-France-100064012345678/',
      'https://www.facebook.com/Acme-France-100064012345678/',
      'https://www.facebook.com/people/Acme-France/100064012345678/',
      'https://www.facebook.com/p/Acme-France-100064012345678/',
      'https://www.facebook.com/100064012345678',
      ['100064012345678', 'facebook'],
    ],
  },
  {
    platform: 'facebook',
    key: 'groups/acmeclub',
    url: 'https://www.facebook.com/groups/acmeclub',
    inputs: [
      'https://www.facebook.com/groups/acmeclub/',
      'https://m.facebook.com/groups/AcmeClub/permalink/123/',
    ],
  },
  {
    platform: 'instagram',
    key: 'acme.paris',
    url: 'https://www.instagram.com/acme.paris',
    inputs: [
      'https://www.instagram.com/acme.paris/',
      'https://instagram.com/acme.paris?igshid=MzRlODBiNWFlZA==',
      'https://www.instagram.com/acme.paris/?hl=fr',
      'instagr.am/Acme.Paris',
      'https://www.instagram.com/stories/acme.paris/3123456789/',
      'https://www.instagram.com/acme.paris/reels/',
      ['@acme.paris', 'instagram'],
      ['acme.paris', 'Insta'],
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.instagram.com%2Facme.paris%2F&h=AT0abc',
    ],
  },
  {
    platform: 'linkedin',
    key: 'company/acme-france',
    url: 'https://www.linkedin.com/company/acme-france',
    inputs: [
      'https://www.linkedin.com/company/acme-france/',
      'https://fr.linkedin.com/company/acme-france/about/?originalSubdomain=fr',
      'linkedin.com/company/Acme-France/posts/?feedView=all',
      'https://www.linkedin.com/company-beta/acme-france/',
      ['acme-france', 'linkedin'],
      ['company/acme-france', 'LinkedIn page'],
    ],
  },
  {
    platform: 'linkedin',
    key: 'in/jérôme-dupont',
    url: 'https://www.linkedin.com/in/j%C3%A9r%C3%B4me-dupont',
    inputs: [
      'https://www.linkedin.com/in/j%C3%A9r%C3%B4me-dupont/',
      'https://uk.linkedin.com/in/Jérôme-Dupont',
      // The same name with decomposed accents (as macOS pastes it).
      'https://www.linkedin.com/in/je\u0301ro\u0302me-dupont',
    ],
  },
  {
    platform: 'linkedin',
    key: 'showcase/acme-labs',
    url: 'https://www.linkedin.com/showcase/acme-labs',
    inputs: ['https://www.linkedin.com/showcase/acme-labs/', ['showcase/acme-labs', 'linkedin']],
  },
  {
    platform: 'linkedin',
    key: 'school/universite-de-lyon',
    url: 'https://www.linkedin.com/school/universite-de-lyon',
    inputs: ['https://www.linkedin.com/school/universite-de-lyon/people/'],
  },
  {
    platform: 'linkedin',
    key: 'groups/1234567',
    url: 'https://www.linkedin.com/groups/1234567',
    inputs: [
      'https://www.linkedin.com/groups/1234567/',
      'http://www.linkedin.com/groups?gid=1234567&trk=hb_side_g',
    ],
  },
  {
    platform: 'youtube',
    key: '@acmefr',
    url: 'https://www.youtube.com/@acmefr',
    inputs: [
      'https://www.youtube.com/@AcmeFR',
      'https://m.youtube.com/@acmefr/videos',
      'youtube.com/@AcmeFR/featured?si=abc',
      ['@AcmeFR', 'youtube'],
      ['AcmeFR', 'Youtube'],
    ],
  },
  {
    platform: 'youtube',
    key: 'channel/UCaBcDeFgHiJkLmNoPqRsTuV',
    url: 'https://www.youtube.com/channel/UCaBcDeFgHiJkLmNoPqRsTuV',
    inputs: [
      'https://www.youtube.com/channel/UCaBcDeFgHiJkLmNoPqRsTuV',
      'https://www.youtube.com/channel/UCaBcDeFgHiJkLmNoPqRsTuV/videos?view=0',
      'https://music.youtube.com/channel/UCaBcDeFgHiJkLmNoPqRsTuV',
      ['UCaBcDeFgHiJkLmNoPqRsTuV', 'youtube'],
    ],
  },
  {
    platform: 'youtube',
    key: 'c/acmefrance',
    url: 'https://www.youtube.com/c/acmefrance',
    inputs: ['https://www.youtube.com/c/AcmeFrance/about', 'https://www.youtube.com/AcmeFrance'],
  },
  {
    platform: 'youtube',
    key: 'user/acmetv',
    url: 'https://www.youtube.com/user/acmetv',
    inputs: ['http://www.youtube.com/user/AcmeTV?feature=watch'],
  },
  {
    platform: 'tiktok',
    key: 'acme_fr',
    url: 'https://www.tiktok.com/@acme_fr',
    inputs: [
      'https://www.tiktok.com/@acme_fr',
      'https://www.tiktok.com/@Acme_FR/video/7234567890123456789?lang=fr&is_from_webapp=1',
      ['@acme_fr', 'tiktok'],
    ],
  },
  {
    platform: 'pinterest',
    key: 'acmefrance',
    url: 'https://www.pinterest.com/acmefrance',
    inputs: [
      'https://www.pinterest.com/acmefrance/',
      'https://fr.pinterest.com/acmefrance/boards/',
      'https://www.pinterest.fr/acmefrance/recettes/',
      'pinterest.co.uk/AcmeFrance',
    ],
  },
  {
    platform: 'snapchat',
    key: 'acme.fr',
    url: 'https://www.snapchat.com/add/acme.fr',
    inputs: [
      'https://www.snapchat.com/add/acme.fr',
      'https://snapchat.com/add/Acme.fr?share_id=abc&locale=fr_FR',
      'https://www.snapchat.com/@acme.fr',
    ],
  },
  {
    platform: 'threads',
    key: 'acme.paris',
    url: 'https://www.threads.com/@acme.paris',
    inputs: ['https://www.threads.net/@acme.paris', 'https://www.threads.com/@Acme.Paris/post/C1a2b3'],
  },
  {
    platform: 'mastodon',
    key: 'acme@mastodon.social',
    url: 'https://mastodon.social/@acme',
    inputs: [
      'https://mastodon.social/@Acme',
      'https://mastodon.social/users/acme',
      'https://mastodon.social/@acme/111234567890123456',
      '@acme@mastodon.social',
      ['acme@mastodon.social', 'mastodon'],
      'acme@mastodon.social',
    ],
  },
  {
    platform: 'mastodon',
    key: 'news@social.acme.fr',
    url: 'https://social.acme.fr/@news',
    inputs: [
      'https://social.acme.fr/@news',
      'https://social.acme.fr/@news/111234567890',
      'https://social.acme.fr/users/news',
      '@news@social.acme.fr',
    ],
  },
  {
    platform: 'mastodon',
    key: 'acme@piaille.fr',
    url: 'https://piaille.fr/@acme',
    inputs: ['https://mastodon.social/@acme@piaille.fr', 'https://piaille.fr/@acme'],
  },
  {
    platform: 'bluesky',
    key: 'acme.bsky.social',
    url: 'https://bsky.app/profile/acme.bsky.social',
    inputs: [
      'https://bsky.app/profile/acme.bsky.social',
      'https://bsky.app/profile/Acme.BSKY.social/post/3kabcdefg',
      '@acme.bsky.social',
      'acme.bsky.social',
      ['acme', 'bluesky'],
    ],
  },
  {
    platform: 'bluesky',
    key: 'acme.fr',
    url: 'https://bsky.app/profile/acme.fr',
    inputs: ['https://bsky.app/profile/acme.fr', ['acme.fr', 'bluesky'], ['@acme.fr', 'bluesky']],
  },
  {
    platform: 'bluesky',
    key: 'did:plc:abcdefghijklmnopqrstuvwx',
    url: 'https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx',
    inputs: ['did:plc:abcdefghijklmnopqrstuvwx', 'https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx'],
  },
  {
    platform: 'reddit',
    key: 'r/acmefans',
    url: 'https://www.reddit.com/r/acmefans',
    inputs: [
      'https://www.reddit.com/r/AcmeFans/',
      'https://old.reddit.com/r/acmefans/comments/abc123/some_title/',
      ['r/AcmeFans', 'reddit'],
    ],
  },
  {
    platform: 'reddit',
    key: 'u/acme_official',
    url: 'https://www.reddit.com/user/acme_official',
    inputs: [
      'https://www.reddit.com/user/Acme_Official/',
      'reddit.com/u/acme_official',
      ['u/acme_official', 'reddit'],
      ['/u/acme_official', 'reddit'],
      ['acme_official', 'reddit'],
    ],
  },
  {
    platform: 'tumblr',
    key: 'acmefrance',
    url: 'https://acmefrance.tumblr.com',
    inputs: [
      'https://acmefrance.tumblr.com/',
      'http://acmefrance.tumblr.com/post/123456789/un-titre',
      'https://www.tumblr.com/acmefrance',
      'https://www.tumblr.com/blog/view/acmefrance',
    ],
  },
  {
    platform: 'wordpress',
    key: 'acmeblog',
    url: 'https://acmeblog.wordpress.com',
    inputs: ['https://acmeblog.wordpress.com/2013/02/14/bonjour/', ['acmeblog', 'WordPress']],
  },
  {
    platform: 'blogger',
    key: 'acmeblog',
    url: 'https://acmeblog.blogspot.com',
    inputs: [
      'http://acmeblog.blogspot.com/',
      'http://acmeblog.blogspot.fr/2012/11/post.html?m=1',
      'https://acmeblog.blogspot.co.uk/',
    ],
  },
  {
    platform: 'medium',
    key: '@acme',
    url: 'https://medium.com/@acme',
    inputs: ['https://medium.com/@acme', 'https://acme.medium.com/a-title-1a2b3c4d5e6f', ['@Acme', 'medium']],
  },
  {
    platform: 'medium',
    key: 'acme-engineering',
    url: 'https://medium.com/acme-engineering',
    inputs: ['https://medium.com/acme-engineering/some-post-123abc'],
  },
  {
    platform: 'telegram',
    key: 'acmenews',
    url: 'https://t.me/acmenews',
    inputs: [
      'https://t.me/AcmeNews',
      'https://telegram.me/s/acmenews',
      'https://t.me/acmenews/1234',
      ['@AcmeNews', 'telegram'],
    ],
  },
  {
    platform: 'telegram',
    key: '+AbCdEfGhIjKlMnOp',
    url: 'https://t.me/+AbCdEfGhIjKlMnOp',
    inputs: ['https://t.me/+AbCdEfGhIjKlMnOp', 'https://t.me/joinchat/AbCdEfGhIjKlMnOp'],
  },
  {
    platform: 'whatsapp',
    key: '33612345678',
    url: 'https://wa.me/33612345678',
    inputs: [
      'https://wa.me/33612345678',
      'https://api.whatsapp.com/send?phone=33612345678&text=Bonjour',
      ['+33 6 12 34 56 78', 'whatsapp'],
      ['0033 6 12 34 56 78', 'WhatsApp Business'],
    ],
  },
  {
    platform: 'whatsapp',
    key: 'channel/0029VaAbCdEfGhIjKlMnOp12',
    url: 'https://www.whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12',
    inputs: ['https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12'],
  },
  {
    platform: 'discord',
    key: 'AbCd123',
    url: 'https://discord.gg/AbCd123',
    inputs: [
      'https://discord.gg/AbCd123',
      'https://discord.com/invite/AbCd123',
      'discordapp.com/invite/AbCd123',
    ],
  },
  {
    platform: 'github',
    key: 'acme-corp',
    url: 'https://github.com/acme-corp',
    inputs: [
      'https://github.com/acme-corp',
      'https://github.com/Acme-Corp/website/issues/12',
      'https://github.com/orgs/acme-corp/people',
    ],
  },
  {
    platform: 'twitch',
    key: 'acmegaming',
    url: 'https://www.twitch.tv/acmegaming',
    inputs: ['https://www.twitch.tv/acmegaming/videos', 'https://m.twitch.tv/AcmeGaming'],
  },
  {
    platform: 'vimeo',
    key: 'acmefilms',
    url: 'https://vimeo.com/acmefilms',
    inputs: ['https://vimeo.com/acmefilms', 'https://vimeo.com/AcmeFilms/videos'],
  },
  {
    platform: 'vimeo',
    key: 'channels/acmefilms',
    url: 'https://vimeo.com/channels/acmefilms',
    inputs: ['https://vimeo.com/channels/acmefilms/123456789'],
  },
  {
    platform: 'dailymotion',
    key: 'acmetv',
    url: 'https://www.dailymotion.com/acmetv',
    inputs: ['https://www.dailymotion.com/AcmeTV', 'http://www.dailymotion.com/acmetv/videos'],
  },
  {
    platform: 'slideshare',
    key: 'acmefrance',
    url: 'https://www.slideshare.net/acmefrance',
    inputs: [
      'https://fr.slideshare.net/acmefrance/strategie-social-media-2012',
      'http://www.slideshare.net/AcmeFrance',
    ],
  },
  {
    platform: 'flickr',
    key: 'acmefrance',
    url: 'https://www.flickr.com/photos/acmefrance',
    inputs: ['https://www.flickr.com/photos/acmefrance/albums', 'https://www.flickr.com/people/AcmeFrance/'],
  },
  {
    platform: 'flickr',
    key: '12345678@N02',
    url: 'https://www.flickr.com/photos/12345678@N02',
    inputs: [
      'https://www.flickr.com/people/12345678@N02/',
      'https://www.flickr.com/photos/12345678@N02/5432109876/',
    ],
  },
  {
    platform: 'soundcloud',
    key: 'acme-music',
    url: 'https://soundcloud.com/acme-music',
    inputs: ['https://soundcloud.com/acme-music/sets/summer', 'https://m.soundcloud.com/Acme-Music'],
  },
  {
    platform: 'viadeo',
    key: 'company/acme-france',
    url: 'https://www.viadeo.com/fr/company/acme-france',
    inputs: [
      'http://www.viadeo.com/fr/company/acme-france',
      'http://fr.viadeo.com/en/company/Acme-France',
      ['acme-france', 'viadeo'],
    ],
  },
  {
    platform: 'viadeo',
    key: 'profile/jean.dupont',
    url: 'https://www.viadeo.com/fr/profile/jean.dupont',
    inputs: ['http://fr.viadeo.com/fr/profile/jean.dupont'],
  },
  {
    platform: 'google-business',
    key: `cid/${cid('112210ab6acf2515')}`,
    url: `https://maps.google.com/?cid=${cid('112210ab6acf2515')}`,
    inputs: [
      `https://maps.google.com/?cid=${cid('112210ab6acf2515')}`,
      `https://www.google.fr/maps?cid=${cid('112210ab6acf2515')}&hl=fr`,
      'https://www.google.com/maps/place/Acme+Paris/@48.85,2.35,17z/data=!3m1!4b1!4m5!3m4!1s0x47e66e2964e34e2d:0x112210ab6acf2515!8m2!3d48.85!4d2.35',
      'https://maps.google.fr/maps/place/Acme/data=!4m2!3m1!1s0x47e66e2964e34e2d:0x112210ab6acf2515',
      [cid('112210ab6acf2515'), 'Google My Business'],
    ],
  },
  {
    platform: 'google-business',
    key: 'acme-paris',
    url: 'https://g.page/acme-paris',
    inputs: ['https://g.page/acme-paris/review', 'https://g.page/Acme-Paris?share'],
  },
  {
    platform: 'google-business',
    key: 'r/CAbCdEfGhIjK',
    url: 'https://g.page/r/CAbCdEfGhIjK',
    inputs: ['https://g.page/r/CAbCdEfGhIjK/review'],
  },
  {
    platform: 'google-business',
    key: 'maps.app.goo.gl/AbCdEfGh12345',
    url: 'https://maps.app.goo.gl/AbCdEfGh12345',
    inputs: ['https://maps.app.goo.gl/AbCdEfGh12345', 'maps.app.goo.gl/AbCdEfGh12345?g_st=iw'],
  },
  {
    platform: 'google-business',
    key: 'place/acme paris',
    url: 'https://www.google.com/maps/place/acme+paris',
    inputs: ['https://www.google.com/maps/place/Acme+Paris/', ['place/Acme Paris', 'google-business']],
  },
  {
    platform: 'googleplus',
    key: '+acmefrance',
    url: 'https://plus.google.com/+acmefrance',
    inputs: [
      'https://plus.google.com/+AcmeFrance/posts',
      'https://plus.google.com/u/0/+acmefrance/about',
      'https://plus.google.com/b/112233445566778899001/+AcmeFrance',
      'https://google.com/+AcmeFrance',
      ['+AcmeFrance', 'Google+'],
      ['AcmeFrance', 'googleplus'],
    ],
  },
  {
    platform: 'googleplus',
    key: '112233445566778899001',
    url: 'https://plus.google.com/112233445566778899001',
    inputs: ['https://plus.google.com/112233445566778899001/posts', ['112233445566778899001', 'googleplus']],
  },
  {
    platform: 'foursquare',
    key: 'v/4b0c8f6af964a520ed3a23e3',
    url: 'https://foursquare.com/v/4b0c8f6af964a520ed3a23e3',
    inputs: [
      'https://foursquare.com/v/acme-paris/4b0c8f6af964a520ed3a23e3',
      'https://fr.foursquare.com/v/4b0c8f6af964a520ed3a23e3',
    ],
  },
  {
    platform: 'scoopit',
    key: 't/acme-veille',
    url: 'https://www.scoop.it/t/acme-veille',
    inputs: [
      'https://www.scoop.it/t/acme-veille',
      'http://www.scoop.it/topic/acme-veille/p/4001234567/2013/01/10/un-titre',
      ['acme-veille', 'Scoop.it'],
    ],
  },
  {
    platform: 'myspace',
    key: 'acmeband',
    url: 'https://myspace.com/acmeband',
    inputs: ['https://myspace.com/AcmeBand/music/songs'],
  },
  {
    platform: 'storify',
    key: 'acmefr',
    url: 'https://storify.com/acmefr',
    inputs: ['http://storify.com/AcmeFR/live-salon-2013'],
  },
  {
    platform: 'periscope',
    key: 'acmefr',
    url: 'https://www.pscp.tv/acmefr',
    inputs: ['https://www.periscope.tv/AcmeFR/1abcdefghijkl', 'https://www.pscp.tv/acmefr'],
  },
  {
    platform: 'vine',
    key: 'u/912345678901234567',
    url: 'https://vine.co/u/912345678901234567',
    inputs: ['https://vine.co/u/912345678901234567'],
  },
  { platform: 'vine', key: 'acmefr', url: 'https://vine.co/acmefr', inputs: ['https://vine.co/AcmeFR'] },
  {
    platform: 'spotify',
    key: 'artist/0OdUWJ0sBjDrqHygGUXeCF',
    url: 'https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF',
    inputs: [
      'https://open.spotify.com/intl-fr/artist/0OdUWJ0sBjDrqHygGUXeCF?si=abc123',
      'https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF',
    ],
  },
  {
    platform: 'weibo',
    key: 'u/1234567890',
    url: 'https://weibo.com/u/1234567890',
    inputs: [
      'https://weibo.com/u/1234567890',
      'https://m.weibo.cn/profile/1234567890',
      'https://weibo.com/1234567890',
    ],
  },
  {
    platform: 'vk',
    key: 'club123456',
    url: 'https://vk.com/club123456',
    inputs: ['https://vk.com/public123456', 'https://vk.com/club123456', 'https://vk.com/wall-123456_789'],
  },
  {
    platform: 'xing',
    key: 'pages/acme-gmbh',
    url: 'https://www.xing.com/pages/acme-gmbh',
    inputs: ['https://www.xing.com/pages/acme-gmbh'],
  },
  {
    platform: 'behance',
    key: 'acmestudio',
    url: 'https://www.behance.net/acmestudio',
    inputs: ['https://www.behance.net/AcmeStudio/projects'],
  },
  {
    platform: 'dribbble',
    key: 'acmestudio',
    url: 'https://dribbble.com/acmestudio',
    inputs: ['https://dribbble.com/acmestudio/shots'],
  },
  {
    platform: 'quora',
    key: 'profile/jean-dupont-12',
    url: 'https://www.quora.com/profile/jean-dupont-12',
    inputs: [
      'https://www.quora.com/profile/Jean-Dupont-12',
      'https://fr.quora.com/profile/Jean-Dupont-12/answers',
    ],
  },
  {
    platform: 'substack',
    key: 'acmeletter',
    url: 'https://acmeletter.substack.com',
    inputs: ['https://acmeletter.substack.com/p/first-issue', 'acmeletter.substack.com'],
  },
  {
    platform: 'yelp',
    key: 'biz/acme-paris-2',
    url: 'https://www.yelp.com/biz/acme-paris-2',
    inputs: ['https://www.yelp.fr/biz/acme-paris-2', 'https://www.yelp.com/biz/acme-paris-2?osq=Restaurants'],
  },
  {
    platform: 'delicious',
    key: 'acme',
    url: 'https://del.icio.us/acme',
    inputs: ['http://del.icio.us/acme', 'https://delicious.com/Acme'],
  },
  {
    platform: 'posterous',
    key: 'acme',
    url: 'https://acme.posterous.com',
    inputs: ['http://acme.posterous.com/'],
  },
  {
    platform: 'friendfeed',
    key: 'acme',
    url: 'https://friendfeed.com/acme',
    inputs: ['http://friendfeed.com/acme'],
  },
];

const resolveInput = (input: Input) =>
  typeof input === 'string' ? resolveProfile(input) : resolveProfile(...input);
const label = (input: Input) => (typeof input === 'string' ? input : `${input[0]} [${input[1]}]`);

describe('resolveProfile: one presence, whatever way it is written', () => {
  const cases = GROUPS.flatMap((g) => g.inputs.map((input) => [label(input), input, g] as const));

  it('covers many real-looking inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(180);
  });

  it.each(cases)('%s', (_, input, g) => {
    expect(resolveInput(input)).toMatchObject({
      platform: g.platform,
      key: g.key,
      url: g.url,
      kind: 'profile',
    });
  });

  it.each(GROUPS.map((g) => [g.url, g] as const))(
    'every way of writing %s gives one identical result',
    (_, g) => {
      const results = g.inputs
        .map(resolveInput)
        .map((r) => r && { platform: r.platform, key: r.key, url: r.url });
      for (const r of results) expect(r).toEqual(results[0]);
    },
  );

  it('keeps the handle as typed while the URL and the key are normalised', () => {
    expect(resolveProfile('https://twitter.com/AcmeFR')).toEqual({
      platform: 'x',
      handle: 'AcmeFR',
      url: 'https://x.com/acmefr',
      key: 'acmefr',
      kind: 'profile',
    });
    expect(resolveProfile('https://www.linkedin.com/company/acme-france/about/')?.handle).toBe(
      'company/acme-france',
    );
    expect(resolveProfile('https://mastodon.social/@acme')?.handle).toBe('acme@mastodon.social');
    expect(resolveProfile('https://www.youtube.com/@AcmeFR')?.handle).toBe('@AcmeFR');
  });

  it('keeps case where the platform is case-sensitive', () => {
    expect(resolveProfile('https://discord.gg/abcd123')?.key).not.toBe(
      resolveProfile('https://discord.gg/AbCd123')?.key,
    );
    expect(resolveProfile('https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv')?.key).not.toBe(
      resolveProfile('https://www.youtube.com/channel/UCABCDEFGHIJKLMNOPQRSTUV')?.key,
    );
  });
});

describe('resolveProfile: URLs on a platform that name no profile', () => {
  // Kept as `other` with the cleaned URL: never dropped, never mistaken for an account.
  const cases: [string, string][] = [
    ['https://x.com/home', 'https://x.com/home'],
    ['https://twitter.com/explore?lang=fr', 'https://twitter.com/explore'],
    ['https://x.com/search?q=acme&src=typed_query', 'https://x.com/search?q=acme&src=typed_query'],
    ['https://x.com/i/lists/123456', 'https://x.com/i/lists/123456'],
    ['https://twitter.com/intent/tweet?text=Bonjour', 'https://twitter.com/intent/tweet?text=Bonjour'],
    ['https://twitter.com/hashtag/acme', 'https://twitter.com/hashtag/acme'],
    ['https://twitter.com/login', 'https://twitter.com/login'],
    ['https://twitter.com/this_handle_is_far_too_long', 'https://twitter.com/this_handle_is_far_too_long'],
    ['https://www.facebook.com/', 'https://www.facebook.com'],
    [
      'https://www.facebook.com/sharer/sharer.php?u=https://acme.fr',
      'https://www.facebook.com/sharer/sharer.php?u=https://acme.fr',
    ],
    ['https://www.facebook.com/watch/?v=123456', 'https://www.facebook.com/watch?v=123456'],
    ['https://www.facebook.com/events/123456789/', 'https://www.facebook.com/events/123456789'],
    ['https://www.facebook.com/pages/Acme', 'https://www.facebook.com/pages/Acme'],
    ['https://developers.facebook.com/docs/', 'https://developers.facebook.com/docs'],
    ['https://www.instagram.com/p/CxYz123AbC/?igsh=abc', 'https://www.instagram.com/p/CxYz123AbC'],
    ['https://www.instagram.com/explore/tags/acme/', 'https://www.instagram.com/explore/tags/acme'],
    ['https://help.instagram.com/1234', 'https://help.instagram.com/1234'],
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'https://youtu.be/dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/abc123', 'https://www.youtube.com/shorts/abc123'],
    ['https://www.youtube.com/playlist?list=PL123', 'https://www.youtube.com/playlist?list=PL123'],
    ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/feed'],
    [
      'https://www.linkedin.com/posts/acme_activity-7012345678901234567-AbCd',
      'https://www.linkedin.com/posts/acme_activity-7012345678901234567-AbCd',
    ],
    ['https://lnkd.in/eAbC123', 'https://lnkd.in/eAbC123'],
    ['https://www.tiktok.com/explore', 'https://www.tiktok.com/explore'],
    ['https://vm.tiktok.com/ZMabc123/', 'https://vm.tiktok.com/ZMabc123'],
    ['https://www.reddit.com/', 'https://www.reddit.com'],
    ['https://wordpress.com/', 'https://wordpress.com'],
    ['https://fr.wordpress.com/', 'https://fr.wordpress.com'],
    ['https://vimeo.com/123456789', 'https://vimeo.com/123456789'],
    ['https://www.dailymotion.com/video/x7abcde', 'https://www.dailymotion.com/video/x7abcde'],
    ['https://t.co/AbCdEf123', 'https://t.co/AbCdEf123'],
    ['https://t.me/+33612345678', 'https://t.me/+33612345678'],
    ['https://www.pinterest.fr/pin/123456789/', 'https://www.pinterest.fr/pin/123456789'],
    ['https://chat.whatsapp.com/AbCdEf123', 'https://chat.whatsapp.com/AbCdEf123'],
    ['https://www.linkedin.com/constructor/acme', 'https://www.linkedin.com/constructor/acme'],
  ];
  it.each(cases)('%s → other', (input, url) => {
    expect(resolveProfile(input)).toEqual({
      platform: 'other',
      handle: null,
      url,
      key: url.replace(/^https?:\/\//, '').replace(/^www\./, ''),
      kind: 'other',
    });
  });
});

describe('resolveProfile: websites', () => {
  const cases: [string, string, string][] = [
    ['https://www.acme.fr/', 'https://www.acme.fr', 'acme.fr'],
    ['acme.fr', 'https://acme.fr', 'acme.fr'],
    ['www.acme.fr/fr/', 'https://www.acme.fr/fr', 'acme.fr/fr'],
    [
      'http://acme.fr/fr/contact?utm_source=newsletter&utm_medium=email#form',
      'http://acme.fr/fr/contact',
      'acme.fr/fr/contact',
    ],
    ['https://Blog.ACME.fr/Articles/', 'https://blog.acme.fr/Articles', 'blog.acme.fr/Articles'],
    ['https://acme.fr/produits?id=12&fbclid=abc', 'https://acme.fr/produits?id=12', 'acme.fr/produits?id=12'],
    ['https://acme.fr/?lang=fr', 'https://acme.fr?lang=fr', 'acme.fr?lang=fr'],
    ['https://user:secret@acme.fr/x', 'https://acme.fr/x', 'acme.fr/x'],
    ['https://acme.fr:8443/x/', 'https://acme.fr:8443/x', 'acme.fr:8443/x'],
    ['HTTPS://ACME.FR', 'https://acme.fr', 'acme.fr'],
    ['//acme.fr/blog', 'https://acme.fr/blog', 'acme.fr/blog'],
    ['https://acme.github.io/', 'https://acme.github.io', 'acme.github.io'],
    [
      'https://www.google.com/search?q=acme',
      'https://www.google.com/search?q=acme',
      'google.com/search?q=acme',
    ],
    ['https://wordpress.org/plugins/', 'https://wordpress.org/plugins', 'wordpress.org/plugins'],
    [
      'https://social.acme.fr/@news/111/edit',
      'https://social.acme.fr/@news/111/edit',
      'social.acme.fr/@news/111/edit',
    ],
    ['https://acme.fr/users/42/orders', 'https://acme.fr/users/42/orders', 'acme.fr/users/42/orders'],
  ];
  it.each(cases)('%s → %s', (input, url, key) => {
    expect(resolveProfile(input)).toEqual({ platform: 'website', handle: null, url, key, kind: 'website' });
  });

  it('gives http and https, www and bare, one key', () => {
    expect(resolveProfile('http://www.acme.fr/')?.key).toBe(resolveProfile('https://acme.fr')?.key);
  });

  it('turns IDN hosts to their ASCII form', () => {
    expect(resolveProfile('https://café-acme.fr/menu')).toMatchObject({
      platform: 'website',
      url: 'https://xn--caf-acme-d1a.fr/menu',
    });
  });

  it('keeps unknown URLs as other when told so', () => {
    expect(resolveProfile('https://acme.fr/', 'other')).toMatchObject({
      platform: 'other',
      kind: 'other',
      key: 'acme.fr',
    });
    expect(resolveProfile('https://acme.fr/', 'website')).toMatchObject({ platform: 'website' });
  });

  it('lets the URL win over a wrong hint', () => {
    expect(resolveProfile('https://twitter.com/acmefr', 'facebook')).toMatchObject({
      platform: 'x',
      key: 'acmefr',
    });
    expect(resolveProfile('acme.fr', 'x')).toMatchObject({ platform: 'website', key: 'acme.fr' });
  });
});

describe('resolveProfile: copy-paste debris', () => {
  const target = { platform: 'x', key: 'acmefr', url: 'https://x.com/acmefr' };
  const cases = [
    '  https://x.com/acmefr  ',
    '\u00a0https://x.com/acmefr\u00a0',
    '\u200bhttps://x.com/acmefr\u200e',
    '\ufeffhttps://x.com/acmefr',
    'https://x.com/acme\u00adfr',
    'https://x.com/ac\u0000mefr',
    'https://x.com/\tacmefr\n',
    'https:// x.com/ acmefr',
    '<https://x.com/acmefr>',
    '"https://x.com/acmefr"',
    '«https://x.com/acmefr»',
    "'https://x.com/acmefr",
    'https://x.com/acmefr.',
    'https://x.com/acmefr,',
    'https:/x.com/acmefr',
    'https:\\\\x.com\\acmefr',
    'https://x.com./acmefr',
  ];
  it.each(cases)('%j', (input) => {
    expect(resolveProfile(input)).toMatchObject(target);
  });
});

describe('resolveProfile: nothing to resolve', () => {
  const cases: [string, string?][] = [
    [''],
    ['   '],
    ['\u200b\u200e'],
    ['Acme'],
    ['Acme France'],
    ['@acme'],
    ['@'],
    ['acme', 'website'],
    ['acme', 'other'],
    ['@acme france', 'x'],
    ['ac me', 'instagram'],
    ['acme', 'mastodon'],
    ['contact@acme.fr'],
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(document.cookie)'],
    [' java\tscript:alert(1)'],
    ['javascript://x.com/%0aalert(1)'],
    ['data:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:msgbox(1)'],
    ['mailto:contact@acme.fr'],
    ['file:///etc/passwd'],
    ['ftp://acme.fr/file.txt'],
    ['https://'],
    ['http://acme'],
    ['http://localhost:3000/'],
    ['https://[not a host]/'],
    [`https://${'a'.repeat(5000)}.com`],
    ['x'.repeat(20_000)],
    ['acme', '__proto__'],
    ['acme', 'constructor'],
  ];
  it.each(cases)('%j [%s] → null', (input, hint) => {
    expect(resolveProfile(input, hint)).toBeNull();
  });

  it('survives malformed percent-encoding', () => {
    expect(resolveProfile('https://www.linkedin.com/in/bad%E0%A4%A')).toMatchObject({ platform: 'other' });
    expect(resolveProfile('https://acme.fr/%ZZ')).toMatchObject({ platform: 'website' });
  });

  it('never throws, whatever it is given', () => {
    const alphabet = [
      'h',
      't',
      'p',
      's',
      ':',
      '/',
      '.',
      '@',
      '?',
      '#',
      '%',
      '+',
      '&',
      '=',
      'x',
      'é',
      '\u0000',
      ' ',
      '!',
      'c',
      'o',
      'm',
      '[',
      ']',
      '\\',
    ];
    let seed = 42;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    const prefixes = [
      '',
      'https://',
      'https://x.com/',
      'https://www.facebook.com/',
      'https://maps.google.com/',
      '@',
      'did:',
    ];
    for (let i = 0; i < 3000; i++) {
      let s = prefixes[next() % prefixes.length] ?? '';
      const n = next() % 40;
      for (let j = 0; j < n; j++) s += alphabet[next() % alphabet.length];
      const hint =
        i % 3 === 0 ? undefined : ['x', 'youtube', 'mastodon', 'google-business', 'whatsapp'][next() % 5];
      let r: ResolvedProfile | null = null;
      expect(() => {
        r = resolveProfile(s, hint);
      }, JSON.stringify(s)).not.toThrow();
      if (r) expect((r as ResolvedProfile).url, JSON.stringify(s)).toMatch(/^https?:\/\//);
    }
    expect(resolveProfile(undefined as unknown as string)).toBeNull();
    expect(resolveProfile(42 as unknown as string)).toBeNull();
  });
});

describe('round trips', () => {
  const results = GROUPS.flatMap((g) => g.inputs.map(resolveInput)).filter(
    (r): r is ResolvedProfile => r !== null,
  );
  const others = ['https://x.com/home', 'https://www.acme.fr/?utm_source=x', 'http://acme.fr/a/b?c=d']
    .map((s) => resolveProfile(s))
    .filter((r): r is ResolvedProfile => r !== null);

  it('resolving a canonical URL again changes nothing', () => {
    for (const r of [...results, ...others]) {
      expect(resolveProfile(r.url, r.platform), r.url).toMatchObject({
        platform: r.platform,
        key: r.key,
        url: r.url,
        kind: r.kind,
      });
    }
  });

  it('a resolved handle with its platform gives the same presence', () => {
    for (const r of results) {
      const again = resolveProfile(r.handle ?? '', r.platform);
      expect(again, `${r.platform}: ${r.handle}`).toMatchObject({
        platform: r.platform,
        key: r.key,
        url: r.url,
      });
    }
  });

  it('canonicalUrl and profileKey agree with resolveProfile', () => {
    for (const r of results) {
      expect(canonicalUrl(r.platform, r.handle ?? ''), r.url).toBe(r.url);
      expect(profileKey(r.platform, r.handle ?? ''), r.url).toBe(r.key);
    }
    for (const r of others) {
      expect(canonicalUrl(r.platform, r.url)).toBe(r.url);
      expect(profileKey(r.platform, r.url)).toBe(r.key);
    }
  });
});

describe('canonicalUrl and profileKey', () => {
  const cases: [string, string, string, string][] = [
    ['x', '@AcmeFR', 'https://x.com/acmefr', 'acmefr'],
    [
      'facebook',
      '100064012345678',
      'https://www.facebook.com/profile.php?id=100064012345678',
      '100064012345678',
    ],
    ['linkedin', 'acme-france', 'https://www.linkedin.com/company/acme-france', 'company/acme-france'],
    ['linkedin', 'in/Jane-Doe', 'https://www.linkedin.com/in/jane-doe', 'in/jane-doe'],
    ['youtube', 'AcmeFR', 'https://www.youtube.com/@acmefr', '@acmefr'],
    ['tiktok', '@Acme_FR', 'https://www.tiktok.com/@acme_fr', 'acme_fr'],
    ['mastodon', '@Acme@Mastodon.Social', 'https://mastodon.social/@acme', 'acme@mastodon.social'],
    ['reddit', 'u/Acme', 'https://www.reddit.com/user/acme', 'u/acme'],
    ['whatsapp', '+33 6 12 34 56 78', 'https://wa.me/33612345678', '33612345678'],
    [
      'google-business',
      '1234567890123456789',
      'https://maps.google.com/?cid=1234567890123456789',
      'cid/1234567890123456789',
    ],
    ['tumblr', 'AcmeFrance', 'https://acmefrance.tumblr.com', 'acmefrance'],
    ['website', 'https://www.acme.fr/?utm_campaign=x', 'https://www.acme.fr', 'acme.fr'],
    ['other', 'x.com/home', 'https://x.com/home', 'x.com/home'],
    ['x', 'https://twitter.com/AcmeFR/status/1', 'https://x.com/acmefr', 'acmefr'],
    ['website', 'https://x.com/acmefr', 'https://x.com/acmefr', 'x.com/acmefr'],
  ];
  it.each(cases)('%s %s → %s', (platform, handle, url, key) => {
    expect(canonicalUrl(platform, handle)).toBe(url);
    expect(profileKey(platform, handle)).toBe(key);
  });

  it('refuses an unknown platform', () => {
    expect(() => canonicalUrl('friendster', 'acme')).toThrow(/unknown platform/);
    expect(() => profileKey('friendster', 'acme')).toThrow(/unknown platform/);
  });
});
