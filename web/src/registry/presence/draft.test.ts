// The presence form sends only what the person changed, blanks as null, ids as numbers.
import { describe, expect, it } from 'vitest';
import { type Draft, patchOf } from './draft';

const before: Draft = {
  name: 'Ombreval',
  bio: '',
  unitId: '3',
  ownerId: null,
  deputyId: null,
  custodianId: '7',
  objective: '',
  status: 'active',
  languages: ['fr'],
  audience: 1200,
  audienceOn: '2025-01-31',
  createdOn: '',
  lastActivityOn: '',
  mfa: 'unknown',
  recoveryContact: 'unknown',
  tags: [],
  notes: '',
};

describe('patchOf', () => {
  it('is empty when nothing changed, whitespace included', () => {
    expect(patchOf(before, { ...before, name: ' Ombreval ', languages: ['fr'] })).toEqual({});
  });

  it('sends the changed fields only, in the API’s shape', () => {
    const after: Draft = {
      ...before,
      name: '  ',
      ownerId: '12',
      custodianId: null,
      languages: ['fr', 'en'],
      audienceOn: '',
      tags: ['travel'],
    };
    expect(patchOf(before, after)).toEqual({
      name: null,
      ownerId: 12,
      custodianId: null,
      languages: ['fr', 'en'],
      audienceOn: null,
      tags: ['travel'],
    });
  });
});
