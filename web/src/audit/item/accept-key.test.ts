// The A key never sends a reason the reader has not seen in the field.
import { describe, expect, it } from 'vitest';
import { acceptKeyStep } from './accept-key';

const rec = { decision: 'close_redirect' as const, into: 7 };

describe('acceptKeyStep', () => {
  it('sends the recommendation as it stands with the reader’s reason', () => {
    expect(acceptKeyStep({ decision: 'close_redirect', into: 7, reason: 'Plus suivie' }, rec)).toBe('send');
  });

  it('fills an empty or too short reason first, whatever the form says', () => {
    expect(acceptKeyStep({ decision: 'close_redirect', into: 7, reason: '' }, rec)).toBe('fill');
    expect(acceptKeyStep({ decision: 'close_redirect', into: 7, reason: '  ab ' }, rec)).toBe('fill');
    expect(acceptKeyStep({ decision: 'maintain', into: null, reason: '' }, rec)).toBe('fill');
  });

  it('sets the form to the recommendation before sending a decision changed from it', () => {
    expect(acceptKeyStep({ decision: 'maintain', into: null, reason: 'Gardée' }, rec)).toBe('set');
    expect(acceptKeyStep({ decision: 'close_redirect', into: 9, reason: 'Gardée' }, rec)).toBe('set');
  });
});
