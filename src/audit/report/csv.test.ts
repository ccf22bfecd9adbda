import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findingsCsv, findingsCsvHeaders } from './csv';
import { FORMULA_NAME, reportFixture, XSS_NAME } from './fixture';

const { audit } = reportFixture();

function parse(csv: string, delimiter: string): string[][] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

function byHeader(rows: string[][]): Record<string, string>[] {
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}

describe('findingsCsv', () => {
  it('writes one row per presence, every row as wide as the headers (English: comma)', () => {
    const csv = findingsCsv(audit, 'en');
    expect(csv).toContain('\r\n');
    const rows = parse(csv, ',');
    expect(rows).toHaveLength(audit.items.length + 1);
    expect(rows[0]).toEqual(findingsCsvHeaders('en'));
    expect(rows[0]!.length).toBeGreaterThanOrEqual(35);
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(audit.items.map((i) => i.presenceId));
  });

  it('writes French headers and words, with a semicolon and a decimal comma', () => {
    const rows = byHeader(parse(findingsCsv(audit, 'fr'), ';'));
    const promo = rows.find((r) => r.ID === '12')!;
    expect(promo.Plateforme).toBe('X');
    expect(promo.Statut).toBe('Abandonnée');
    expect(promo['Détenteur des accès']).toBe('parti');
    expect(promo.Recommandation).toBe('Redirection progressive');
    expect(promo['Cible recommandée (ID)']).toBe('7');
    expect(promo['Constats (code, gravité)']).toContain('abandoned_with_audience (high)');
    expect(promo.Constats).toContain('14');
    expect(promo['Décidé par']).toBe('Claire Martin');
    const sav = rows.find((r) => r.ID === '7')!;
    expect(sav['Publications par semaine']).toBe('24,11');
    expect(sav['Double authentification']).toBe('non');
  });

  it('keeps the facts, findings, recommendation and decision of each presence', () => {
    const rows = byHeader(parse(findingsCsv(audit, 'en'), ','));
    const declining = rows.find((r) => r.ID === '15')!;
    // A negative number stays a number: the formula guard is for text only.
    expect(declining['Audience trend, 90 days (%)']).toBe('-18');
    expect(declining['Findings (code, severity)']).toBe(
      'dormant (medium) | audience_declining (medium) | personal_recovery (medium)',
    );
    expect(String(declining.Findings).split(' | ')).toHaveLength(3);
    expect(declining.Findings).not.toContain('audit.finding.');
    expect(declining.Reasons).not.toContain('audit.reason.');
    expect(declining.Decision).toBe('Close with a redirect message');
    expect(declining['Decision target (ID)']).toBe('14');
    const vine = rows.find((r) => r.ID === '22')!;
    expect(vine['Platform still running']).toBe('no');
    expect(vine.Audience).toBe('');
    expect(vine['Days since last activity']).toBe('');
    const pending = rows.find((r) => r.ID === '13')!;
    expect(pending.Decision).toBe('');
    expect(pending['Decided by']).toBe('');
    expect(pending.Name).toBe('');
  });

  // Issue 12: "No activity for 540 days". How long a presence has been silent reads as people say it.
  it('says how long a presence has been silent in years and months, in both languages', () => {
    const plain = (s: string | undefined) => String(s).replace(/\u00a0/g, ' ');
    const en = byHeader(parse(findingsCsv(audit, 'en'), ','));
    const promo = en.find((r) => r.ID === '12')!; // 540 days
    expect(plain(promo.Findings)).toContain(
      'No activity for 1 year 6 months (last on 2024-01-10): abandoned.',
    );
    expect(plain(promo.Reasons)).toMatch(/^No activity for 1 year 6 months, but 14,500 people follow it:/);
    expect(plain(en.find((r) => r.ID === '15')!.Findings)).toContain('No activity for 7 months');
    expect(plain(en.find((r) => r.ID === '5')!.Reasons)).toContain('Active (last activity 20 days ago)');
    const fr = byHeader(parse(findingsCsv(audit, 'fr'), ';')).find((r) => r.ID === '12')!;
    expect(plain(fr.Constats)).toContain('Aucune activité depuis 1 an et 6 mois (dernière le');
    expect(plain(fr.Constats)).toContain('Abandonnée depuis 1 an et 6 mois alors que 14');
    expect(plain(fr.Motifs)).toMatch(/^Aucune activité depuis 1 an et 6 mois, mais 14/);
    for (const text of [promo.Findings, promo.Reasons, fr.Constats, fr.Motifs])
      expect(text).not.toMatch(/540|\{duration\}/);
  });

  it('neutralises formulas and keeps hostile text as text', () => {
    for (const [locale, delimiter] of [
      ['en', ','],
      ['fr', ';'],
    ] as const) {
      const rows = parse(findingsCsv(audit, locale), delimiter);
      const cells = rows.flat();
      expect(cells).toContain(`'${FORMULA_NAME}`);
      expect(cells).not.toContain(FORMULA_NAME);
      expect(cells).toContain(XSS_NAME);
      for (const c of cells) expect(c).not.toMatch(/^[=+@]/);
    }
  });
});
