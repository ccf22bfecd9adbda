// The entry points: a pasted URL or handle → one presence identity, never an exception; the
// canonical URL and key of a handle on a platform. Each platform's examples are in the test of the
// file holding its rule (social.test.ts, media.test.ts…).
import { describe, expect, it } from 'vitest';
import type { ResolvedProfile } from '../model';
import { canonicalUrl, profileKey, resolveProfile } from './resolve';

describe('resolveProfile: what it keeps', () => {
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
