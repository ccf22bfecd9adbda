// Mastodon profiles on known servers, on servers we do not know, and as `@user@host` (mastodon.ts).
import { MASTODON_RULES } from './mastodon';
import { checkGroups, type Group } from './testing';

const GROUPS: Group[] = [
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
];

checkGroups(GROUPS, MASTODON_RULES);
