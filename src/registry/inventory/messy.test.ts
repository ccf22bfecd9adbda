import { describe, expect, it } from 'vitest';
import { messyInventoryCsv } from './messy';

describe('messyInventoryCsv', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(messyInventoryCsv(300, 3)).toBe(messyInventoryCsv(300, 3));
    expect(messyInventoryCsv(300, 3)).not.toBe(messyInventoryCsv(300, 4));
  });

  it('writes the mess real inventories have', () => {
    const csv = messyInventoryCsv(2000, 1);
    const header = csv.slice(0, csv.indexOf('\r\n'));
    expect(header.split(';')).toHaveLength(16);
    for (const sample of [
      'Intagram',
      'Face book',
      'Youtube',
      '\r\nx;',
      'http://',
      'www.',
      'm.facebook.com',
      'fr-fr.facebook.com',
      '/about',
      ';@avenor',
      ' abonnés',
      ' mars ',
      'claire.martin@avenor.fr',
      'CLAIRE MARTIN',
      'AVENOR ENERGIE',
      '"Ancienne page du salon 2014\nplus',
      '<b>Important</b>',
      '@gmail.com',
    ]) {
      expect(csv, sample).toContain(sample);
    }
    expect(csv).toMatch(/;\d{1,3} \d{3};/);
  });
});
