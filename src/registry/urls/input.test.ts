// What copy-paste drags along is removed before anything is read (input.ts).
import { describe, expect, it } from 'vitest';
import { resolveProfile } from './resolve';

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
