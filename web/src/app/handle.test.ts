import { describe, expect, it } from 'vitest';
import { handleText } from './format';

describe('handleText', () => {
  it('writes a handle with one @, and a path-like one as it is', () => {
    expect(handleText('VilleDeBrives')).toBe('@VilleDeBrives');
    expect(handleText('@villedebrives')).toBe('@villedebrives');
    expect(handleText('brives@social.brives.fr')).toBe('@brives@social.brives.fr');
    expect(handleText('channel/UCq2Hk9mFGXtlYH5rN0yL2Qw')).toBe('channel/UCq2Hk9mFGXtlYH5rN0yL2Qw');
    expect(handleText('company/ville-de-brives')).toBe('company/ville-de-brives');
  });
});
