// `vigie presences values list|forget`: what an import remembered is listed, and forgotten by id.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runVigie } from '../../cli/start-testing';
import { NEEDS_MAPPING } from './fixtures/values';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-value-commands-'));
const db = `sqlite:${path.join(dir, 'cli.db')}`;
const vigie = (...args: string[]) => runVigie(['--db', db, ...args], { LANG: 'en_GB.UTF-8', VIGIE_LANG: '' });

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('vigie presences values', { timeout: 120_000 }, () => {
  it('lists the mappings an import remembered, by source, and forgets one', () => {
    const file = path.join(dir, 'Inventaire Ombreval Sud 2024-10.csv');
    fs.writeFileSync(file, NEEDS_MAPPING);
    const done = vigie(
      'presences',
      'import',
      file,
      '--values',
      'language:Multilingue=fr/en,status:Veille=dormant,status:En test=discovered,mfa:Partiel=non,created:Été 2020=2020-06-01,platform:Chaîne vidéo=youtube',
    );
    expect(done.code).toBe(0);

    const listed = vigie('presences', 'values', 'list', '--source', 'Inventaire Ombreval Sud', '--json');
    expect(listed.code).toBe(0);
    const items = JSON.parse(listed.out) as { id: number; field: string; value: string; meaning: string }[];
    expect(items.map((m) => `${m.field}:${m.value}=${m.meaning}`).sort()).toEqual([
      'created:Été 2020=2020-06-01',
      'language:Multilingue=fr/en',
      'mfa:Partiel=off',
      'platform:Chaîne vidéo=youtube',
      'status:En test=discovered',
      'status:Veille=dormant',
    ]);
    expect(vigie('presences', 'values', 'list', '--source', 'another source').out).toContain(
      'Remembered value mappings: 0.',
    );

    const veille = items.find((m) => m.value === 'Veille')!;
    const forgot = vigie('presences', 'values', 'forget', String(veille.id));
    expect(forgot.code).toBe(0);
    expect(forgot.out).toContain('Forgotten: status "Veille" → dormant (source "inventaire ombreval sud").');
    const table = vigie('presences', 'values', 'list').out;
    expect(table).not.toContain('Veille');
    expect(table).toContain('Multilingue');
    expect(table).toContain('Remembered value mappings: 5.');

    // Forgotten twice, or not an id: named, nothing else touched.
    expect(vigie('presences', 'values', 'forget', String(veille.id)).code).toBe(3);
    const bad = vigie('presences', 'values', 'forget', '01');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('mapping: "01" is not an id');
  });
});
