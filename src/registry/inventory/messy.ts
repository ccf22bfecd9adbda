// A deterministic, realistic and messy inventory of a fictional French group (Avenor), as a CSV a
// communication department would really hand over: mixed header spellings, URLs written every way,
// misspelt platform names, repeated presences, French dates and counts, people and units written
// several ways, blank cells. Every row is valid, so a benchmark imports all of it.

/** Mulberry32: a small seeded generator, so the same seed always gives the same file. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const chance = (r: Rand, p: number) => r() < p;

/** One header spelling per file for each column, in this order. */
const HEADERS: readonly (readonly string[])[] = [
  ['Réseau', 'Plateforme', 'Réseau social', 'Network'],
  ['URL', 'Lien', 'Adresse', 'Profile URL'],
  ['Compte', 'Identifiant', 'Pseudo', '@'],
  ['Nom du compte', 'Nom', 'Account name'],
  ['Entité', 'Direction', 'BU', 'Service'],
  ['Responsable', 'Propriétaire', 'Owner', 'Gestionnaire'],
  ['Suppléant', 'Backup'],
  ['Abonnés', 'Fans', 'Followers', 'Communauté'],
  ['Date de création', 'Créé le'],
  ['Dernier post', 'Dernière activité', 'Last post'],
  ['Statut', 'État'],
  ['Langue(s)', 'Langue'],
  ['MFA', '2FA', 'Double authentification'],
  ['E-mail de récupération', 'Contact de récupération'],
  ['Commentaires', 'Remarques', 'Notes'],
  ['Validé COMEX', 'Col16'],
];

/** Units, each written in a few ways that differ only by case, accents or punctuation. */
const UNITS: readonly (readonly string[])[] = [
  ['Direction de la communication', 'DIRECTION DE LA COMMUNICATION', 'direction de la communication'],
  ['Avenor Énergie', 'AVENOR ENERGIE', 'Avenor energie'],
  ['Avenor Mobilité', 'Avenor mobilite', 'AVENOR MOBILITÉ'],
  ['Avenor Services', 'avenor services'],
  ['Région Sud-Ouest', 'REGION SUD OUEST', 'Région Sud Ouest'],
  ['Région Grand Est', 'région grand est'],
  ['Région Auvergne-Rhône-Alpes', 'Region Auvergne Rhone Alpes'],
  ['Avenor Belgique', 'AVENOR BELGIQUE'],
  ['Avenor España', 'Avenor Espana'],
  ['Avenor UK', 'avenor uk'],
  ['Ressources humaines', 'RESSOURCES HUMAINES', 'Ressources Humaines'],
  ['Agence Pixelis', 'agence pixelis'],
];

/** Handle stems per unit (at most 9 characters, so a numeric suffix keeps X's 15-character limit). */
const STEMS = [
  'avenor',
  'avenornrj',
  'avenormob',
  'avenorsvc',
  'avenorsud',
  'avenorest',
  'avenorara',
  'avenorbe',
  'avenores',
  'avenoruk',
  'avenorrh',
  'pixelis',
];
const NAMES = [
  'Avenor',
  'Avenor Énergie',
  'Avenor Mobilité',
  'Avenor Services',
  'Avenor Sud-Ouest',
  'Avenor Grand Est',
  'Avenor AURA',
  'Avenor België',
  'Avenor España',
  'Avenor UK',
  'Avenor Recrute',
  'Pixelis pour Avenor',
];

/** People, each written several ways: name, e-mail, both, shouted. */
const PEOPLE: readonly [string, string][] = [
  ['Claire Martin', 'claire.martin'],
  ['Julien Lefèvre', 'julien.lefevre'],
  ['Sophie Bernard', 'sophie.bernard'],
  ['Karim Benali', 'karim.benali'],
  ['Émilie Roux', 'emilie.roux'],
  ['Thomas Girard', 'thomas.girard'],
  ['Nathalie Faure', 'nathalie.faure'],
  ['Pierre-Yves Le Gall', 'pierre-yves.legall'],
  ['Laura Sánchez', 'laura.sanchez'],
  ['James Whitfield', 'james.whitfield'],
  ['Inès Moreau', 'ines.moreau'],
  ['Lucas Petit', 'lucas.petit'],
];

function personText(r: Rand, [name, local]: [string, string]): string {
  const email = `${local}@avenor.fr`;
  return pick(r, [name, name, name, email, `${name} <${email}>`, name.toUpperCase()]);
}

interface PlatformStyle {
  id: string;
  weight: number;
  names: string[];
  urls: ((h: string) => string)[];
  /** A handle alone ("@name") with the platform column is enough. */
  handleOnly?: boolean;
  dead?: boolean;
}

const cap = (h: string) => h.charAt(0).toUpperCase() + h.slice(1);

const PLATFORMS: readonly PlatformStyle[] = [
  {
    id: 'facebook',
    weight: 22,
    names: ['Facebook', 'facebook', 'FB', 'Face book', 'Page Facebook'],
    urls: [
      (h) => `https://www.facebook.com/${h}`,
      (h) => `http://facebook.com/${h}/`,
      (h) => `https://fr-fr.facebook.com/${h}`,
      (h) => `https://m.facebook.com/${h}/about`,
      (h) => `www.facebook.com/${h}?ref=bookmarks`,
      (h) => `facebook.com/${cap(h)}`,
    ],
  },
  {
    id: 'x',
    weight: 18,
    names: ['Twitter', 'twitter', 'X', 'x', 'X (ex-Twitter)'],
    urls: [
      (h) => `https://twitter.com/${h}`,
      (h) => `https://x.com/${h}`,
      (h) => `http://www.twitter.com/${cap(h)}`,
      (h) => `twitter.com/${h}`,
      (h) => `https://mobile.twitter.com/${h}`,
    ],
    handleOnly: true,
  },
  {
    id: 'instagram',
    weight: 14,
    names: ['Instagram', 'instagram', 'Intagram', 'Insta'],
    urls: [
      (h) => `https://www.instagram.com/${h}/`,
      (h) => `instagram.com/${h}`,
      (h) => `http://instagram.com/${cap(h)}`,
      (h) => `https://www.instagram.com/${h}/?hl=fr`,
    ],
    handleOnly: true,
  },
  {
    id: 'linkedin',
    weight: 12,
    names: ['LinkedIn', 'Linkedin', 'linkedin'],
    urls: [
      (h) => `https://www.linkedin.com/company/${h}`,
      (h) => `https://fr.linkedin.com/company/${h}/about/`,
      (h) => `linkedin.com/company/${h}/`,
    ],
  },
  {
    id: 'youtube',
    weight: 10,
    names: ['YouTube', 'Youtube', 'youtube'],
    urls: [
      (h) => `https://www.youtube.com/@${h}`,
      (h) => `youtube.com/@${h}/videos`,
      (h) => `https://m.youtube.com/@${h}`,
    ],
  },
  {
    id: 'tiktok',
    weight: 5,
    names: ['TikTok', 'Tik Tok', 'tiktok'],
    urls: [(h) => `https://www.tiktok.com/@${h}`, (h) => `tiktok.com/@${h}?lang=fr`],
    handleOnly: true,
  },
  {
    id: 'pinterest',
    weight: 4,
    names: ['Pinterest'],
    urls: [(h) => `https://www.pinterest.fr/${h}/`, (h) => `https://pinterest.com/${h}`],
  },
  {
    id: 'dailymotion',
    weight: 3,
    names: ['Dailymotion', 'DailyMotion'],
    urls: [(h) => `https://www.dailymotion.com/${h}`, (h) => `dailymotion.com/${h}`],
  },
  {
    id: 'viadeo',
    weight: 2,
    names: ['Viadeo'],
    urls: [(h) => `http://www.viadeo.com/fr/company/${h}`],
    dead: true,
  },
  {
    id: 'googleplus',
    weight: 2,
    names: ['Google+', 'Google Plus', 'G+'],
    urls: [(h) => `https://plus.google.com/+${cap(h)}`],
    dead: true,
  },
  {
    id: 'flickr',
    weight: 2,
    names: ['Flickr', 'Flicker'],
    urls: [(h) => `https://www.flickr.com/photos/${h}/`, (h) => `flickr.com/photos/${h}`],
  },
  { id: 'vimeo', weight: 2, names: ['Vimeo'], urls: [(h) => `https://vimeo.com/${h}`] },
  {
    id: 'snapchat',
    weight: 1,
    names: ['Snapchat', 'Snap'],
    urls: [(h) => `https://www.snapchat.com/add/${h}`],
  },
  { id: 'threads', weight: 1, names: ['Threads'], urls: [(h) => `https://www.threads.net/@${h}`] },
  { id: 'mastodon', weight: 1, names: ['Mastodon'], urls: [(h) => `https://mastodon.social/@${h}`] },
  {
    id: 'bluesky',
    weight: 1,
    names: ['Bluesky', 'Blue Sky'],
    urls: [(h) => `https://bsky.app/profile/${h}.bsky.social`],
  },
  {
    id: 'website',
    weight: 2,
    names: ['Site web', 'Blog', ''],
    urls: [(h) => `https://www.avenor.fr/${h}`, (h) => `http://blog.avenor.fr/${h}/`],
  },
];

const TOTAL_WEIGHT = PLATFORMS.reduce((s, p) => s + p.weight, 0);

function pickPlatform(r: Rand): PlatformStyle {
  let x = r() * TOTAL_WEIGHT;
  for (const p of PLATFORMS) {
    x -= p.weight;
    if (x < 0) return p;
  }
  return PLATFORMS[0]!;
}

const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const pad = (n: number) => String(n).padStart(2, '0');

function frenchDate(r: Rand, y: number, m: number, d: number): string {
  return pick(r, [
    `${pad(d)}/${pad(m)}/${y}`,
    `${pad(d)}/${pad(m)}/${y}`,
    `${d} ${MONTHS_FR[m - 1]} ${y}`,
    `${MONTHS_FR[m - 1]} ${y}`,
    `${y}-${pad(m)}-${pad(d)}`,
    `${d}/${m}/${String(y).slice(2)}`,
    '',
  ]);
}

function count(r: Rand): string {
  const n = Math.floor(10 ** (1 + r() * 4.7));
  const spaced = n.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');
  return pick(r, [
    String(n),
    spaced,
    spaced,
    `${spaced} abonnés`,
    n >= 1000 ? `${(n / 1000).toFixed(1).replace('.', ',')} k` : String(n),
    n >= 1000 ? `${(n / 1000).toFixed(1)}K` : String(n),
    '',
  ]);
}

const STATUSES = [
  'actif',
  'Actif',
  'ACTIF',
  'en sommeil',
  'Inactif',
  'abandonné',
  'à fermer',
  'Dormant',
  '?',
  '',
];
const LANGUAGES = ['FR', 'fr', 'français', 'FR/EN', 'Français, anglais', 'fr-en', 'Anglais', 'EN', 'ES', ''];
const MFA = ['oui', 'Oui (SMS)', 'non', 'Non', '?', '', '', 'activé'];
const NOTES = [
  '',
  '',
  '',
  '',
  'Compte créé par l’agence ; à vérifier',
  'Mot de passe chez l’ancien stagiaire',
  '"Doublon ?" voir avec la com',
  'Ancienne page du salon 2014\nplus alimentée depuis',
  '<b>Important</b> : ne pas supprimer',
  '=SOMME(A1:A3)',
  'Page fan reprise en 2016, ex-"Avenor Energies"',
];

interface Presence {
  style: PlatformStyle;
  handle: string;
  unit: number;
  name: string;
  owner: number | null;
  deputy: number | null;
  created: [number, number, number];
}

const csvCell = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function messyInventoryCsv(rows: number, seed = 1): string {
  const r = prng(seed);
  const headers = HEADERS.map((variants) => pick(r, variants));
  const lines = [headers.map(csvCell).join(';')];
  const made: Presence[] = [];
  const used = new Map<string, number>();

  for (let i = 0; i < rows; i++) {
    const repeat = made.length > 10 && chance(r, 0.06);
    const p = repeat ? pick(r, made) : newPresence(r, used);
    if (!repeat) made.push(p);
    lines.push(rowCells(r, p, repeat).map(csvCell).join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function newPresence(r: Rand, used: Map<string, number>): Presence {
  const style = pickPlatform(r);
  const unit = Math.floor(r() * UNITS.length);
  const stem = STEMS[unit]!;
  const n = used.get(`${style.id}:${stem}`) ?? 0;
  used.set(`${style.id}:${stem}`, n + 1);
  const y = 2008 + Math.floor(r() * 13);
  return {
    style,
    handle: n === 0 ? stem : `${stem}${n + 1}`,
    unit,
    name: n === 0 ? NAMES[unit]! : `${NAMES[unit]} ${n + 1}`,
    owner: chance(r, 0.75) ? Math.floor(r() * PEOPLE.length) : null,
    deputy: chance(r, 0.3) ? Math.floor(r() * PEOPLE.length) : null,
    created: [y, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28)],
  };
}

function rowCells(r: Rand, p: Presence, repeat: boolean): string[] {
  const { style } = p;
  const blank = (v: string) => (repeat && chance(r, 0.3) ? '' : v);
  const handleOnly = style.handleOnly === true && chance(r, 0.15);
  const url = handleOnly ? '' : pick(r, style.urls)(p.handle);
  const handle = handleOnly ? `@${p.handle}` : chance(r, 0.2) && style.handleOnly ? p.handle : '';
  // A few rows name the wrong platform: the URL must win.
  const wrong = !handleOnly && chance(r, 0.02);
  const platform = handleOnly
    ? pick(r, style.names.filter(Boolean))
    : wrong
      ? 'Facebook'
      : chance(r, 0.1)
        ? ''
        : pick(r, style.names);
  const [y, m, d] = p.created;
  const lastYear = Math.min(2024, y + Math.floor(r() * 8));
  const status = style.dead ? pick(r, ['abandonné', 'Fermé', '']) : pick(r, STATUSES);
  const recovery = pick(r, [
    'communication@avenor.fr',
    `${PEOPLE[p.owner ?? 0]![1]}@gmail.com`,
    'social.media@avenor.com',
    'perso',
    '',
    '?',
    'c.martin@hotmail.fr',
  ]);
  return [
    platform,
    url,
    handle,
    blank(p.name),
    blank(pick(r, UNITS[p.unit]!)),
    p.owner === null ? '' : blank(personText(r, PEOPLE[p.owner]!)),
    p.deputy === null ? '' : personText(r, PEOPLE[p.deputy]!),
    blank(count(r)),
    blank(frenchDate(r, y, m, d)),
    blank(frenchDate(r, lastYear, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28))),
    blank(status),
    blank(pick(r, LANGUAGES)),
    blank(pick(r, MFA)),
    blank(recovery),
    blank(pick(r, NOTES)),
    chance(r, 0.2) ? 'x' : '',
  ];
}
