import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import { fieldOfHeader, parseMapOption, recogniseColumns } from './columns';
import { exportHeaders } from './export';
import { INVENTORY_FIELDS, type InventoryField } from './model';

const EXPECTED: Record<InventoryField, string[]> = {
  platform: ['Réseau', 'Plateforme', 'Réseau social', 'Network', 'Platform', 'Site', 'RESEAU', 'réseau '],
  url: ['URL', 'Lien', 'Adresse', 'Link', 'Profile URL', 'URL du profil', 'Lien vers la page', 'Site web'],
  handle: [
    'Compte',
    'Identifiant',
    'Pseudo',
    'Handle',
    'Username',
    '@',
    "Nom d'utilisateur",
    'Compte Twitter',
  ],
  name: ['Nom', 'Nom du compte', 'Account name', 'Display name', 'Page name', 'Nom de la page', 'Name'],
  unit: [
    'Entité',
    'Direction',
    'BU',
    'Service',
    'Département',
    'Région',
    'Unit',
    'Business unit',
    'Team',
    'Équipe',
  ],
  owner: ['Responsable', 'Propriétaire', 'Gestionnaire', 'Owner', 'Manager', 'Admin', 'Nom du responsable'],
  deputy: ['Suppléant', 'Backup', 'Deputy'],
  custodian: ['Détenteur des accès', 'Custodian', 'Credentials holder'],
  language: ['Langue(s)', 'Langue', 'Language', 'Languages'],
  status: ['Statut', 'État', 'Status', 'Statut du compte'],
  audience: ['Abonnés', 'Fans', 'Followers', 'Audience', 'Communauté', "Nombre d'abonnés"],
  audience_date: ['Date audience', 'Date du relevé', 'audienceOn'],
  created: ['Date de création', 'Créé le', 'Created', 'Date de création du compte', 'createdOn'],
  last_activity: ['Dernière activité', 'Dernier post', 'Last post', 'Last activity', 'lastActivityOn'],
  mfa: ['MFA', '2FA', 'Double authentification', 'Statut MFA'],
  recovery: ['Contact de récupération', 'E-mail de récupération', 'Recovery', 'recoveryContact'],
  tags: ['Tags', 'Étiquettes', 'Mots-clés'],
  objective: ['Objectif', 'Objective', 'Goal'],
  notes: ['Notes', 'Commentaires', 'Remarques', 'Comments'],
  bio: [
    'Bio',
    'Biographie',
    'Description',
    'Présentation',
    'About',
    'À propos',
    'Bio Instagram',
    'Description du profil',
    'Présentation du compte',
  ],
  id: ['ID', 'id'],
};

describe('fieldOfHeader', () => {
  for (const [field, headers] of Object.entries(EXPECTED)) {
    it.each(headers)(`"%s" → ${field}`, (header) => {
      expect(fieldOfHeader(header)?.field).toBe(field);
    });
  }

  it.each(['Adresse e-mail', 'Date', 'Col16', 'Validé COMEX', ''])('"%s" → nothing', (header) => {
    expect(fieldOfHeader(header)).toBeNull();
  });

  it('reads back every header of our exports, in both languages', () => {
    for (const locale of ['en', 'fr'] as const) {
      expect(exportHeaders(locale).map((h) => fieldOfHeader(h)?.field)).toEqual([...INVENTORY_FIELDS]);
    }
  });
});

describe('recogniseColumns', () => {
  it('maps each header and lists the unknown ones as warnings', () => {
    const r = recogniseColumns(['Réseau', 'URL', 'Nom', 'Validé COMEX', '']);
    expect(r.mapping).toEqual(['platform', 'url', 'name', null, null]);
    expect(r.unknown).toEqual(['Validé COMEX']);
    expect(r.issues).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['inventory.column_unknown', 'inventory.column_no_header']);
    expect(r.warnings[0]).toMatchObject({ column: 'Validé COMEX' });
  });

  it('lets an explicit mapping win, by exact or loose header', () => {
    const r = recogniseColumns(['Page', 'Réseau', 'Nom'], { page: 'url', Nom: 'owner' });
    expect(r.mapping).toEqual(['url', 'platform', 'owner']);
  });

  it('can set a column aside', () => {
    const r = recogniseColumns(['URL', 'Lien'], { Lien: null });
    expect(r.mapping).toEqual(['url', null]);
    expect(r.issues).toEqual([]);
    expect(r.unknown).toEqual([]);
  });

  it('reports two columns that give the same field, keeping the first', () => {
    const r = recogniseColumns(['URL', 'Lien', 'Nom']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'inventory.column_duplicate', field: 'url', column: 'Lien' });
    expect(r.issues[0]!.message).toContain('"URL", "Lien"');
    expect(r.mapping).toEqual(['url', null, 'name']);
  });

  it('lets a whole-header match beat a keyword match, with a warning', () => {
    const r = recogniseColumns(['Nom', 'Nom affiché sur la page', 'URL']);
    expect(r.mapping).toEqual(['name', null, 'url']);
    expect(r.issues).toEqual([]);
    expect(r.warnings[0]).toMatchObject({
      code: 'inventory.column_shadowed',
      column: 'Nom affiché sur la page',
    });
  });

  it('reports a mapped header that the file does not have', () => {
    const r = recogniseColumns(['URL'], { Lien: 'url' });
    expect(r.issues[0]).toMatchObject({ code: 'inventory.map_header_unknown', column: 'Lien' });
    expect(r.issues[0]!.message).toContain('"URL"');
  });

  it('refuses a file with no URL or handle column, naming the columns and --map', () => {
    let error: unknown;
    try {
      recogniseColumns(['Nom', 'Entité', 'Date']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Invalid);
    const e = error as Invalid;
    expect(e.code).toBe('inventory.no_profile_column');
    expect(e.message).toContain('"Nom", "Entité", "Date"');
    expect(e.message).toContain('--map');
  });
});

describe('parseMapOption', () => {
  it('reads Header=field pairs', () => {
    expect(
      parseMapOption('Page FB=url, Qui=owner,Dernier msg=last-activity,Date=ignore,X=lastActivity'),
    ).toEqual({
      'Page FB': 'url',
      Qui: 'owner',
      'Dernier msg': 'last_activity',
      Date: null,
      X: 'last_activity',
    });
  });

  it('accepts a header that contains "="', () => {
    expect(parseMapOption('a=b=url')).toEqual({ 'a=b': 'url' });
  });

  it('refuses unknown fields and pairs without a header, all at once', () => {
    let error: unknown;
    try {
      parseMapOption('Page=lien,=url,Nom');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Invalid);
    const issues = (error as Invalid).issues;
    expect(issues.map((i) => i.code).sort()).toEqual([
      'inventory.map_field_unknown',
      'inventory.map_pair_invalid',
      'inventory.map_pair_invalid',
    ]);
    expect(issues.find((i) => i.code === 'inventory.map_field_unknown')!.message).toContain(
      INVENTORY_FIELDS.join(', '),
    );
  });
});
