// `vigie presences import … --values`: the option read strictly, the error that says how to map a
// value, and the mapping remembered for the next import of the same source.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runVigie } from '../../cli/start-testing';
import { NEEDS_MAPPING, NEEDS_MAPPING_NEXT } from './fixtures/values';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-values-'));
const db = `sqlite:${path.join(dir, 'cli.db')}`;

const vigie = (...args: string[]) => runVigie(['--db', db, ...args], { LANG: 'en_GB.UTF-8', VIGIE_LANG: '' });

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('vigie presences import --values', { timeout: 120_000 }, () => {
  it('says how to map a value, takes the mapping, and remembers it for the source', () => {
    const october = path.join(dir, 'Inventaire Ombreval Sud 2024-10.csv');
    const november = path.join(dir, 'inventaire_ombreval_sud_2024-11_v2.csv');
    fs.writeFileSync(october, NEEDS_MAPPING);
    fs.writeFileSync(november, NEEDS_MAPPING_NEXT);

    const refused = vigie('presences', 'import', october);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      '--values "language:Multilingue=…,status:Veille=…,mfa:Partiel=…,status:En test=…,created:Été 2020=…,platform:Chaîne vidéo=…"',
    );
    expect(refused.err).toMatch(
      /line 2, column "Statut": .*"Veille" is not a status\..*--values "status:Veille=…"/,
    );

    const bad = vigie(
      'presences',
      'import',
      october,
      '--values',
      'language:Multilingue=fr,en,status:Veille=sleepy',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"en" is not of the form field:Value=meaning');
    expect(bad.err).toContain('"sleepy" is not a meaning for status');

    const done = vigie(
      'presences',
      'import',
      october,
      '--values',
      'language:Multilingue=fr/en,status:Veille=dormant,status:En test=discovered,mfa:Partiel=non,created:Été 2020=2020-06-01,platform:Chaîne vidéo=youtube',
    );
    expect(done.code).toBe(0);
    expect(done.out).toContain('Presences created: 5,');
    expect(done.out).toContain('6 value mappings remembered for the source "inventaire ombreval sud".');

    const next = vigie('presences', 'import', november);
    expect(next.code).toBe(0);
    expect(next.out).toContain('Presences created: 1,');
    expect(next.out).toMatch(
      /status "Veille" → dormant \(3 rows; remembered, set by cli:\S+ on \d{4}-\d{2}-\d{2}\)/,
    );
  });

  it('asks who "A. Dumas" is, takes the answer with --values, and tells names read without asking', () => {
    const first = path.join(dir, 'Comptes Énergie.csv');
    fs.writeFileSync(
      first,
      'Réseau;URL;Entité;Responsable\nx;https://x.com/ombreval_energie;Branche Énergie;Aurélie Dumas\n',
    );
    expect(vigie('presences', 'import', first).code).toBe(0);
    const second = path.join(dir, 'Comptes Énergie 2025.csv');
    fs.writeFileSync(
      second,
      [
        'Réseau;URL;Entité;Responsable',
        'instagram;https://www.instagram.com/ombreval_energie;Branche Énergie;A. Dumas',
        'facebook;https://www.facebook.com/ombreval.energie;branche energie;Dumas Aurélie',
      ].join('\n'),
    );
    const asked = vigie('presences', 'import', second);
    expect(asked.code).toBe(2);
    expect(asked.err).toContain('"A. Dumas" is nobody the registry knows, but it is close to Aurélie Dumas');
    expect(asked.err).toContain('--values "person:A. Dumas=…"');

    const done = vigie('presences', 'import', second, '--values', 'owner:A. Dumas=Aurélie Dumas');
    expect(done.code).toBe(0);
    expect(done.out).toContain('Presences created: 2,');
    expect(done.out).not.toContain('People to create');
    expect(done.out).toContain(
      '"Dumas Aurélie" is read as Aurélie Dumas (same name, words in another order)',
    );
  });
});
