import { describe, expect, it } from 'vitest';
import { fold, isPlaceholder } from './words';

describe('words', () => {
  it('recognises placeholders', () => {
    for (const p of ['?', '-', 'N/A', 'n.c.', 'inconnu', 'Aucun', '#N/A', ''])
      expect(isPlaceholder(p)).toBe(true);
    for (const p of ['Claire', '0', 'non']) expect(isPlaceholder(p)).toBe(false);
  });

  it('folds words for matching, long ones too', () => {
    expect(fold('Désactivé ')).toBe('desactive');
    expect(fold('Désactivé ')).toBe('desactive');
    expect(fold(`${'É'.repeat(50)}!`)).toBe('e'.repeat(50));
  });
});
