// The deterministic demo organisation: Groupe Ombreval, a fictional French group whose social-media
// presence grew the way the sources describe ("présence anarchique"): accounts opened by the hub, the
// business units, the regions, the subsidiaries abroad and an outside agency, then forgotten.
//
// Everything is plain data. The tables below are written by hand; what would be tedious to write for
// 184 rows (dates, audiences, who holds what, MFA, recovery contacts) is drawn from a small seeded
// PRNG, seeded per row from the row's own identity, so editing one row never reshuffles the others.
// There is no Math.random and no clock: "today" is DEMO_TODAY and every date is relative to it.
// Bios (drawn with a generator of their own, so the rest is unchanged) and a few names carry the
// brand-charter mess the audit finds; what the presences published is in activity.ts.
import type {
  DemoMfa,
  DemoOrganisation,
  DemoPerson,
  DemoPresence,
  DemoPresenceStatus,
  DemoRecoveryContact,
  DemoUnit,
} from './model.ts';
import { addMonths, dayOf, hashString, int, isoOf, mulberry32, pick, type Rng } from './random.ts';

/** The demo's "today": every date of the demo is on or before it. */
export const DEMO_TODAY = '2026-11-02';

/** The group's fictional e-mail domain (`.example` is reserved by RFC 2606). */
export const DEMO_DOMAIN = 'ombreval.example';

/**
 * The brand charter the demo's mess is planted against (the audit's settings, `charter`): display
 * names carry the group's or its bike brand's name (a case-sensitive regular expression, as the audit
 * reads it), every bio links to the group's site, and the group publishes in French, English, Dutch
 * and Spanish: the Moroccan accounts that took up Arabic never had it approved.
 */
export const DEMO_CHARTER = {
  namePattern: 'Ombreval|Vélomb',
  requiredLink: DEMO_DOMAIN,
  languages: ['fr', 'en', 'nl', 'es'],
} as const;

// Figures of the 178 presences, pinned so that other tests can rely on them (organisation.test.ts
// checks them against the data: change them only on purpose).
/** Presences with a bio. */
export const DEMO_BIOS = 140;
/** Bios that do not hold the charter's link (forgotten regional pages, the agency's, old pages…). */
export const DEMO_BIOS_WITHOUT_LINK = 55;
/** Display names that do not match the charter's pattern (old brand names, handles, capitals…). */
export const DEMO_NAMES_OFF_CHARTER = 11;
/** Presences that publish in a language the charter does not list. */
export const DEMO_LANGUAGES_OFF_CHARTER = 5;
const AGENCY_DOMAIN = 'hublot-plume.example';

const TODAY = dayOf(DEMO_TODAY);
/** Last activity within the last two months: the account lives. */
const RECENT_FROM = TODAY - 60;
/** 18 and 6 months before today: the dormant band lies strictly between them, abandoned is before. */
const EIGHTEEN_MONTHS_AGO = dayOf(addMonths(DEMO_TODAY, -18));
const SIX_MONTHS_AGO = dayOf(addMonths(DEMO_TODAY, -6));
const EARLIEST = dayOf('2008-01-01');
const LATEST_CREATION = dayOf('2025-12-31');

// ---------------------------------------------------------------------------------------------------
// Units: the hub, its spokes, and how well each one is run.

const UNITS: DemoUnit[] = [
  { key: 'hub', name: 'Direction de la communication groupe', kind: 'hub', country: 'FR' },
  { key: 'rh', name: 'Direction des ressources humaines', kind: 'other', parent: 'hub', country: 'FR' },
  { key: 'energie', name: 'Branche Énergie', kind: 'business_unit', parent: 'hub', country: 'FR' },
  { key: 'mobilite', name: 'Branche Mobilité', kind: 'business_unit', parent: 'hub', country: 'FR' },
  { key: 'services', name: 'Branche Services', kind: 'business_unit', parent: 'hub', country: 'FR' },
  { key: 'immobilier', name: 'Branche Immobilier', kind: 'business_unit', parent: 'hub', country: 'FR' },
  {
    key: 'velomb',
    name: 'Vélomb (vélos en libre-service)',
    kind: 'brand',
    parent: 'mobilite',
    country: 'FR',
  },
  { key: 'habitat', name: 'Ombreval Habitat', kind: 'brand', parent: 'immobilier', country: 'FR' },
  {
    key: 'ara',
    name: 'Direction régionale Auvergne-Rhône-Alpes',
    kind: 'region',
    parent: 'hub',
    country: 'FR',
  },
  { key: 'hdf', name: 'Direction régionale Hauts-de-France', kind: 'region', parent: 'hub', country: 'FR' },
  { key: 'occitanie', name: 'Direction régionale Occitanie', kind: 'region', parent: 'hub', country: 'FR' },
  {
    key: 'paca',
    name: 'Direction régionale Provence-Alpes-Côte d’Azur',
    kind: 'region',
    parent: 'hub',
    country: 'FR',
  },
  { key: 'international', name: 'Direction internationale', kind: 'other', parent: 'hub' },
  { key: 'belgique', name: 'Ombreval Belgique', kind: 'region', parent: 'international', country: 'BE' },
  { key: 'quebec', name: 'Ombreval Canada (Québec)', kind: 'region', parent: 'international', country: 'CA' },
  { key: 'maroc', name: 'Ombreval Maroc', kind: 'region', parent: 'international', country: 'MA' },
  { key: 'espagne', name: 'Ombreval España', kind: 'region', parent: 'international', country: 'ES' },
  {
    key: 'agence',
    name: 'Agence Hublot & Plume (prestataire)',
    kind: 'agency',
    parent: 'hub',
    country: 'FR',
  },
];

type Purpose =
  | 'awareness'
  | 'engagement'
  | 'care'
  | 'recruitment'
  | 'employer'
  | 'leads'
  | 'traffic'
  | 'press'
  | 'info'
  | 'local'
  | 'opendata'
  | 'devrel'
  | 'campaign';

/** How each objective reads in the inventory (in French, as the hub wrote them). */
const OBJECTIVES: Record<Purpose, string> = {
  awareness: 'Notoriété',
  engagement: 'Engagement de la communauté',
  care: 'Relation client : répondre aux demandes sous 24 h',
  recruitment: 'Recrutement',
  employer: 'Marque employeur',
  leads: 'Génération de leads',
  traffic: 'Trafic vers le site',
  press: 'Relations presse',
  info: 'Information voyageurs en temps réel',
  local: 'Visibilité locale (agences et points de vente)',
  opendata: 'Publication des données ouvertes',
  devrel: 'Relations développeurs (API)',
  campaign: 'Campagne ponctuelle',
};

const PURPOSE_TAGS: Partial<Record<Purpose, string>> = {
  care: 'service-client',
  recruitment: 'recrutement',
  employer: 'recrutement',
  press: 'presse',
  info: 'info-trafic',
  local: 'point-de-vente',
  leads: 'prospection',
  campaign: 'campagne',
};

interface UnitProfile {
  /** 0 = nobody knows anything, 1 = every account has an owner, a custodian, MFA and a corporate e-mail. */
  maturity: number;
  /** Audience relative to the hub's on the same platform. */
  weight: number;
  languages: string[];
  /** No account of the unit was opened before. */
  since: string;
  /** Inventory tag every presence of the unit carries. */
  tag: string;
  purpose?: Purpose;
}

const PROFILES: Record<string, UnitProfile> = {
  hub: { maturity: 0.85, weight: 1, languages: ['fr'], since: '2008-01-01', tag: 'corporate' },
  rh: {
    maturity: 0.55,
    weight: 0.3,
    languages: ['fr'],
    since: '2009-01-01',
    tag: 'marque-employeur',
    purpose: 'recruitment',
  },
  energie: { maturity: 0.5, weight: 0.45, languages: ['fr'], since: '2008-01-01', tag: 'métier' },
  mobilite: { maturity: 0.55, weight: 0.35, languages: ['fr'], since: '2009-01-01', tag: 'métier' },
  services: { maturity: 0.5, weight: 0.2, languages: ['fr'], since: '2010-01-01', tag: 'métier' },
  immobilier: { maturity: 0.4, weight: 0.15, languages: ['fr'], since: '2010-01-01', tag: 'métier' },
  velomb: { maturity: 0.3, weight: 0.45, languages: ['fr'], since: '2014-04-01', tag: 'marque' },
  habitat: { maturity: 0.45, weight: 0.25, languages: ['fr'], since: '2012-01-01', tag: 'marque' },
  ara: { maturity: 0.3, weight: 0.06, languages: ['fr'], since: '2009-01-01', tag: 'région' },
  hdf: { maturity: 0.25, weight: 0.05, languages: ['fr'], since: '2009-01-01', tag: 'région' },
  occitanie: { maturity: 0.3, weight: 0.05, languages: ['fr'], since: '2009-01-01', tag: 'région' },
  paca: { maturity: 0.3, weight: 0.05, languages: ['fr'], since: '2011-01-01', tag: 'région' },
  international: { maturity: 0.5, weight: 0.1, languages: ['en'], since: '2011-01-01', tag: 'international' },
  belgique: {
    maturity: 0.45,
    weight: 0.12,
    languages: ['fr', 'nl'],
    since: '2009-01-01',
    tag: 'international',
  },
  quebec: { maturity: 0.5, weight: 0.2, languages: ['fr-CA'], since: '2010-01-01', tag: 'international' },
  maroc: { maturity: 0.35, weight: 0.5, languages: ['fr', 'ar'], since: '2012-01-01', tag: 'international' },
  espagne: { maturity: 0.4, weight: 0.12, languages: ['es'], since: '2013-01-01', tag: 'international' },
  agence: {
    maturity: 0.15,
    weight: 0.3,
    languages: ['fr'],
    since: '2012-01-01',
    tag: 'agence',
    purpose: 'campaign',
  },
};

// ---------------------------------------------------------------------------------------------------
// People: [first name, last name, unit, job title, left on]. Keys and e-mails are derived from the names.

type PersonRow = [first: string, last: string, unit: string, jobTitle: string, leftOn?: string];

const PEOPLE_ROWS: PersonRow[] = [
  ['Hélène', 'Marchand', 'hub', 'Directrice de la communication groupe'],
  ['Thomas', 'Lefèvre', 'hub', 'Responsable communication digitale'],
  ['Camille', 'Roussel', 'hub', 'Community manager'],
  ['Julien', 'Garnier', 'hub', 'Community manager', '2021-09-30'],
  ['Sophie', 'Vidal', 'hub', 'Chargée de relations presse'],
  ['Nicolas', 'Perrin', 'hub', 'Chef de projet médias sociaux', '2019-06-28'],
  ['Inès', 'Boucher', 'hub', 'Chargée de marketing digital'],
  ['Marc', 'Aubert', 'hub', 'Responsable de la sécurité des systèmes d’information'],
  ['Laure', 'Benoît', 'hub', 'Responsable veille et e-réputation', '2017-03-31'],
  ['Antoine', 'Carpentier', 'hub', 'Records manager, archives et conformité'],
  ['Nadia', 'Haddad', 'rh', 'Responsable marque employeur'],
  ['Pauline', 'Lemaire', 'rh', 'Chargée de recrutement', '2022-01-14'],
  ['Romain', 'Chevalier', 'rh', 'Chargé de communication RH'],
  ['Céline', 'Fabre', 'energie', 'Responsable communication Énergie'],
  ['Maxime', 'Girard', 'energie', 'Community manager'],
  ['Aurélie', 'Dumas', 'energie', 'Community manager', '2020-11-30'],
  ['Benoît', 'Marchal', 'energie', 'Chargé de marketing digital', '2018-05-31'],
  ['Sarah', 'Lambert', 'energie', 'Responsable relation client digitale'],
  ['Damien', 'Roche', 'mobilite', 'Responsable communication Mobilité'],
  ['Élodie', 'Fournier', 'mobilite', 'Community manager'],
  ['Kevin', 'Morel', 'mobilite', 'Chargé de communication', '2017-09-15'],
  ['Manon', 'Giraud', 'mobilite', 'Chargée d’information voyageurs'],
  ['Léa', 'Colin', 'velomb', 'Cheffe de marque Vélomb'],
  ['Hugo', 'Brunet', 'velomb', 'Chef de produit', '2023-03-31'],
  ['Olivier', 'Mercier', 'services', 'Responsable marketing Services'],
  ['Caroline', 'Noël', 'services', 'Chargée de communication B2B'],
  ['Franck', 'Renaud', 'services', 'Responsable développement commercial', '2019-12-20'],
  ['Yann', 'Le Goff', 'services', 'Développeur, relations développeurs'],
  ['Isabelle', 'Faure', 'immobilier', 'Responsable communication Immobilier'],
  ['Guillaume', 'Bertin', 'immobilier', 'Chargé de marketing digital', '2016-10-31'],
  ['Anaïs', 'Robin', 'immobilier', 'Community manager'],
  ['Clémence', 'Arnaud', 'habitat', 'Responsable marketing Ombreval Habitat'],
  ['Mathieu', 'Barbier', 'habitat', 'Chargé de communication commerciale'],
  ['Stéphane', 'Moulin', 'ara', 'Délégué régional'],
  ['Virginie', 'Blanc', 'ara', 'Chargée de communication régionale'],
  ['Cédric', 'Rolland', 'ara', 'Chargé de communication', '2018-02-28'],
  ['Frédéric', 'Lemoine', 'hdf', 'Directeur régional'],
  ['Audrey', 'Vasseur', 'hdf', 'Chargée de communication régionale'],
  ['Grégory', 'Delattre', 'hdf', 'Webmaster régional', '2016-06-30'],
  ['Laurent', 'Bousquet', 'occitanie', 'Délégué régional'],
  ['Marion', 'Sabatier', 'occitanie', 'Chargée de communication'],
  ['Jérôme', 'Castan', 'occitanie', 'Chargé de communication', '2019-08-31'],
  ['Sandrine', 'Giordano', 'paca', 'Chargée de communication régionale'],
  ['Fabien', 'Ricci', 'paca', 'Stagiaire communication', '2021-08-31'],
  ['Catherine', 'Leroy', 'international', 'Directrice de la communication internationale'],
  ['Daniel', 'Hoffmann', 'international', 'International communications officer', '2020-02-29'],
  ['Pieter', 'Janssens', 'belgique', 'Communicatieverantwoordelijke / responsable communication'],
  ['Lotte', 'Peeters', 'belgique', 'Community manager'],
  ['Luc', 'Dewitte', 'belgique', 'Chargé de communication', '2019-03-31'],
  ['Émilie', 'Tremblay', 'quebec', 'Conseillère en communication numérique'],
  ['Jean-François', 'Gagnon', 'quebec', 'Directeur des communications'],
  ['Mélanie', 'Côté', 'quebec', 'Gestionnaire de communauté', '2022-06-30'],
  ['Yasmine', 'El Amrani', 'maroc', 'Responsable communication Maroc'],
  ['Karim', 'Benjelloun', 'maroc', 'Community manager'],
  ['Salma', 'Tazi', 'maroc', 'Chargée de marketing digital', '2021-04-30'],
  ['Lucía', 'Fernández', 'espagne', 'Responsable de comunicación'],
  ['Javier', 'Ortega', 'espagne', 'Community manager', '2020-07-31'],
  ['Alexandre', 'Dufresne', 'agence', 'Directeur conseil, agence Hublot & Plume'],
  ['Chloé', 'Mallet', 'agence', 'Social media manager, agence Hublot & Plume'],
  ['Théo', 'Lacombe', 'agence', 'Community manager, agence Hublot & Plume', '2020-09-30'],
  ['Jade', 'Rivière', 'agence', 'Directrice de création, agence Hublot & Plume'],
];

/** People the inventory has no e-mail for: an intern, and a freelancer paid by the Québec office. */
const WITHOUT_EMAIL = new Set(['fabien-ricci', 'melanie-cote']);

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function buildPeople(): DemoPerson[] {
  return PEOPLE_ROWS.map(([first, last, unit, jobTitle, leftOn]) => {
    const key = `${slug(first)}-${slug(last)}`;
    const domain = unit === 'agence' ? AGENCY_DOMAIN : DEMO_DOMAIN;
    const person: DemoPerson = {
      key,
      name: `${first} ${last}`,
      unit,
      jobTitle,
      status: leftOn ? 'left' : 'active',
    };
    if (!WITHOUT_EMAIL.has(key)) person.email = `${slug(first)}.${slug(last).replace(/-/g, '')}@${domain}`;
    if (leftOn) person.leftOn = leftOn;
    return person;
  });
}

// ---------------------------------------------------------------------------------------------------
// Platforms: when a brand could open an account there, when it closed, how people paste its URLs.

interface PlatformFacts {
  /** Earliest plausible opening of an organisation's account. */
  from: string;
  /** The platform closed (no activity after this day). */
  until?: string;
  /** Typical audience of the hub's account; absent when the platform shows none. */
  audience?: number;
  purpose: Purpose;
  /** Ways a person writes the profile URL, from the handle. */
  urls: ((h: string) => string)[];
  /** Whether `Foo` and `foo` are the same account (then some pasted URLs are lower-cased). */
  caseInsensitive?: boolean;
  /** The loader cannot tell the platform from the URL's host alone. */
  explicit?: boolean;
}

const PLATFORMS: Record<string, PlatformFacts> = {
  x: {
    from: '2008-01-01',
    audience: 40_000,
    purpose: 'awareness',
    caseInsensitive: true,
    urls: [
      (h) => `https://twitter.com/${h}`,
      (h) => `http://twitter.com/${h}`,
      (h) => `https://x.com/${h}`,
      (h) => `https://www.twitter.com/${h}/`,
      (h) => `https://mobile.twitter.com/${h}`,
      (h) => `https://x.com/${h}/`,
    ],
  },
  facebook: {
    from: '2008-01-01',
    audience: 90_000,
    purpose: 'engagement',
    caseInsensitive: true,
    urls: [
      (h) => `https://www.facebook.com/${h}`,
      (h) => `http://www.facebook.com/${h}/`,
      (h) => `https://fr-fr.facebook.com/${h}/`,
      (h) => `https://m.facebook.com/${h}`,
      (h) => `https://www.facebook.com/${h}/about`,
      (h) => `https://facebook.com/${h}`,
    ],
  },
  instagram: {
    from: '2011-01-01',
    audience: 30_000,
    purpose: 'engagement',
    caseInsensitive: true,
    urls: [
      (h) => `https://www.instagram.com/${h}/`,
      (h) => `https://instagram.com/${h}`,
      (h) => `http://instagram.com/${h}/`,
    ],
  },
  linkedin: {
    from: '2008-06-01',
    audience: 150_000,
    purpose: 'awareness',
    caseInsensitive: true,
    urls: [
      (h) => `https://www.linkedin.com/${h}/`,
      (h) => `https://fr.linkedin.com/${h}`,
      (h) => `https://www.linkedin.com/${h}/about/`,
      (h) => `http://www.linkedin.com/${h}`,
      (h) => `https://linkedin.com/${h}`,
    ],
  },
  youtube: {
    from: '2008-01-01',
    audience: 15_000,
    purpose: 'awareness',
    urls: [
      (h) => `https://www.youtube.com/${h}`,
      (h) => `https://youtube.com/${h}`,
      (h) => `https://m.youtube.com/${h}`,
      (h) => `https://www.youtube.com/${h}/videos`,
      (h) => `http://www.youtube.com/${h}`,
    ],
  },
  tiktok: {
    from: '2018-09-01',
    audience: 12_000,
    purpose: 'engagement',
    caseInsensitive: true,
    urls: [
      (h) => `https://www.tiktok.com/@${h}`,
      (h) => `https://www.tiktok.com/@${h}?lang=fr`,
      (h) => `https://tiktok.com/@${h}/`,
    ],
  },
  pinterest: {
    from: '2012-03-01',
    audience: 3_000,
    purpose: 'traffic',
    caseInsensitive: true,
    urls: [
      (h) => `https://www.pinterest.com/${h}/`,
      (h) => `https://fr.pinterest.com/${h}/`,
      (h) => `https://www.pinterest.fr/${h}/`,
    ],
  },
  threads: {
    from: '2023-07-06',
    audience: 4_000,
    purpose: 'engagement',
    urls: [(h) => `https://www.threads.net/@${h}`, (h) => `https://www.threads.com/@${h}`],
  },
  mastodon: {
    from: '2017-04-01',
    audience: 1_500,
    purpose: 'awareness',
    explicit: true,
    urls: [
      (h) => {
        const [user, host] = h.split('@');
        return `https://${host}/@${user}`;
      },
    ],
  },
  bluesky: {
    from: '2024-02-06',
    audience: 4_000,
    purpose: 'awareness',
    urls: [(h) => `https://bsky.app/profile/${h}`],
  },
  dailymotion: {
    from: '2008-01-01',
    audience: 2_000,
    purpose: 'awareness',
    urls: [(h) => `https://www.dailymotion.com/${h}`, (h) => `http://www.dailymotion.com/${h}`],
  },
  slideshare: {
    from: '2008-01-01',
    audience: 1_500,
    purpose: 'leads',
    urls: [(h) => `https://www.slideshare.net/${h}`, (h) => `http://fr.slideshare.net/${h}`],
  },
  viadeo: {
    from: '2008-01-01',
    audience: 3_000,
    purpose: 'recruitment',
    urls: [(h) => `http://www.viadeo.com/fr/company/${h}`, (h) => `https://fr.viadeo.com/fr/company/${h}`],
  },
  googleplus: {
    from: '2011-11-07',
    until: '2019-04-02',
    audience: 2_500,
    purpose: 'awareness',
    urls: [
      (h) => `https://plus.google.com/${h}`,
      (h) => `https://plus.google.com/${h}/posts`,
      (h) => `https://plus.google.com/u/0/${h}/about`,
    ],
  },
  flickr: {
    from: '2008-01-01',
    audience: 600,
    purpose: 'press',
    urls: [(h) => `https://www.flickr.com/photos/${h}/`, (h) => `http://flickr.com/photos/${h}`],
  },
  vimeo: {
    from: '2008-01-01',
    audience: 400,
    purpose: 'awareness',
    urls: [(h) => `https://vimeo.com/${h}`, (h) => `http://www.vimeo.com/${h}`],
  },
  foursquare: {
    from: '2010-01-01',
    audience: 300,
    purpose: 'local',
    urls: [(h) => `https://foursquare.com/${h}`, (h) => `http://fr.foursquare.com/${h}`],
  },
  scoopit: {
    from: '2011-11-01',
    audience: 500,
    purpose: 'traffic',
    urls: [(h) => `https://www.scoop.it/topic/${h}`, (h) => `http://www.scoop.it/t/${h}`],
  },
  storify: {
    from: '2010-10-01',
    until: '2018-05-16',
    audience: 200,
    purpose: 'press',
    urls: [(h) => `https://storify.com/${h}`, (h) => `http://storify.com/${h}/`],
  },
  periscope: {
    from: '2015-03-26',
    until: '2021-03-31',
    audience: 900,
    purpose: 'engagement',
    urls: [(h) => `https://www.periscope.tv/${h}`, (h) => `https://pscp.tv/${h}`],
  },
  vine: {
    from: '2013-01-24',
    until: '2017-01-17',
    audience: 1_500,
    purpose: 'engagement',
    urls: [(h) => `https://vine.co/${h}`, (h) => `http://vine.co/${h}`],
  },
  tumblr: {
    from: '2008-01-01',
    audience: 700,
    purpose: 'awareness',
    urls: [
      (h) => `https://${h}.tumblr.com/`,
      (h) => `http://${h}.tumblr.com`,
      (h) => `https://www.tumblr.com/${h}`,
    ],
  },
  blogger: {
    from: '2008-01-01',
    audience: 400,
    purpose: 'traffic',
    urls: [(h) => `https://${h}.blogspot.com/`, (h) => `http://${h}.blogspot.fr/`],
  },
  wordpress: {
    from: '2008-01-01',
    audience: 600,
    purpose: 'traffic',
    urls: [(h) => `https://${h}.wordpress.com/`, (h) => `http://${h}.wordpress.com`],
  },
  soundcloud: {
    from: '2009-01-01',
    audience: 500,
    purpose: 'awareness',
    urls: [(h) => `https://soundcloud.com/${h}`, (h) => `https://m.soundcloud.com/${h}`],
  },
  snapchat: {
    from: '2015-01-01',
    purpose: 'engagement',
    urls: [(h) => `https://www.snapchat.com/add/${h}`, (h) => `https://snapchat.com/add/${h}`],
  },
  github: {
    from: '2009-01-01',
    audience: 150,
    purpose: 'devrel',
    caseInsensitive: true,
    urls: [(h) => `https://github.com/${h}`],
  },
  'google-business': {
    from: '2014-06-01',
    purpose: 'local',
    explicit: true,
    urls: [(h) => `https://g.page/${h}`, (h) => `https://g.page/${h}?share`],
  },
  medium: {
    from: '2013-01-01',
    audience: 800,
    purpose: 'traffic',
    urls: [(h) => `https://medium.com/@${h}`],
  },
  telegram: {
    from: '2015-09-22',
    audience: 1_200,
    purpose: 'engagement',
    urls: [(h) => `https://t.me/${h}`],
  },
  myspace: {
    from: '2008-01-01',
    audience: 900,
    purpose: 'awareness',
    urls: [(h) => `https://myspace.com/${h}`, (h) => `http://www.myspace.com/${h}`],
  },
};

const DEAD_PLATFORM_LABELS: Record<string, string> = {
  googleplus: 'Google+ a fermé en avril 2019',
  storify: 'Storify a fermé en mai 2018',
  periscope: 'Periscope a fermé en mars 2021',
  vine: 'Vine est figé depuis janvier 2017',
};

// ---------------------------------------------------------------------------------------------------
// The presences, unit by unit, as the inventory spreadsheets listed them.

interface Extra {
  /** The URL exactly as pasted; otherwise one of the platform's usual forms, drawn from the handle. */
  url?: string;
  /** This row repeats a presence listed earlier (same unit, platform and handle) from another list. */
  echo?: boolean;
  lang?: string[];
  purpose?: Purpose;
  /** `null`: nobody. Absent: drawn from the unit's people. */
  owner?: string | null;
  deputy?: string | null;
  custodian?: string | null;
  mfa?: DemoMfa;
  recovery?: DemoRecoveryContact;
  audience?: number | null;
  created?: string;
  last?: string;
  /** Bounds for a drawn creation date. */
  after?: string;
  before?: string;
  tags?: string[];
  notes?: string;
  /** The profile's description as written. `null`: none. Absent: drawn (see drawBio). */
  bio?: string | null;
}

interface Row extends Extra {
  platform: string;
  handle: string;
  status: DemoPresenceStatus;
  name?: string;
}

function r(
  platform: string,
  handle: string,
  status: DemoPresenceStatus,
  name?: string,
  extra: Extra = {},
): Row {
  return { platform, handle, status, name, ...extra };
}

/** The old regions merged on 1 January 2016: accounts named after them are older, the new ones younger. */
const OLD_REGION = { before: '2015-12-31' };
const NEW_REGION = { after: '2016-01-15' };

const COMPLAINTS =
  'Des clients y publient encore des réclamations (factures, coupures) qui restent sans réponse depuis des mois.';

const ROWS: Record<string, Row[]> = {
  hub: [
    r('x', 'Ombreval', 'active', 'Groupe Ombreval', {
      created: '2009-03-12',
      audience: 48_312,
      purpose: 'awareness',
    }),
    r('x', 'OmbrevalPresse', 'active', 'Ombreval Presse', {
      created: '2011-05-04',
      audience: 12_406,
      purpose: 'press',
    }),
    r('x', 'OmbrevalRSE', 'active', 'Ombreval Engagements', { audience: 3_918 }),
    r('facebook', 'OmbrevalGroupe', 'active', 'Groupe Ombreval', { audience: 121_870, purpose: 'awareness' }),
    r('linkedin', 'company/ombreval', 'active', 'Groupe Ombreval', {
      url: 'https://www.linkedin.com/company/ombreval',
      created: '2009-02-17',
      audience: 246_105,
      lang: ['fr', 'en'],
      purpose: 'awareness',
    }),
    r('linkedin', 'company/ombreval', 'active', 'OMBREVAL', {
      url: 'https://fr.linkedin.com/company/ombreval/about/',
      echo: true,
    }),
    r('instagram', 'ombreval', 'active', 'Ombreval', { purpose: 'awareness' }),
    r('youtube', 'user/OmbrevalTV', 'active', 'Ombreval TV', { created: '2008-10-21' }),
    r('tiktok', 'ombreval', 'active', 'Ombreval', { purpose: 'engagement' }),
    r('threads', 'ombreval', 'active', 'Groupe Ombreval'),
    r('mastodon', 'ombreval@piaille.fr', 'active', 'Groupe Ombreval', { created: '2022-11-14' }),
    r('bluesky', 'ombreval.bsky.social', 'active', 'Groupe Ombreval', { created: '2024-11-18' }),
    r('pinterest', 'ombreval', 'dormant', 'Ombreval'),
    r('dailymotion', 'ombreval', 'abandoned', 'Ombreval Groupe'),
    r('slideshare', 'ombreval', 'abandoned', 'Groupe Ombreval'),
    r('flickr', 'ombreval-presse', 'abandoned', 'Ombreval — photothèque presse', { purpose: 'press' }),
    r('googleplus', '+OmbrevalGroupe', 'abandoned', 'Groupe Ombreval'),
    r('storify', 'ombreval', 'closed', 'Ombreval', {
      owner: 'laure-benoit',
      created: '2012-05-10',
      last: '2016-06-20',
      notes:
        'Storify a fermé en mai 2018 ; les récits des assemblées générales 2012-2016 n’ont pas été exportés.',
    }),
    r('periscope', 'OmbrevalLive', 'archived', 'Ombreval Live', {
      notes: 'Directs exportés et versés aux archives avant la fermeture de Periscope.',
    }),
    r('vine', 'ombreval', 'abandoned', 'Ombreval'),
    r('scoopit', 'veille-energie-ombreval', 'abandoned', 'Veille transition énergétique — Ombreval'),
    r('viadeo', 'ombreval', 'abandoned', 'Groupe Ombreval'),
    r('github', 'ombreval', 'active', 'Ombreval', { purpose: 'opendata' }),
    r('soundcloud', 'ombreval', 'dormant', 'Les Voix d’Ombreval (podcast)'),
    r('myspace', 'ombrevalmusictour', 'abandoned', 'Ombreval Music Tour 2008', {
      created: '2008-04-02',
      last: '2008-11-20',
      owner: null,
      custodian: null,
      notes: 'Page du partenariat musical de 2008 ; plus personne ne connaît les identifiants.',
      bio: 'Ombreval Music Tour 2008 : concerts gratuits tout l’été ! www.ombreval-musictour.example',
    }),
  ],

  rh: [
    r('linkedin', 'showcase/ombreval-carrieres', 'active', 'Ombreval Carrières', { lang: ['fr', 'en'] }),
    r('x', 'OmbrevalRecrute', 'dormant', 'Ombreval Recrute'),
    r('x', 'OmbrevalJobs', 'abandoned', 'Ombreval Jobs'),
    r('x', 'Ombreval_Stages', 'discovered', 'Stages & alternances Ombreval'),
    r('facebook', 'OmbrevalRecrute', 'abandoned', 'Ombreval Recrute', { audience: 7_812 }),
    r('instagram', 'ombrevalcarrieres', 'active', 'Ombreval Carrières', { purpose: 'employer' }),
    r('tiktok', 'ombreval.jobs', 'discovered', 'ombreval jobs'),
    r('youtube', '@OmbrevalCarrieres', 'dormant', 'Ombreval Carrières', { purpose: 'employer' }),
    r('viadeo', 'ombreval-recrutement', 'closed', 'Ombreval Recrutement'),
  ],

  energie: [
    r('x', 'OmbrevalEnergie', 'active', 'Ombreval Énergie', {
      url: 'http://twitter.com/OmbrevalEnergie',
      created: '2010-06-08',
      purpose: 'awareness',
    }),
    r('x', 'OmbrevalEnergie', 'active', 'Ombreval Energie', {
      url: 'https://x.com/ombrevalenergie/',
      echo: true,
    }),
    r('x', 'Ombreval_NRJ', 'redirecting', 'Ombreval_NRJ', {
      notes: 'Message épinglé : « Ce compte n’est plus animé, retrouvez-nous sur @OmbrevalEnergie ».',
      bio: 'Ce compte n’est plus animé : retrouvez-nous sur @OmbrevalEnergie.',
    }),
    r('x', 'Ombreval_SAV', 'active', 'Ombreval Énergie Service Clients', { purpose: 'care' }),
    r('facebook', 'OmbrevalEnergie', 'active', 'Ombreval Énergie', { purpose: 'care' }),
    r('facebook', 'ombreval.energie.officiel', 'abandoned', 'OMBREVAL énergie officiel', {
      owner: 'aurelie-dumas',
      custodian: null,
      mfa: 'off',
      recovery: 'personal',
      audience: 84_213,
      last: '2020-11-27',
      notes: COMPLAINTS,
    }),
    r('facebook', 'profile.php?id=100064873215590', 'abandoned', 'Ombreval Energie Clients', {
      url: 'https://www.facebook.com/profile.php?id=100064873215590',
      owner: 'benoit-marchal',
      mfa: 'unknown',
      recovery: 'personal',
      notes: 'Profil personnel transformé en page par un ancien chargé de marketing ; mot de passe inconnu.',
    }),
    r('linkedin', 'showcase/ombreval-energie', 'active', 'Ombreval Énergie', { purpose: 'leads' }),
    r('instagram', 'ombreval_energie', 'active', 'ombreval_energie'),
    r('youtube', '@OmbrevalEnergie', 'dormant', 'Ombreval Énergie'),
    // The energy branch was Valdor Énergies until 2014: this channel kept the old brand.
    r('youtube', 'channel/UCq3vK8mZt0bE7wYp2LdN4sA', 'abandoned', 'Valdor Énergies — Tutos', {
      bio: 'Tutoriels et conseils pour économiser l’énergie, par Valdor Énergies. www.valdor-energies.example',
    }),
    r('tiktok', 'ombrevalenergie', 'discovered', 'Ombreval Énergie'),
    r('googleplus', '+OmbrevalEnergie', 'abandoned', 'Ombreval Énergie'),
    r('periscope', 'OmbrevalNRJ', 'abandoned', 'Ombreval NRJ'),
    r('slideshare', 'ombreval-energie', 'abandoned', 'Ombreval Energie'),
    r('scoopit', 'smart-grids-by-ombreval', 'abandoned', 'Smart grids by Ombreval'),
    r('wordpress', 'blogombrevalenergie', 'abandoned', 'Le blog de la transition — Ombreval Énergie'),
    r('bluesky', 'ombrevalenergie.bsky.social', 'active', 'Ombreval Énergie'),
  ],

  mobilite: [
    r('x', 'OmbrevalMobi', 'active', 'Ombreval Mobilité', {
      url: 'https://twitter.com/OmbrevalMobi',
      created: '2011-09-19',
    }),
    r('x', 'OmbrevalMobi', 'active', 'Ombreval Mobilite', {
      url: 'https://mobile.twitter.com/ombrevalmobi?lang=fr',
      echo: true,
    }),
    // Still named after TransVal, the network the branch bought in 2015.
    r('x', 'OmbrevalTrafic', 'active', 'TransVal Info Trafic', {
      purpose: 'info',
      bio: 'Info trafic TransVal en temps réel, 7 j/7 de 6 h à 22 h. Le réseau TransVal devient Ombreval Mobilité : ombreval.example/mobilite',
    }),
    r('facebook', 'OmbrevalMobilite', 'active', 'Ombreval Mobilité'),
    r('instagram', 'ombreval.mobilite', 'active', 'Ombreval Mobilité'),
    r('linkedin', 'showcase/ombreval-mobilite', 'active', 'Ombreval Mobilité'),
    r('youtube', '@OmbrevalMobilite', 'dormant', 'Ombreval Mobilité'),
    r('tiktok', 'ombreval.mobilite', 'active', 'Ombreval Mobilité'),
    r('vine', 'OmbrevalMobilite', 'abandoned', 'Ombreval Mobilité'),
    r('googleplus', '+OmbrevalMobilite', 'abandoned', 'Ombreval Mobilité'),
    r('periscope', 'OmbrevalTrafic', 'abandoned', 'Ombreval Trafic Live'),
    r('foursquare', 'ombrevalmobilite', 'abandoned', 'Ombreval Mobilité'),
  ],

  velomb: [
    r('instagram', 'velomb', 'active', 'Vélomb', {
      url: 'https://www.instagram.com/velomb/',
      created: '2014-05-12',
      owner: 'chloe-mallet',
      tags: ['agence'],
    }),
    r('instagram', 'velomb', 'active', 'Velomb', {
      url: 'http://instagram.com/Velomb?igshid=MzRlODBiNWFlZA==',
      echo: true,
    }),
    r('facebook', 'velomb.officiel', 'active', 'Vélomb Officiel', {
      owner: 'chloe-mallet',
      tags: ['agence'],
    }),
    r('tiktok', 'velomb', 'active', 'Vélomb', { owner: 'chloe-mallet', audience: 41_380, tags: ['agence'] }),
    r('x', 'Velomb_', 'active', 'Vélomb 🚲'),
    r('x', 'VelombOfficiel', 'discovered', 'Velomb officiel', {
      notes: 'Compte inconnu des équipes, qui reprend le logo : usurpation possible, à signaler à X.',
      bio: 'Compte officiel Vélomb 🚲 Concours : gagnez un an d’abonnement, lien ici 👉 velomb-cadeaux.example',
    }),
    r('youtube', '@velomb', 'dormant', 'Vélomb'),
    r('snapchat', 'velomb', 'abandoned', 'Vélomb', { owner: 'theo-lacombe', tags: ['agence'] }),
    r('threads', 'velomb', 'active', 'Vélomb', { owner: 'chloe-mallet', tags: ['agence'] }),
    r('vine', 'velomb', 'abandoned', 'Vélomb', { owner: 'theo-lacombe', tags: ['agence'] }),
  ],

  services: [
    r('x', 'OmbrevalServ', 'active', 'Ombreval Services'),
    r('facebook', 'OmbrevalServices', 'dormant', 'Ombreval Services'),
    r('linkedin', 'showcase/ombreval-services', 'active', 'Ombreval Services', { purpose: 'leads' }),
    // Servilis, bought in 2012, kept its own page under its old name.
    r('linkedin', 'company/ombreval-services-entreprises', 'dormant', 'Servilis Entreprises', {
      bio: 'Servilis, services aux entreprises depuis 1994 : propreté, accueil, maintenance. www.servilis.example',
    }),
    r('linkedin', 'showcase/ombreval-facility', 'active', 'Ombreval Facility Management', {
      purpose: 'leads',
    }),
    r('youtube', 'channel/UCx7Pd2nRr5kQw0Ls9HjVb3e', 'abandoned', 'Ombreval Services'),
    r('instagram', 'ombreval_services', 'dormant', 'Ombreval Services'),
    r('github', 'ombreval-services', 'active', 'Ombreval Services — API', { purpose: 'devrel' }),
    r('medium', 'ombreval-tech', 'dormant', 'Ombreval Tech'),
    r('viadeo', 'ombreval-services', 'abandoned', 'OMBREVAL SERVICES'),
    r('mastodon', 'ombreval_tech@mastodon.social', 'dormant', 'Ombreval Tech', { created: '2022-11-21' }),
  ],

  immobilier: [
    r('x', 'OmbrevalImmo', 'dormant', 'Ombreval Immobilier'),
    r('linkedin', 'showcase/ombreval-immobilier', 'active', 'Ombreval Immobilier', { purpose: 'leads' }),
    r('facebook', 'OmbrevalImmobilier', 'abandoned', 'Ombreval Immobilier'),
    r('instagram', 'ombreval.immobilier', 'active', 'Ombreval Immobilier'),
    r('youtube', '@OmbrevalImmobilier', 'active', 'Ombreval Immobilier'),
    r('pinterest', 'ombrevalimmo', 'dormant', 'Ombreval Immo'),
    r('flickr', 'ombreval-immobilier', 'abandoned', 'Ombreval Immobilier — chantiers'),
    r('tumblr', 'ombreval-architecture', 'abandoned', 'Ombreval Architecture'),
  ],

  habitat: [
    r('facebook', 'OmbrevalHabitat', 'active', 'Ombreval Habitat', { purpose: 'leads' }),
    r('instagram', 'ombreval_habitat', 'active', 'Ombreval Habitat'),
    r('pinterest', 'ombrevalhabitat', 'active', 'Ombreval Habitat', { audience: 7_540 }),
    r('youtube', '@OmbrevalHabitat', 'dormant', 'Ombreval Habitat'),
    r('x', 'OmbrevalHabitat', 'abandoned', 'Habitat Valmont', {
      bio: 'Habitat Valmont, constructeur de maisons individuelles en Rhône-Alpes. www.habitat-valmont.example',
    }),
    r('googleplus', '+OmbrevalHabitat', 'abandoned', 'Ombreval Habitat'),
    r(
      'google-business',
      'ombreval-habitat-lyon-confluence',
      'active',
      'Ombreval Habitat — espace de vente Confluence',
    ),
    r('tiktok', 'ombrevalhabitat', 'discovered', 'Ombreval Habitat'),
  ],

  ara: [
    r('x', 'OmbrevalARA', 'active', 'Ombreval Auvergne-Rhône-Alpes', NEW_REGION),
    r('x', 'Ombreval_Lyon', 'abandoned', 'Ombreval Lyon'),
    r('x', 'OmbrevalIsere', 'dormant', 'Ombreval Isère'),
    r('facebook', 'OmbrevalAuvergneRhoneAlpes', 'active', 'Ombreval Auvergne-Rhône-Alpes', {
      url: 'https://www.facebook.com/OmbrevalAuvergneRhoneAlpes',
      created: '2016-03-01',
    }),
    r('facebook', 'OmbrevalAuvergneRhoneAlpes', 'active', 'Ombreval ARA', {
      url: 'https://fr-fr.facebook.com/ombrevalauvergnerhonealpes/about/',
      echo: true,
    }),
    r(
      'linkedin',
      'showcase/ombreval-auvergne-rhone-alpes',
      'active',
      'Ombreval Auvergne-Rhône-Alpes',
      NEW_REGION,
    ),
    r('instagram', 'ombreval_ara', 'dormant', 'Ombreval ARA', NEW_REGION),
    r('google-business', 'ombreval-lyon-part-dieu', 'active', 'Ombreval — agence Lyon Part-Dieu'),
    r('googleplus', '104518829930120475561', 'abandoned', 'Ombreval Rhône-Alpes', OLD_REGION),
    r('foursquare', 'ombreval-lyon', 'abandoned', 'Ombreval Lyon'),
    r('blogger', 'ombreval-rhonealpes', 'abandoned', 'Ombreval Rhône-Alpes, le blog', OLD_REGION),
  ],

  hdf: [
    r('x', 'OmbrevalHDF', 'dormant', 'Ombreval Hauts-de-France', NEW_REGION),
    r('x', 'OmbrevalLille', 'closing', 'Ombreval Lille', {
      notes:
        'Fermeture décidée : message de redirection vers @OmbrevalHDF publié, suppression prévue en décembre.',
      bio: 'Ce compte fermera en décembre : toute l’actualité d’Ombreval dans la région est sur @OmbrevalHDF.',
    }),
    r('facebook', 'OmbrevalHautsDeFrance', 'active', 'Ombreval Hauts-de-France', NEW_REGION),
    r('facebook', 'OmbrevalNordPasDeCalais', 'abandoned', 'Ombreval Nord-Pas-de-Calais', {
      ...OLD_REGION,
      notes: 'Page de l’ancienne région, jamais fusionnée avec celle des Hauts-de-France.',
    }),
    r('facebook', 'OmbrevalPicardie', 'closed', 'Ombreval Picardie', OLD_REGION),
    r('linkedin', 'showcase/ombreval-hauts-de-france', 'active', 'Ombreval Hauts-de-France', NEW_REGION),
    r('instagram', 'ombreval.hdf', 'discovered', 'ombreval.hdf', NEW_REGION),
    r('google-business', 'ombreval-lille-euralille', 'active', 'Ombreval — agence Lille Euralille'),
    r('periscope', 'OmbrevalLille', 'abandoned', 'Ombreval Lille'),
  ],

  occitanie: [
    r('x', 'OmbrevalOcc', 'active', 'Ombreval Occitanie', NEW_REGION),
    r('x', 'OmbrevalMidiPy', 'redirecting', 'Ombreval Midi-Pyrénées', {
      ...OLD_REGION,
      notes: 'Bio modifiée : « Suivez désormais @OmbrevalOcc ». On mesure chaque mois qui a suivi.',
      bio: 'Suivez désormais @OmbrevalOcc.',
    }),
    r('x', 'OmbrevalLR', 'abandoned', 'Ombreval Languedoc-Roussillon', OLD_REGION),
    r('facebook', 'OmbrevalOccitanie', 'active', 'Ombreval Occitanie', NEW_REGION),
    r('instagram', 'ombreval_occitanie', 'active', 'Ombreval Occitanie', NEW_REGION),
    r('linkedin', 'showcase/ombreval-occitanie', 'dormant', 'Ombreval Occitanie', NEW_REGION),
    r('google-business', 'ombreval-toulouse-compans', 'active', 'Ombreval — agence Toulouse Compans'),
    r('vine', 'OmbrevalToulouse', 'abandoned', 'Ombreval Toulouse'),
    r('storify', 'OmbrevalOccitanie', 'abandoned', 'Ombreval Occitanie', NEW_REGION),
  ],

  paca: [
    r('x', 'OmbrevalPACA', 'dormant', 'Ombreval PACA'),
    r('facebook', 'OmbrevalSud', 'active', 'Ombreval Sud'),
    r('instagram', 'ombrevalsud', 'active', 'Ombreval Sud'),
    r(
      'linkedin',
      'showcase/ombreval-provence-alpes-cote-d-azur',
      'active',
      'Ombreval Provence-Alpes-Côte d’Azur',
    ),
    r('google-business', 'ombreval-marseille-joliette', 'active', 'Ombreval — agence Marseille Joliette'),
    r('tiktok', 'ombrevalsud', 'discovered', 'Ombreval Sud 🌞', {
      created: '2021-06-14',
      last: '2021-08-27',
      recovery: 'personal',
      notes:
        'Ouvert par un stagiaire pendant l’été 2021, avec son adresse personnelle ; rien publié depuis son départ.',
      bio: 'Mon stage d’été chez Ombreval Sud ☀️ Les coulisses de l’agence de Marseille !',
    }),
    r('flickr', 'ombreval-paca', 'abandoned', 'Ombreval PACA'),
    r('storify', 'ombrevalpaca', 'abandoned', 'Ombreval PACA'),
  ],

  international: [
    r('linkedin', 'showcase/ombreval-international', 'active', 'Ombreval International'),
    r('x', 'OmbrevalGlobal', 'active', 'Ombreval Global'),
    r('x', 'OmbrevalIntl', 'abandoned', 'Ombreval International'),
    r('x', 'Ombreval_EN', 'abandoned', 'Ombreval (English)'),
    r('youtube', '@OmbrevalInternational', 'dormant', 'Ombreval International'),
  ],

  belgique: [
    r('facebook', 'OmbrevalBelgique', 'active', 'Ombreval Belgique', { lang: ['fr'] }),
    r('facebook', 'OmbrevalBelgie', 'active', 'Ombreval België', { lang: ['nl'] }),
    r('x', 'OmbrevalBE', 'active', 'Ombreval Belgique/België'),
    r('x', 'OmbrevalBelgie', 'dormant', 'Ombreval België', { lang: ['nl'] }),
    r('x', 'OmbrevalBXL', 'abandoned', 'Ombreval Bruxelles', { lang: ['fr'] }),
    r('x', 'OmbrevalWallon', 'abandoned', 'Ombreval Wallonie', { lang: ['fr'] }),
    r('linkedin', 'showcase/ombreval-belgium', 'active', 'Ombreval Belgium', { lang: ['fr', 'nl', 'en'] }),
    r('instagram', 'ombreval.be', 'active', 'Ombreval Belgium'),
    r('youtube', '@OmbrevalBelgique', 'abandoned', 'Ombreval Belgique', { lang: ['fr'] }),
  ],

  quebec: [
    r('facebook', 'OmbrevalQuebec', 'active', 'Ombreval Québec', { purpose: 'care' }),
    r('x', 'OmbrevalQC', 'active', 'Ombreval Québec'),
    r('x', 'OmbrevalCanada', 'dormant', 'Ombreval Canada', { lang: ['en'] }),
    r('linkedin', 'showcase/ombreval-canada', 'active', 'Ombreval Canada', { lang: ['fr-CA', 'en'] }),
    r('instagram', 'ombrevalquebec', 'active', 'Ombreval Québec'),
    r('youtube', '@OmbrevalQuebec', 'dormant', 'Ombreval Québec'),
    r('googleplus', '+OmbrevalQuebec', 'abandoned', 'Ombreval Québec'),
    r('tiktok', 'ombrevalqc', 'active', 'Ombreval QC'),
    r('threads', 'ombrevalquebec', 'active', 'Ombreval Québec'),
  ],

  maroc: [
    r('facebook', 'OmbrevalMaroc', 'active', 'Ombreval Maroc', {
      url: 'https://www.facebook.com/OmbrevalMaroc',
      created: '2012-10-04',
      audience: 86_540,
      purpose: 'care',
    }),
    r('facebook', 'OmbrevalMaroc', 'active', 'Ombreval Maroc officiel', {
      url: 'https://m.facebook.com/OmbrevalMaroc/?locale=fr_FR',
      echo: true,
    }),
    r('facebook', 'OmbrevalCasablanca', 'abandoned', 'Ombreval Casablanca', {
      lang: ['fr'],
      audience: 18_930,
      notes: COMPLAINTS,
    }),
    r('facebook', 'OmbrevalMarocEmploi', 'dormant', 'Ombreval Maroc Emploi', {
      lang: ['fr'],
      purpose: 'recruitment',
    }),
    r('x', 'OmbrevalMaroc', 'dormant', 'Ombreval Maroc', { lang: ['fr'] }),
    r('instagram', 'ombreval.maroc', 'active', 'Ombreval Maroc'),
    r('linkedin', 'showcase/ombreval-maroc', 'active', 'Ombreval Maroc', { lang: ['fr'] }),
    r('youtube', '@OmbrevalMaroc', 'active', 'أومبريفال المغرب — Ombreval Maroc', { lang: ['ar', 'fr'] }),
    r('tiktok', 'ombreval.maroc', 'active', 'Ombreval Maroc', { lang: ['ar'] }),
    r('telegram', 'ombrevalmaroc', 'discovered', 'Ombreval Maroc Promos', {
      notes: 'Chaîne non officielle qui promet des remises : possible arnaque, à signaler.',
      bio: 'Promotions exclusives Ombreval Maroc 🔥 Jusqu’à -70 % sur vos factures : ombreval-promos.example',
    }),
  ],

  espagne: [
    r('x', 'OmbrevalES', 'active', 'Ombreval España'),
    r('x', 'Ombreval_Espana', 'abandoned', 'Ombreval Espana'),
    r('facebook', 'OmbrevalEspana', 'active', 'Ombreval España'),
    r('instagram', 'ombreval.es', 'active', 'Ombreval España'),
    r('linkedin', 'showcase/ombreval-espana', 'active', 'Ombreval España'),
    r('youtube', '@OmbrevalEspana', 'dormant', 'Ombreval España'),
    r('google-business', 'ombreval-madrid-castellana', 'active', 'Ombreval — oficina Madrid Castellana'),
  ],

  agence: [
    r('facebook', 'OmbrevalDefiEnergie', 'abandoned', 'Défi Énergie Ombreval', {
      owner: 'theo-lacombe',
      created: '2018-03-05',
      last: '2018-09-28',
      audience: 23_418,
      notes: 'Page du jeu-concours 2018 ouverte par l’agence ; des participants réclament encore leurs lots.',
      bio: 'Relevez le Défi Énergie Ombreval ! Jeu-concours du 5 mars au 30 septembre 2018. Règlement : defi-energie.example',
    }),
    r('x', 'OmbrevalDefi', 'abandoned', 'Défi Énergie', {
      owner: 'theo-lacombe',
      created: '2018-03-05',
      last: '2018-10-15',
      bio: 'Le compte du Défi Énergie 2018 ⚡ Règlement et lots : defi-energie.example',
    }),
    r('instagram', 'ombreval.jeuconcours', 'abandoned', 'Ombreval Jeu Concours Été', {
      owner: 'chloe-mallet',
    }),
    r('tiktok', 'ombreval.challenge', 'closing', 'Ombreval Challenge', {
      owner: 'chloe-mallet',
      bio: 'Le #OmbrevalChallenge est terminé, merci à tous 💛 Une campagne Hublot & Plume : hublot-plume.example',
    }),
    r('youtube', '@OmbrevalCampagnes', 'dormant', 'Ombreval Campagnes', { owner: 'jade-riviere' }),
    r('vimeo', 'ombrevalfilms', 'archived', 'Ombreval × Hublot & Plume — films', {
      owner: 'jade-riviere',
    }),
  ],
};

// ---------------------------------------------------------------------------------------------------
// Drawing what the tables leave open.

const OLD_STATUSES: ReadonlySet<DemoPresenceStatus> = new Set([
  'dormant',
  'abandoned',
  'redirecting',
  'closed',
  'archived',
]);
const LIVE_STATUSES: ReadonlySet<DemoPresenceStatus> = new Set(['active', 'closing', 'redirecting']);

const AUDIENCE_BY_STATUS: Record<DemoPresenceStatus, number> = {
  discovered: 0.12,
  active: 1,
  dormant: 0.7,
  abandoned: 0.55,
  closing: 0.6,
  redirecting: 0.7,
  closed: 0.4,
  archived: 0.4,
};

interface Context {
  people: DemoPerson[];
  byKey: Map<string, DemoPerson>;
  units: Map<string, DemoUnit>;
}

/** How well a unit runs its accounts (0 to 1): the activity of its presences follows it. */
export function demoUnitMaturity(unit: string): number {
  return profileOf(unit).maturity;
}

function profileOf(unit: string): UnitProfile {
  const profile = PROFILES[unit];
  if (!profile) throw new Error(`demo: no profile for unit ${unit}`);
  return profile;
}

function platformOf(id: string): PlatformFacts {
  const facts = PLATFORMS[id];
  if (!facts) throw new Error(`demo: unknown platform ${id}`);
  return facts;
}

/** People who hold or keep accounts for others but do not run any. */
const NOT_OWNERS = new Set(['marc-aubert', 'antoine-carpentier']);

/** The people who could run a unit's accounts: its own, and for a small unit its parent's too. */
function poolOf(ctx: Context, unit: string): DemoPerson[] {
  const own = ctx.people.filter((p) => p.unit === unit);
  const parent = ctx.units.get(unit)?.parent;
  if (own.length >= 3 || !parent || unit === 'agence') return own;
  return [...own, ...ctx.people.filter((p) => p.unit === parent)];
}

function drawDates(rng: Rng, unit: string, row: Row, ownerLeftOn: string | undefined) {
  const facts = platformOf(row.platform);
  const until = facts.until ? dayOf(facts.until) : Number.POSITIVE_INFINITY;
  const lo = Math.max(
    EARLIEST,
    dayOf(facts.from),
    dayOf(profileOf(unit).since),
    row.after ? dayOf(row.after) : 0,
  );
  const activityFloor = row.created ? dayOf(row.created) + 30 : lo + 120;

  let band: 'recent' | 'dormant' | 'old' | 'ended';
  if (row.status === 'discovered')
    band = facts.until ? 'old' : pick(rng, ['recent', 'recent', 'dormant', 'old'] as const);
  else if (row.status === 'dormant') band = 'dormant';
  else if (row.status === 'abandoned') band = 'old';
  else if (row.status === 'closed' || row.status === 'archived') band = 'ended';
  else band = 'recent';

  let last: number;
  if (row.last) last = dayOf(row.last);
  else if (band === 'recent') last = int(rng, Math.max(RECENT_FROM, activityFloor), TODAY);
  else if (band === 'dormant')
    last = int(rng, Math.max(EIGHTEEN_MONTHS_AGO + 1, activityFloor), SIX_MONTHS_AGO - 1);
  else if (band === 'old') last = int(rng, activityFloor, Math.min(EIGHTEEN_MONTHS_AGO - 1, until));
  else last = int(rng, activityFloor, Math.min(TODAY - 30, until));

  let created: number;
  if (row.created) created = dayOf(row.created);
  else {
    const hi = Math.min(
      LATEST_CREATION,
      until,
      last - 30,
      row.before ? dayOf(row.before) : Number.POSITIVE_INFINITY,
      ownerLeftOn ? dayOf(ownerLeftOn) : Number.POSITIVE_INFINITY,
    );
    // Organisations opened most of their accounts in the platform's early years: skew towards `lo`.
    if (hi < lo) throw new Error(`demo: no possible creation date for ${row.platform} ${row.handle}`);
    created = lo + Math.floor((hi - lo + 1) * rng() ** 1.5);
  }
  return { created, last, until };
}

function drawOwner(rng: Rng, ctx: Context, unit: string, row: Row, created: number): string | undefined {
  if (row.owner !== undefined) return row.owner ?? undefined;
  if (row.status === 'discovered') return undefined;
  const { maturity } = profileOf(unit);
  const old = OLD_STATUSES.has(row.status) && row.status !== 'redirecting';
  const dead = platformOf(row.platform).until !== undefined;
  const nobody = (1 - maturity) * 0.35 + (row.status === 'abandoned' ? 0.2 : 0) + (dead ? 0.1 : 0);
  if (rng() < nobody) return undefined;
  const pool = poolOf(ctx, unit).filter((p) => !NOT_OWNERS.has(p.key));
  const left = pool.filter((p) => p.status === 'left' && p.leftOn && dayOf(p.leftOn) >= created);
  if (old && left.length > 0 && rng() < 0.6) return pick(rng, left).key;
  const active = pool.filter((p) => p.status === 'active');
  return active.length > 0 ? pick(rng, active).key : undefined;
}

function buildPresence(ctx: Context, unit: string, row: Row): DemoPresence {
  const rng = mulberry32(hashString(`${unit}|${row.platform}|${row.handle.toLowerCase()}`));
  const facts = platformOf(row.platform);
  const profile = profileOf(unit);
  const dead = facts.until !== undefined;
  const old = OLD_STATUSES.has(row.status);
  const m = profile.maturity;

  const explicitOwner = row.owner ? ctx.byKey.get(row.owner) : undefined;
  const { created, last, until } = drawDates(rng, unit, row, explicitOwner?.leftOn);

  let url = row.url;
  if (!url) {
    const handle = facts.caseInsensitive && rng() < 0.2 ? row.handle.toLowerCase() : row.handle;
    url = pick(rng, facts.urls)(handle);
  }

  const owner = drawOwner(rng, ctx, unit, row, created);
  const ownerLeft = owner !== undefined && ctx.byKey.get(owner)?.status === 'left';
  const pool = poolOf(ctx, unit);

  let deputy: string | undefined;
  if (row.deputy !== undefined) deputy = row.deputy ?? undefined;
  else if (LIVE_STATUSES.has(row.status) && rng() < m * 0.8) {
    const others = pool.filter((p) => p.status === 'active' && p.key !== owner);
    if (others.length > 0) deputy = pick(rng, others).key;
  }

  let custodian: string | undefined;
  if (row.custodian !== undefined) custodian = row.custodian ?? undefined;
  else if (row.status !== 'discovered' && rng() >= 0.05 + (1 - m) * 0.45 + (old ? 0.15 : 0)) {
    custodian = m >= 0.8 && rng() < 0.5 ? 'marc-aubert' : (owner ?? pick(rng, pool).key);
  }

  let mfa: DemoMfa;
  if (row.mfa) mfa = row.mfa;
  else if (row.status === 'discovered') mfa = 'unknown';
  else if (dead) mfa = rng() < 0.7 ? 'unknown' : 'off';
  else {
    const x = rng();
    const on = m * (old ? 0.5 : 1);
    mfa = x < on ? 'on' : x < on + (1 - on) * 0.55 ? 'off' : 'unknown';
  }

  let recoveryContact: DemoRecoveryContact;
  if (row.recovery) recoveryContact = row.recovery;
  else if (row.status === 'discovered') recoveryContact = 'unknown';
  else {
    const x = rng();
    const corporate = m * (old ? 0.6 : 1) * (ownerLeft ? 0.5 : 1);
    recoveryContact =
      x < corporate ? 'corporate' : x < corporate + (1 - corporate) * 0.5 ? 'personal' : 'unknown';
  }

  let audience: number | undefined;
  if (row.audience !== undefined) audience = row.audience ?? undefined;
  else if (facts.audience !== undefined) {
    const jitter = Math.exp((rng() - 0.5) * 1.4);
    const raw = facts.audience * profile.weight * jitter * AUDIENCE_BY_STATUS[row.status] * (dead ? 0.5 : 1);
    audience = Math.round(Math.min(250_000, Math.max(raw, 20 + rng() * 60)));
  }
  let audienceOn: number | undefined;
  if (audience !== undefined) {
    if (row.status === 'closed' || row.status === 'archived') audienceOn = last;
    else if (dead) audienceOn = int(rng, last, until);
    else audienceOn = TODAY - int(rng, 0, row.status === 'discovered' ? 10 : 40);
  }

  const purpose =
    row.purpose ??
    (row.status === 'active' && rng() < 0.5 ? (profile.purpose ?? facts.purpose) : undefined) ??
    (row.status === 'dormant' && rng() < 0.2 ? facts.purpose : undefined);

  const tags = [profile.tag];
  const purposeTag = purpose ? PURPOSE_TAGS[purpose] : undefined;
  if (purposeTag) tags.push(purposeTag);
  for (const tag of row.tags ?? []) if (!tags.includes(tag)) tags.push(tag);
  if (created < dayOf('2014-06-30') && rng() < 0.5) tags.push('inventaire-2014');
  if (row.status === 'discovered') tags.push('à-vérifier');

  let notes = row.notes;
  if (!notes && dead)
    notes = `${DEAD_PLATFORM_LABELS[row.platform]} ; le compte figure toujours dans l’inventaire.`;
  else if (!notes && row.status === 'discovered')
    notes = `Repéré en recensant les liens du site ${DEMO_DOMAIN} ; personne ne l’avait déclaré.`;
  else if (!notes && row.status === 'abandoned' && (audience ?? 0) >= 5_000)
    notes = 'Les abonnés y posent encore des questions auxquelles personne ne répond.';
  else if (!notes && ownerLeft && !custodian)
    notes = 'Identifiants détenus par l’ancien responsable, parti sans les transmettre.';

  const presence: DemoPresence = {
    url,
    status: row.status,
    languages: [...(row.lang ?? profile.languages)],
    mfa,
    recoveryContact,
    tags,
  };
  if (facts.explicit) presence.platform = row.platform;
  if (row.name) presence.name = row.name;
  presence.unit = unit;
  if (owner) presence.owner = owner;
  if (deputy) presence.deputy = deputy;
  if (custodian) presence.custodian = custodian;
  if (audience !== undefined && audienceOn !== undefined) {
    presence.audience = audience;
    presence.audienceOn = isoOf(audienceOn);
  }
  presence.createdOn = isoOf(created);
  presence.lastActivityOn = isoOf(last);
  if (purpose) presence.objective = OBJECTIVES[purpose];
  if (notes) presence.notes = notes;
  const agencyRun = unit === 'agence' || (owner !== undefined && ctx.byKey.get(owner)?.unit === 'agence');
  const bio = row.bio !== undefined ? row.bio : drawBio(unit, row, presence, purpose, agencyRun);
  if (bio) presence.bio = bio;
  return presence;
}

// ---------------------------------------------------------------------------------------------------
// Bios: what each profile says about itself. Most hold the group's link (the brand charter asks for
// it); forgotten regional pages, the agency's accounts and old pages do not, or point elsewhere.

/** The path of each unit's pages on the group's site, or a site of its own under the group's domain. */
const SITE: Record<string, string> = {
  hub: 'ombreval.example',
  rh: 'ombreval.example/carrieres',
  energie: 'ombreval.example/energie',
  mobilite: 'ombreval.example/mobilite',
  services: 'ombreval.example/services',
  immobilier: 'ombreval.example/immobilier',
  velomb: 'velomb.ombreval.example',
  habitat: 'habitat.ombreval.example',
  ara: 'ombreval.example/regions/auvergne-rhone-alpes',
  hdf: 'ombreval.example/regions/hauts-de-france',
  occitanie: 'ombreval.example/regions/occitanie',
  paca: 'ombreval.example/regions/sud',
  international: 'ombreval.example/en',
  belgique: 'ombreval.example/be',
  quebec: 'ombreval.example/ca',
  maroc: 'ombreval.example/ma',
  espagne: 'ombreval.example/es',
};

/** Sites from before the group's 2016 redesign, still quoted by old pages: none holds its link. */
const OLD_SITES: Record<string, string> = {
  hub: 'www.ombreval-groupe.example',
  rh: 'www.ombreval-recrute.example',
  energie: 'www.valdor-energies.example',
  mobilite: 'www.transval.example',
  services: 'www.servilis.example',
  immobilier: 'www.ombreval-immo.example',
  habitat: 'www.habitat-valmont.example',
  ara: 'www.ombreval-rhonealpes.example',
  hdf: 'www.ombreval-nord.example',
  occitanie: 'www.ombreval-midipyrenees.example',
  paca: 'www.ombreval-paca.example',
};

const REGIONS = new Set(['ara', 'hdf', 'occitanie', 'paca']);
/** Platforms whose profiles carry no description worth the name, or are gone. */
const NO_BIO = new Set(['snapchat', 'googleplus', 'storify', 'periscope', 'vine']);

const PURPOSE_FR: Partial<Record<Purpose, string>> = {
  care: 'Nos conseillers vous répondent du lundi au vendredi, de 8 h à 19 h.',
  recruitment: 'Offres d’emploi, alternances et vie de nos équipes.',
  employer: 'La vie de nos équipes, nos métiers, nos offres.',
  press: 'Communiqués, photos et contacts presse.',
  info: 'Info trafic en temps réel, 7 j/7 de 6 h à 22 h.',
  leads: 'Parlons de votre projet.',
  local: 'Horaires, accès et rendez-vous en agence.',
  opendata: 'Données ouvertes et documentation.',
  devrel: 'API, exemples et documentation.',
  campaign: 'Jeux, défis et coulisses de nos campagnes.',
};

/** What a profile says, in its first language; `link` is empty for the pages that give none. */
function bioText(
  rng: Rng,
  name: string,
  language: string,
  purpose: Purpose | undefined,
  link: string,
): string {
  const tail = link ? ` ${pick(rng, ['', '👉 ', '→ '])}${link}` : '';
  switch (language.split('-')[0]) {
    case 'en':
      return `Official account of ${name}. News, projects and careers.${tail}`;
    case 'es':
      return `Cuenta oficial de ${name}. Noticias, proyectos y empleo.${tail}`;
    case 'nl':
      return `Officieel account van ${name}. Nieuws, projecten en vacatures.${tail}`;
    case 'ar':
      return `الحساب الرسمي لـ ${name}. أخبار ومشاريع وعروض عمل.${tail}`;
    default: {
      const what =
        (purpose && PURPOSE_FR[purpose]) ??
        pick(rng, ['Actualités, projets et engagements.', 'L’actualité, les projets et les coulisses.']);
      const opening =
        language === 'fr-CA' ? 'Compte officiel d’' : pick(rng, ['Compte officiel : ', 'Bienvenue chez ']);
      return `${opening}${name}. ${what}${tail}`;
    }
  }
}

function drawBio(
  unit: string,
  row: Row,
  presence: DemoPresence,
  purpose: Purpose | undefined,
  agencyRun: boolean,
): string | undefined {
  if (NO_BIO.has(row.platform) || row.status === 'closed' || row.status === 'archived') return undefined;
  const rng = mulberry32(hashString(`bio|${unit}|${row.platform}|${row.handle.toLowerCase()}`));
  const live = LIVE_STATUSES.has(row.status);
  const kept = { active: 0.96, closing: 1, redirecting: 1, dormant: 0.85, abandoned: 0.7, discovered: 0.8 };
  if (rng() >= (kept[row.status as keyof typeof kept] ?? 0)) return undefined;
  const name = presence.name ?? 'Ombreval';
  const language = presence.languages[0] ?? 'fr';
  if (agencyRun && (unit === 'agence' || rng() < 0.5)) {
    // The agency signs its work, with a link to itself or none: never the group's.
    return pick(rng, [
      `${name} ✨ Une campagne imaginée par Hublot & Plume : ${AGENCY_DOMAIN}`,
      `${name}. Animé par l’agence Hublot & Plume.`,
    ]);
  }
  const m = profileOf(unit).maturity;
  const noLink = REGIONS.has(unit) ? (live ? 0.35 : 0.75) : live ? (1 - m) * 0.25 : 0.35;
  if (rng() < noLink) {
    const old = OLD_SITES[unit];
    if (old && !live && rng() < 0.6) return bioText(rng, name, language, purpose, old);
    if (REGIONS.has(unit))
      return `${name} : l’actualité d’Ombreval près de chez vous. Écrivez-nous en message privé !`;
    return bioText(rng, name, language, purpose, '');
  }
  const site = SITE[unit] ?? DEMO_DOMAIN;
  const link = pick(rng, [site, `https://www.${site}`, `www.${site}`])
    .replace('www.velomb.', 'velomb.')
    .replace('www.habitat.', 'habitat.');
  return bioText(rng, name, language, purpose, link);
}

/**
 * A row pasted again from another list (a regional spreadsheet of 2024): another form of the URL,
 * another spelling of the name, an older audience figure, and nothing about who runs the account.
 */
function buildEcho(first: DemoPresence, row: Row): DemoPresence {
  if (!row.url) throw new Error(`demo: the repeated row ${row.handle} needs its own URL`);
  const rng = mulberry32(hashString(`echo|${row.url}`));
  const echo: DemoPresence = {
    url: row.url,
    status: first.status,
    languages: [...(row.lang ?? first.languages)],
    mfa: 'unknown',
    recoveryContact: 'unknown',
    tags: ['tableur-régional-2024'],
  };
  if (first.platform) echo.platform = first.platform;
  if (row.name ?? first.name) echo.name = row.name ?? first.name;
  echo.unit = first.unit;
  if (first.audience !== undefined && first.createdOn) {
    echo.audience = Math.round(first.audience * (0.6 + 0.25 * rng()));
    echo.audienceOn = isoOf(Math.max(dayOf(first.createdOn), TODAY - int(rng, 700, 1000)));
  }
  if (first.createdOn) echo.createdOn = first.createdOn;
  return echo;
}

/** The group, its units, its people and its 184 inventory rows (178 presences once the repeats are merged). */
export function demoOrganisation(): DemoOrganisation {
  const units = UNITS.map((u) => ({ ...u }));
  const people = buildPeople();
  const ctx: Context = {
    people,
    byKey: new Map(people.map((p) => [p.key, p])),
    units: new Map(units.map((u) => [u.key, u])),
  };

  const presences: DemoPresence[] = [];
  const firsts = new Map<string, DemoPresence>();
  for (const unit of units) {
    for (const row of ROWS[unit.key] ?? []) {
      const identity = `${unit.key}|${row.platform}|${row.handle.toLowerCase()}`;
      const first = firsts.get(identity);
      if (row.echo) {
        if (!first) throw new Error(`demo: ${row.url} repeats a row that is not listed before it`);
        presences.push(buildEcho(first, row));
      } else {
        const presence = buildPresence(ctx, unit.key, row);
        firsts.set(identity, presence);
        presences.push(presence);
      }
    }
  }

  return { organisation: { name: 'Groupe Ombreval' }, units, people, presences };
}

/** The rows that repeat a presence in another form, as [first URL, repeated URL]: the loader merges each pair. */
export const DEMO_DUPLICATE_PAIRS: readonly (readonly [string, string])[] = Object.values(ROWS).flatMap(
  (rows) =>
    rows
      .filter((row) => row.echo)
      .map((echo) => {
        const first = rows.find(
          (row) =>
            !row.echo &&
            row.platform === echo.platform &&
            row.handle.toLowerCase() === echo.handle.toLowerCase(),
        );
        if (!first?.url || !echo.url)
          throw new Error(`demo: the repeated row ${echo.handle} needs both URLs written out`);
        return [first.url, echo.url] as const;
      }),
);
