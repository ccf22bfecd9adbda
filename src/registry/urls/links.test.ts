// URLs that name no profile: a platform's own pages are `other`, any other host a `website`, both
// cleaned and kept so that no row is lost (links.ts, clean.ts).
import { describe, expect, it } from 'vitest';
import type { ResolvedProfile } from '../model';
import { resolveProfile } from './resolve';
import { checkRoundTrips } from './testing';

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

// Cleaned URLs are stable: resolved again, or given as a `website` or `other` handle, they stay as they are.
checkRoundTrips(
  ['https://x.com/home', 'https://www.acme.fr/?utm_source=x', 'http://acme.fr/a/b?c=d']
    .map((s) => resolveProfile(s))
    .filter((r): r is ResolvedProfile => r !== null),
);
