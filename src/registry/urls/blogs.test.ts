// Blogs' and newsletters' profile URLs (blogs.ts).
import { BLOG_RULES } from './blogs';
import { checkGroups, type Group } from './testing';

const GROUPS: Group[] = [
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
    platform: 'substack',
    key: 'acmeletter',
    url: 'https://acmeletter.substack.com',
    inputs: ['https://acmeletter.substack.com/p/first-issue', 'acmeletter.substack.com'],
  },
  {
    platform: 'posterous',
    key: 'acme',
    url: 'https://acme.posterous.com',
    inputs: ['http://acme.posterous.com/'],
  },
];

checkGroups(GROUPS, BLOG_RULES);
