import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import {
  canonicalMeaning,
  checkValueEntries,
  mappedMeaning,
  parseValuesOption,
  sourceKey,
  toValueMapping,
  valuesOption,
} from './valuemap';

/** The messages of the Invalid a call throws. */
function refusal(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(Invalid);
    return (e as Invalid).issues.map((i) => i.message);
  }
  throw new Error('not refused');
}

describe('--values', () => {
  it('reads pairs field:Value=meaning, meanings in their canonical form', () => {
    expect(
      parseValuesOption(
        'language:Bilingual=fr/en, status:Dormant=dormant,status:Veille=en sommeil,mfa:Partiel=non,created:Été 2020=2020-06-01,platform:Chaîne vidéo=YouTube,language:Multilingue=français et anglais,audience:beaucoup=ignore',
      ),
    ).toEqual([
      { field: 'language', value: 'Bilingual', meaning: 'fr/en' },
      { field: 'status', value: 'Dormant', meaning: 'dormant' },
      { field: 'status', value: 'Veille', meaning: 'dormant' },
      { field: 'mfa', value: 'Partiel', meaning: 'off' },
      { field: 'created', value: 'Été 2020', meaning: '2020-06-01' },
      { field: 'platform', value: 'Chaîne vidéo', meaning: 'youtube' },
      { field: 'language', value: 'Multilingue', meaning: 'fr/en' },
      { field: 'audience', value: 'beaucoup', meaning: 'ignore' },
    ]);
  });

  it('reads a value holding a comma or a quote in double quotes, and keeps the last of a repeated value', () => {
    expect(parseValuesOption('status:"Actif, à revoir"=active,status:"dit ""ok"""=active')).toEqual([
      { field: 'status', value: 'Actif, à revoir', meaning: 'active' },
      { field: 'status', value: 'dit "ok"', meaning: 'active' },
    ]);
    expect(parseValuesOption('status:Veille=dormant,status:veille=abandoned')).toEqual([
      { field: 'status', value: 'veille', meaning: 'abandoned' },
    ]);
  });

  it('refuses every bad part at once, naming it', () => {
    const messages = refusal(() =>
      parseValuesOption(
        'language:Bilingual=fr,en,colour:Bleu=blue,status:Veille=sleepy,status:=active,Dormant',
      ),
    );
    expect(messages).toEqual([
      '--values: "en" is not of the form field:Value=meaning (e.g. language:Bilingual=fr/en; a value holding a comma goes in double quotes).',
      '--values: "colour" is not a field whose values can be mapped. Fields: platform, language, status, mfa, recovery, audience, audience_date, created, last_activity, person, unit.',
      '--values: "sleepy" is not a meaning for status. Expected: discovered, active, dormant, abandoned, closing, redirecting, closed, archived, or ignore.',
      '--values: "status:=active" is not of the form field:Value=meaning (e.g. language:Bilingual=fr/en; a value holding a comma goes in double quotes).',
      '--values: "Dormant" is not of the form field:Value=meaning (e.g. language:Bilingual=fr/en; a value holding a comma goes in double quotes).',
    ]);
    expect(refusal(() => parseValuesOption('status:"Veille=dormant'))[0]).toContain('never closed');
    expect(refusal(() => parseValuesOption(`status:${'a'.repeat(300)}=active`))[0]).toContain(
      'longer than 200 characters',
    );
    expect(refusal(() => parseValuesOption('platform:Intranet=myspacebook'))[0]).toContain(
      'is not a meaning for platform',
    );
    expect(refusal(() => parseValuesOption('created:Été=2099-99-99'))[0]).toContain(
      'is not a meaning for created',
    );
  });

  it('reads who a name is and which unit, one field for owners, deputies and custodians', () => {
    expect(
      parseValuesOption(
        'owner:A. Dumas=Aurélie Dumas,deputy:"Dumas, A."=aurelie.dumas@ombreval.example,custodian:Max=ignore,unit:DRH=nouvelle,unit:Com=Direction de la communication groupe',
      ),
    ).toEqual([
      { field: 'person', value: 'A. Dumas', meaning: 'Aurélie Dumas' },
      { field: 'person', value: 'Dumas, A.', meaning: 'aurelie.dumas@ombreval.example' },
      { field: 'person', value: 'Max', meaning: 'ignore' },
      { field: 'unit', value: 'DRH', meaning: 'new' },
      { field: 'unit', value: 'Com', meaning: 'Direction de la communication groupe' },
    ]);
    expect(checkValueEntries([{ field: 'owner', value: 'A. Dumas', meaning: 'new' }])).toEqual([
      { field: 'person', value: 'A. Dumas', meaning: 'new' },
    ]);
    // Read by the plan against the registry, never as a cell's value.
    const m = toValueMapping([{ field: 'unit', value: 'DRH', meaning: 'new' }]);
    expect(mappedMeaning(m, 'unit', 'DRH')).toBeUndefined();
  });

  it('checks the web app’s entries the same way', () => {
    expect(checkValueEntries([{ field: 'status', value: ' Veille ', meaning: 'Dormant' }])).toEqual([
      { field: 'status', value: 'Veille', meaning: 'dormant' },
    ]);
    expect(refusal(() => checkValueEntries([{ field: 'name', value: 'x', meaning: 'y' }]))[0]).toContain(
      '"name" is not a field',
    );
  });

  it('matches a value whatever its case, accents and spacing', () => {
    const m = toValueMapping([{ field: 'status', value: 'En  Veille!', meaning: 'dormant' }]);
    expect(mappedMeaning(m, 'status', 'en veille')).toBe('dormant');
    expect(mappedMeaning(m, 'status', 'EN VEILLE')).toBe('dormant');
    expect(mappedMeaning(m, 'language', 'en veille')).toBeUndefined();
    expect(mappedMeaning(m, 'notes', 'en veille')).toBeUndefined();
  });

  it('writes the option a person can paste into a shell', () => {
    expect(valuesOption([{ field: 'status', value: 'Veille' }])).toBe('--values "status:Veille=…"');
    expect(valuesOption([{ field: 'language', value: 'Bilingual', meaning: 'fr/en' }])).toBe(
      '--values "language:Bilingual=fr/en"',
    );
    expect(valuesOption([{ field: 'status', value: 'Actif, à revoir' }])).toBe(
      `--values 'status:"Actif, à revoir"=…'`,
    );
    expect(valuesOption([{ field: 'status', value: "l'été $HOME" }])).toBe(
      `--values 'status:l'\\''été $HOME=…'`,
    );
    // What the option says is what the option reads.
    expect(parseValuesOption('status:"Actif, à revoir"=active')[0]!.value).toBe('Actif, à revoir');
  });

  it('says what a meaning is in Vigie’s own words', () => {
    expect(canonicalMeaning('language', 'Français, anglais')).toEqual({ meaning: 'fr/en' });
    expect(canonicalMeaning('recovery', 'perso')).toEqual({ meaning: 'personal' });
    expect(canonicalMeaning('audience', '12,5 k')).toEqual({ meaning: '12500' });
    expect(canonicalMeaning('status', 'IGNORE')).toEqual({ meaning: 'ignore' });
  });
});

describe('sources', () => {
  it('are file names without folders, dates, versions or copy marks', () => {
    const same = [
      'Inventaire réseaux sociaux 2024-03-15 v2 (1).xlsx',
      'inventaire_reseaux_sociaux_FINAL_2025.csv',
      '/home/claire/Téléchargements/Inventaire-Réseaux-Sociaux-mars-2024.csv',
      'C:\\Users\\claire\\Inventaire réseaux sociaux - copie.xlsx',
      'InventaireReseauxSociaux_20240315.json',
      'inventaire réseaux sociaux T3 2024 MAJ.xlsx',
    ];
    expect(new Set(same.map(sourceKey))).toEqual(new Set(['inventaire reseaux sociaux']));
    expect(sourceKey('Social media inventory – Q1 2025 – draft.xlsx')).toBe('social media inventory');
    expect(sourceKey('Comptes Ombreval Sud.csv')).not.toBe(sourceKey('Comptes Ombreval Nord.csv'));
    // A name of nothing but dates is still a source.
    expect(sourceKey('2024-03-15.csv')).toBe('2024 03 15');
  });
});
