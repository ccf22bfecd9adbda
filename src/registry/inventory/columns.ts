// Gives each inventory column a meaning from its header, in French or English, whatever its case,
// accents or punctuation; or from the mapping a person gives (`--map "Header=field,…"`).
// Two layouts are read: *long* (a row per presence: platform, URL or handle columns) and *wide* (a
// row per person, team or brand, a column per platform holding its handles or URLs).
import { Invalid, type Issue } from '../../core/errors';
import { issueFrom } from '../../core/i18n';
import { nameKey } from '../../core/text';
import { getPlatform } from '../urls/platforms';
import { MESSAGES } from './messages';
import { INVENTORY_FIELDS, type InventoryField } from './model';
import { parsePlatformName } from './values';

/** How a header is compared: camelCase split ("lastActivityOn"), "(s)" dropped, then `nameKey`. */
export function headerKey(header: string): string {
  return nameKey(header.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/\(s\)/gi, ''));
}

/** Headers read as they are (after `headerKey`), checked before the keyword rules. */
const EXACT: Record<string, InventoryField> = {
  '@': 'handle',
  id: 'id',
  'vigie id': 'id',
  'nom du compte': 'name',
  'account name': 'name',
  'display name': 'name',
  'page name': 'name',
  'nom de la page': 'name',
  'nom affiche': 'name',
  'nom d utilisateur': 'handle',
  'user name': 'handle',
  site: 'platform',
  'site web': 'url',
  'site internet': 'url',
  website: 'url',
  'audience on': 'audience_date',
  'date de l audience': 'audience_date',
  'created on': 'created',
  'last activity on': 'last_activity',
  'recovery contact': 'recovery',
  languages: 'language',
  'business unit': 'unit',
};

/**
 * Keyword rules, tried in order: a rule matches when every stem of one of its phrases starts a word of
 * the header (stems of three letters or fewer must be the whole word). Specific rules come first, so
 * "Nom du responsable" is the owner, "E-mail de récupération" the recovery contact, "Statut MFA" MFA.
 */
const RULES: [InventoryField, string[]][] = [
  ['recovery', ['recuperation', 'recovery', 'secours']],
  ['custodian', ['detenteur', 'custodian', 'credential', 'acces', 'holder']],
  [
    'audience_date',
    ['date audience', 'date abonne', 'date follower', 'date fans', 'releve', 'audience date'],
  ],
  ['created', ['creation', 'cree', 'created', 'ouverture', 'opened']],
  ['last_activity', ['derniere', 'dernier', 'last', 'latest']],
  [
    'mfa',
    [
      'mfa',
      '2fa',
      'a2f',
      'double auth',
      'two factor',
      'facteur',
      'multifactor',
      'multi factor',
      'authentification',
    ],
  ],
  ['deputy', ['suppleant', 'backup', 'deputy', 'adjoint', 'remplacant', 'substitute']],
  [
    'owner',
    [
      'responsable',
      'proprietaire',
      'gestionnaire',
      'owner',
      'manager',
      'admin',
      'referent',
      'animateur',
      'contact',
      'pilote',
    ],
  ],
  [
    'audience',
    [
      'abonne',
      'follower',
      'fan',
      'fans',
      'audience',
      'communaute',
      'subscriber',
      'membre',
      'member',
      'portee',
      'reach',
    ],
  ],
  // Before the URL rule: "Description du profil" is the bio, not a profile link.
  ['bio', ['bio', 'biographie', 'description', 'presentation', 'about', 'a propos']],
  [
    'name',
    [
      'nom compte',
      'account name',
      'nom page',
      'page name',
      'display',
      'intitule',
      'libelle',
      'titre',
      'title',
    ],
  ],
  ['url', ['url', 'urls', 'lien', 'link', 'adresse', 'address', 'web', 'profil', 'profile']],
  ['platform', ['reseau', 'plateforme', 'platform', 'network', 'site', 'media', 'canal', 'channel', 'outil']],
  [
    'unit',
    [
      'entite',
      'direction',
      'bu',
      'service',
      'departement',
      'region',
      'unit',
      'unite',
      'team',
      'equipe',
      'filiale',
      'marque',
      'brand',
      'division',
      'pole',
      'agence',
      'agency',
      'pays',
      'country',
      'perimetre',
      'business',
      'structure',
    ],
  ],
  ['language', ['langue', 'language', 'lang', 'idiome', 'locale']],
  ['status', ['statut', 'etat', 'status', 'state']],
  [
    'tags',
    [
      'tag',
      'tags',
      'etiquette',
      'mots cles',
      'mot cle',
      'keyword',
      'label',
      'categorie',
      'category',
      'theme',
    ],
  ],
  ['objective', ['objectif', 'objective', 'goal', 'but', 'finalite', 'purpose', 'vocation', 'mission']],
  ['notes', ['note', 'commentaire', 'remarque', 'comment', 'observation', 'info', 'precision', 'memo']],
  // Generic words last: "Statut du compte" is a status, "Nom de l'entité" a unit.
  [
    'handle',
    [
      'identifiant',
      'pseudo',
      'handle',
      'username',
      'utilisateur',
      'user',
      'compte',
      'account',
      'login',
      'alias',
    ],
  ],
  ['name', ['nom', 'name', 'noms', 'names']],
];

const COMPILED = RULES.map(([field, phrases]) => ({ field, phrases: phrases.map((p) => p.split(' ')) }));

const stemMatches = (stem: string, word: string) =>
  stem.length <= 3 ? word === stem : word.startsWith(stem);

/** Words that make a header about e-mail, never a profile URL ("Adresse e-mail"). */
const MAIL_WORDS = new Set(['mail', 'email', 'courriel', 'mel']);

/** The field a header names, and whether it was read whole (exact) or from keywords. */
export function fieldOfHeader(header: string): { field: InventoryField; exact: boolean } | null {
  if (header.trim() === '@') return { field: 'handle', exact: true };
  const key = headerKey(header);
  if (!key) return null;
  if ((INVENTORY_FIELDS as readonly string[]).includes(key.replace(/ /g, '_'))) {
    return { field: key.replace(/ /g, '_') as InventoryField, exact: true };
  }
  const exact = EXACT[key];
  if (exact) return { field: exact, exact: true };
  const words = key.split(' ');
  const isMail = words.some((w) => MAIL_WORDS.has(w)) || key.includes('e mail');
  for (const { field, phrases } of COMPILED) {
    if (field === 'url' && isMail) continue;
    const hit = phrases.find((stems) => stems.every((s) => words.some((w) => stemMatches(s, w))));
    // A header that is nothing but the phrase ("Lien", "Nom") counts as a whole-header match.
    if (hit) return { field, exact: hit.length === words.length };
  }
  return null;
}

/** A column of a wide inventory: each filled cell names accounts on this platform. */
export type PlatformColumn = `platform:${string}`;
export const platformColumn = (id: string): PlatformColumn => `platform:${id}`;
export const platformOfColumn = (m: ColumnMeaning | null | undefined): string | null =>
  m?.startsWith('platform:') ? m.slice('platform:'.length) : null;

/** What a person can say a column means: a field, or a platform's column (wide inventories). */
export type ColumnMeaning = InventoryField | PlatformColumn;

/** The mapping a person gives: header text → meaning, or `null` to ignore the column. */
export type ExplicitMapping = Record<string, ColumnMeaning | null>;

/** Words around a platform's name in a wide inventory's header: "Compte Twitter", "Chaîne YouTube FR". */
const ACCOUNT_WORDS = new Set(
  (
    'compte comptes account accounts page pages chaine chaines channel channels url urls lien liens link links ' +
    'handle handles profil profils profile profiles pseudo pseudos identifiant identifiants id ids adresse address ' +
    'username nom name de du des d la le les l sur on the of officiel officielle official principal principale main ' +
    'corporate institutionnel institutionnelle fr en francais anglais french english'
  ).split(' '),
);

/**
 * The platform a header names as a wide inventory's column ("Twitter", "Page Facebook", "Chaîne
 * YouTube", "LinkedIn URL"), or null. Only a header that is nothing but a platform's name and words
 * like "compte", "page" or "lien" counts: "Abonnés Twitter" is an audience, not a column of accounts.
 * A one-letter name ("Compte X") is too ambiguous to guess: `--map "Compte X=x"` says it.
 */
export function platformOfHeader(header: string): string | null {
  const words = headerKey(header.replace(/[@#]/g, ' '))
    .split(' ')
    .filter((w) => w && !ACCOUNT_WORDS.has(w) && !/^\d+$/.test(w));
  const rest = words.join(' ');
  if (rest.length < 2) return null;
  const found = parsePlatformName(rest);
  return found?.exact ? found.platform.id : null;
}

/** Platforms a wide inventory may hold besides the social ones: never enough to call a file wide. */
const PSEUDO_PLATFORMS = new Set(['website', 'other']);

/** Words accepted after `=` in `--map` to ignore a column. */
const IGNORE_WORDS = new Set(['ignore', 'ignorer', 'skip', '-', 'none']);

/**
 * Reads `--map "Header=field,Other header=field"`. Fields are the names of INVENTORY_FIELDS
 * (`last-activity` and `lastActivity` also read); a platform (`x`, `facebook`, "Twitter") makes the
 * column a wide inventory's column of that platform; `ignore` drops a column. A header may not contain
 * `,`; the last `=` of a pair separates header from field.
 */
export function parseMapOption(text: string): ExplicitMapping {
  const pairs: [string, string][] = [];
  const issues: Issue[] = [];
  for (const pair of text.split(',')) {
    if (!pair.trim()) continue;
    const at = pair.lastIndexOf('=');
    const header = at < 0 ? '' : pair.slice(0, at).trim();
    if (!header) {
      issues.push(issueFrom(MESSAGES, 'inventory.map_pair_invalid', { pair: pair.trim() }));
      continue;
    }
    pairs.push([header, pair.slice(at + 1).trim()]);
  }
  return explicitMapping(pairs, issues);
}

/**
 * The same mapping given as header → field pairs (the web app sends an object, where headers may
 * contain commas). Unknown fields are refused, naming the header.
 */
export function explicitMapping(pairs: [string, string][], issues: Issue[] = []): ExplicitMapping {
  const out: ExplicitMapping = {};
  for (const [header, raw] of pairs) {
    const field = raw
      .replace(/([a-z])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .replace(/[-\s]+/g, '_');
    const platform = platformNamed(raw);
    if (IGNORE_WORDS.has(field)) out[header] = null;
    else if ((INVENTORY_FIELDS as readonly string[]).includes(field)) out[header] = field as InventoryField;
    else if (platform) out[header] = platformColumn(platform);
    else
      issues.push(
        issueFrom(MESSAGES, 'inventory.map_field_unknown', {
          header,
          field: raw,
          fields: INVENTORY_FIELDS.join(', '),
        }),
      );
  }
  if (issues.length)
    throw new Invalid('inventory.map_invalid', issues.map((i) => i.message).join('; '), {}, issues);
  return out;
}

/** A platform named in a mapping: its id (`x`, `platform:x`) or a name Vigie knows exactly ("Twitter"). */
function platformNamed(raw: string): string | null {
  const text = raw.trim().replace(/^platform:/i, '');
  if (!text) return null;
  const byId = getPlatform(text.toLowerCase());
  if (byId) return byId.id;
  const found = parsePlatformName(text);
  return found?.exact ? found.platform.id : null;
}

export interface RecognisedColumns {
  /** `wide` when columns are platforms (a row per person or brand), else `long` (a row per presence). */
  layout: 'long' | 'wide';
  /** One entry per header: its field, or null when the column is ignored or is a platform's column. */
  mapping: (InventoryField | null)[];
  /** One entry per header: the platform of a wide inventory's column, else null. */
  platforms: (string | null)[];
  /** Headers given no meaning (ignored). */
  unknown: string[];
  /** Problems that stop an import: two columns for one field, a mapped header that is not in the file. */
  issues: Issue[];
  /** Unknown columns and other things worth telling. */
  warnings: Issue[];
}

/** How sure a column's meaning is: the person's word beats a whole-header match beats a keyword. */
const STRENGTH = { explicit: 3, exact: 2, keyword: 1 } as const;

/**
 * Gives each header a meaning. `explicit` (header text → meaning, from `--map`) wins over recognition;
 * a header naming a platform ("Twitter", "Page Facebook") makes the file a wide inventory.
 * Throws `Invalid` when no column gives a URL, a handle or a platform's accounts: nothing could be
 * imported.
 */
export function recogniseColumns(headers: string[], explicit: ExplicitMapping = {}): RecognisedColumns {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  /** Columns given no field on purpose: set aside by the person, or beaten by another column. */
  const settled = new Set<number>();
  const chosen: { field: InventoryField | null; strength: number }[] = headers.map((h) => {
    const f = fieldOfHeader(h);
    return f
      ? { field: f.field, strength: f.exact ? STRENGTH.exact : STRENGTH.keyword }
      : { field: null, strength: 0 };
  });
  const platforms: (string | null)[] = headers.map(() => null);
  const givenByPerson = new Set<number>();

  for (const [header, meaning] of Object.entries(explicit)) {
    const at = findHeader(headers, header);
    if (at < 0) {
      issues.push(
        issueFrom(
          MESSAGES,
          'inventory.map_header_unknown',
          { header, columns: listHeaders(headers) },
          { column: header },
        ),
      );
      continue;
    }
    givenByPerson.add(at);
    const platform = platformOfColumn(meaning);
    chosen[at] = { field: platform ? null : (meaning as InventoryField | null), strength: STRENGTH.explicit };
    platforms[at] = platform;
    if (meaning === null) settled.add(at);
  }

  // A header that names a platform is that platform's column, unless the person said otherwise.
  headers.forEach((h, i) => {
    if (givenByPerson.has(i)) return;
    const platform = platformOfHeader(h);
    // "Site web" or "Blog" may be the website's column; "Site" alone is too often a place.
    const field = chosen[i]!.field;
    if (platform && (!PSEUDO_PLATFORMS.has(platform) || field === null || field === 'url'))
      platforms[i] = platform;
  });
  // "Site web" or "Blog" is a wide inventory's website column only beside a social platform's column.
  const wide = platforms.some((p) => p !== null && !PSEUDO_PLATFORMS.has(p));
  if (wide) widen(headers, chosen, platforms, givenByPerson, settled, issues, warnings);
  else
    platforms.forEach((p, i) => {
      if (p && !givenByPerson.has(i)) platforms[i] = null;
    });
  platforms.forEach((p, i) => {
    if (p) chosen[i] = { field: null, strength: 0 };
  });

  // One column per field: the strongest match keeps it; equals are a conflict the person must settle.
  const byField = new Map<InventoryField, number[]>();
  chosen.forEach((c, i) => {
    if (c.field) byField.set(c.field, [...(byField.get(c.field) ?? []), i]);
  });
  for (const [field, cols] of byField) {
    if (cols.length < 2) continue;
    const best = Math.max(...cols.map((i) => chosen[i]!.strength));
    const winners = cols.filter((i) => chosen[i]!.strength === best);
    if (winners.length > 1) {
      issues.push(
        issueFrom(
          MESSAGES,
          'inventory.column_duplicate',
          { field, columns: winners.map((i) => `"${headers[i]}"`).join(', ') },
          { column: headers[winners[1]!], field },
        ),
      );
    }
    // The first of the strongest keeps the field, so the mapping is usable even before it is fixed.
    for (const i of cols) {
      if (i === winners[0]) continue;
      chosen[i] = { field: null, strength: 0 };
      settled.add(i);
      if (winners.includes(i)) continue;
      warnings.push(
        issueFrom(
          MESSAGES,
          'inventory.column_shadowed',
          { column: headers[i]!, field, kept: headers[winners[0]!]! },
          { column: headers[i], field },
        ),
      );
    }
  }

  const mapping = chosen.map((c) => c.field);
  const unknown: string[] = [];
  headers.forEach((h, i) => {
    if (mapping[i] !== null || platforms[i] !== null || settled.has(i)) return;
    if (h.trim() === '') {
      warnings.push(issueFrom(MESSAGES, 'inventory.column_no_header', { n: i + 1 }));
      return;
    }
    unknown.push(h);
    warnings.push(issueFrom(MESSAGES, 'inventory.column_unknown', { column: h }, { column: h }));
  });

  if (!wide && !mapping.includes('url') && !mapping.includes('handle')) {
    const issue = issueFrom(MESSAGES, 'inventory.no_profile_column', { columns: listHeaders(headers) });
    throw new Invalid(issue.code, issue.message, issue.params, [issue, ...issues]);
  }
  return { layout: wide ? 'wide' : 'long', mapping, platforms, unknown, issues, warnings };
}

/** Fields that name one presence: in a wide inventory, each platform's column does that instead. */
const LONG_ONLY: readonly InventoryField[] = ['id', 'platform', 'url', 'handle'];

/**
 * A wide inventory: columns that name one presence (platform, URL, handle, Vigie id) cannot say which
 * of the row's accounts they are about. Recognised ones are set aside with a warning; ones the person
 * mapped are a conflict to settle.
 */
function widen(
  headers: string[],
  chosen: { field: InventoryField | null; strength: number }[],
  platforms: (string | null)[],
  givenByPerson: Set<number>,
  settled: Set<number>,
  issues: Issue[],
  warnings: Issue[],
): void {
  const wideColumns = () =>
    headers
      .filter((_, i) => platforms[i] !== null)
      .map((h) => `"${h}"`)
      .join(', ');
  chosen.forEach((c, i) => {
    if (platforms[i] || !c.field || !LONG_ONLY.includes(c.field)) return;
    const column = headers[i]!;
    if (givenByPerson.has(i)) {
      issues.push(
        issueFrom(
          MESSAGES,
          'inventory.wide_long_conflict',
          { column, field: c.field, platforms: wideColumns() },
          { column, field: c.field },
        ),
      );
      return;
    }
    chosen[i] = { field: null, strength: 0 };
    settled.add(i);
    warnings.push(
      issueFrom(
        MESSAGES,
        'inventory.wide_column_ignored',
        { column, field: c.field, platforms: wideColumns() },
        { column, field: c.field },
      ),
    );
  });
}

function findHeader(headers: string[], wanted: string): number {
  const exact = headers.findIndex((h) => h.trim() === wanted.trim());
  if (exact >= 0) return exact;
  const key = headerKey(wanted);
  return key ? headers.findIndex((h) => headerKey(h) === key) : -1;
}

function listHeaders(headers: string[]): string {
  const named = headers.filter((h) => h.trim() !== '');
  return named.length ? named.map((h) => `"${h}"`).join(', ') : '—';
}
