// Video, audio and photo platforms' profile URLs (media.ts).
import { MEDIA_RULES } from './media';
import { checkGroups, type Group } from './testing';

const GROUPS: Group[] = [
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
    platform: 'spotify',
    key: 'artist/0OdUWJ0sBjDrqHygGUXeCF',
    url: 'https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF',
    inputs: [
      'https://open.spotify.com/intl-fr/artist/0OdUWJ0sBjDrqHygGUXeCF?si=abc123',
      'https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF',
    ],
  },
];

checkGroups(GROUPS, MEDIA_RULES);
