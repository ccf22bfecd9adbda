import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './delimiter';

describe('detectDelimiter', () => {
  it.each([
    [';', 'URL;Nom;Entité\nhttps://x.com/a;Avenor, SA;Siège\n'],
    [',', 'URL,Nom,Entité\nhttps://x.com/a,"Avenor, SA",Siège\n'],
    ['\t', 'URL\tNom\tEntité\nhttps://x.com/a\tAvenor, SA\tSiège\n'],
    ['|', 'URL|Nom|Entité\nhttps://x.com/a|Avenor, SA|Siège\n'],
  ])('finds %j', (delimiter, csv) => {
    expect(detectDelimiter(csv)).toBe(delimiter);
  });

  it('prefers the one that cuts every line alike, and falls back to a comma', () => {
    expect(detectDelimiter('a,b;c\n1,2;3\n4;5\n')).toBe(';');
    expect(detectDelimiter('une seule colonne\nx\n')).toBe(',');
  });
});
