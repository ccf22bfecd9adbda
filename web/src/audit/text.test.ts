import { describe, expect, it } from 'vitest';
import { counted } from './text';

describe('counted', () => {
  it('keeps the server’s count a number, so i18next can choose the plural form', () => {
    expect(counted({ count: '1,234', ids: '#3' }, { count: 1234, ids: '#3' })).toEqual({
      count: 1234,
      ids: '#3',
    });
    expect(counted({ count: '3' }, { count: '3' })).toEqual({ count: '3' });
    expect(counted({ n: '2' }, undefined)).toEqual({ n: '2' });
  });
});
