// What the demo organisation published, and how its audiences moved: posts and weekly audience
// figures, as if each presence's platform export had been imported. The audit computes its activity
// facts (cadence, engagement, reply rate, audience trend) from them, so the mess is planted here too:
// accounts that post several times a week and are answered, others barely once a month, some that
// never reply, audiences that fall, dormant and abandoned accounts with old posts only.
//
// Everything follows from the presence itself (its URL seeds its own generator) and DEMO_TODAY: no
// clock, no Math.random. A presence's last post is on its lastActivityOn, never after.
import type { DemoPresence } from './model.ts';
import { DEMO_TODAY, demoUnitMaturity } from './organisation.ts';
import { dayOf, int, isoOf, pick, type Rng, rngFor } from './random.ts';

export type DemoPostKind = 'original' | 'reply' | 'share';

export interface DemoPost {
  externalId: string;
  /** ISO 8601, UTC. */
  publishedAt: string;
  text: string;
  language: string;
  kind: DemoPostKind;
  links: string[];
  media: { type: 'image' | 'video'; ref: string }[];
  likes: number;
  shares: number;
  replies: number;
  /** Video platforms only. */
  views: number | null;
}

/** One week's audience, on the day it was counted. */
export interface DemoMetric {
  day: string;
  audience: number;
}

export interface DemoActivity {
  /** Oldest first. */
  posts: DemoPost[];
  metrics: DemoMetric[];
}

// Figures of the whole demo, pinned so that other tests can rely on them (activity.test.ts checks
// them against the data: change them only on purpose).
/** Presences with an export of their activity: one data import each. */
export const DEMO_DATA_IMPORTS = 113;
export const DEMO_POSTS = 12_272;
/** Weekly audience figures (rows of daily_metrics). */
export const DEMO_METRICS = 10_726;

const TODAY = dayOf(DEMO_TODAY);
/** Two years of history for the accounts that live. */
const WINDOW = 730;

/** Posts a week of a well-run account, by platform. Platforms not listed have no export here. */
const CADENCE: Readonly<Record<string, number>> = {
  x: 4,
  facebook: 3,
  instagram: 2.5,
  linkedin: 2,
  youtube: 0.4,
  tiktok: 1.5,
  threads: 1.5,
  mastodon: 1.5,
  bluesky: 2,
  pinterest: 1.5,
  'google-business': 0.6,
  medium: 0.25,
};

/** The platforms whose presences have an export in the demo. */
export const DEMO_EXPORT_PLATFORMS: readonly string[] = Object.keys(CADENCE);

/** Engagements (likes) per original post, per follower, of a well-run account. */
const ENGAGEMENT_RATE: Record<string, number> = {
  x: 0.0015,
  facebook: 0.002,
  instagram: 0.012,
  linkedin: 0.0012,
  youtube: 0.01,
  tiktok: 0.03,
  threads: 0.01,
  mastodon: 0.01,
  bluesky: 0.01,
  pinterest: 0.003,
  'google-business': 0.01,
  medium: 0.01,
};

/** Platforms where a reply is a post of the account, answering someone by handle. */
const HANDLE_REPLIES = new Set(['x', 'threads', 'mastodon', 'bluesky', 'instagram', 'tiktok']);
const NO_REPLIES = new Set(['youtube', 'pinterest', 'google-business', 'medium']);
const SHARES = new Set(['x', 'mastodon', 'bluesky', 'threads', 'linkedin', 'facebook']);
const VIDEO = new Set(['youtube', 'tiktok']);

/** Which presences have an export, from what the inventory says of them. */
function hasExport(rng: Rng, p: DemoPresence, platform: string): boolean {
  if (!(platform in CADENCE) || !p.lastActivityOn || !p.createdOn) return false;
  switch (p.status) {
    case 'active':
    case 'closing':
    case 'redirecting':
      return true;
    case 'dormant':
      return rng() < 0.7;
    case 'abandoned':
      return rng() < 0.45;
    default:
      return false;
  }
}

/** The posts and weekly audience of one presence, or null when the demo has no export for it. */
export function demoActivity(p: DemoPresence, platform: string): DemoActivity | null {
  const rng = rngFor(`activity|${p.url}`);
  if (!hasExport(rng, p, platform)) return null;
  const last = dayOf(p.lastActivityOn!);
  const created = dayOf(p.createdOn!);
  const live = p.status === 'active';
  const unit = p.unit ?? 'hub';
  // How well this account is run: its unit's maturity, give or take.
  const q = Math.min(1, Math.max(0.05, demoUnitMaturity(unit) + (rng() - 0.5) * 0.4));
  const care = p.objective?.startsWith('Relation client') ?? false;
  const info = p.objective?.startsWith('Information voyageurs') ?? false;

  let perWeek = CADENCE[platform]! * (0.08 + 1.6 * q * q) * Math.exp((rng() - 0.5) * 0.8);
  if (care) perWeek *= 3;
  if (info) perWeek *= 2.5;
  if (!live) perWeek *= 0.6;
  // Care accounts answer most of what they publish; a third of the others never answer anyone.
  const replyShare = NO_REPLIES.has(platform)
    ? 0
    : care
      ? 0.6
      : rng() < 0.2 + (1 - q) * 0.3
        ? 0
        : 0.05 + q * 0.25;
  const shareShare = SHARES.has(platform) ? 0.04 + rng() * 0.12 : 0;
  const audience = p.audience ?? 300;
  const perPost = Math.max(0.2, audience * ENGAGEMENT_RATE[platform]! * (0.15 + 1.5 * q ** 1.5));

  // Live accounts: the two years before today. The others: the year and a half before they fell
  // silent, fading out.
  const start = Math.max(created + 1, live ? TODAY - WINDOW : last - 540);
  const span = Math.max(1, last - start);
  const days: number[] = [];
  for (let day = start; day < last; day++) {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 is Sunday
    const fade = live ? 1 : 0.25 + (0.75 * (last - day)) / span;
    const rate = (perWeek / 7) * (weekday === 0 || weekday === 6 ? 0.35 : 1.26) * fade;
    const whole = Math.floor(rate);
    const n = whole + (rng() < rate - whole ? 1 : 0);
    for (let k = 0; k < n; k++) days.push(day);
  }
  // The last post is on the day the inventory says the account was last active.
  days.push(last);

  const texts = new Texts(rng, p, platform, unit);
  const posts: DemoPost[] = [];
  for (let i = 0; i < days.length; ) {
    const day = days[i]!;
    let n = 0;
    while (days[i + n] === day) n++;
    // A day's posts, in the order of their times.
    const seconds = Array.from({ length: n }, () => int(rng, 7 * 3600, 21 * 3600)).sort((a, b) => a - b);
    for (const [k, second] of seconds.entries()) {
      const u = rng();
      // The very last post is the account's own: a share or a reply says little of it.
      const kind: DemoPostKind =
        i + k === days.length - 1
          ? 'original'
          : u < replyShare
            ? 'reply'
            : u < replyShare + shareShare
              ? 'share'
              : 'original';
      const at = `${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}`;
      posts.push(postOf(rng, texts, platform, perPost, kind, day, at, posts.length));
    }
    i += n;
  }

  return { posts, metrics: metricsOf(rng, p, created, live) };
}

function postOf(
  rng: Rng,
  texts: Texts,
  platform: string,
  perPost: number,
  kind: DemoPostKind,
  day: number,
  time: string,
  seq: number,
): DemoPost {
  const externalId = `${isoOf(day).replace(/-/g, '')}${String(seq).padStart(5, '0')}`;
  const post: DemoPost = {
    externalId,
    publishedAt: `${isoOf(day)}T${time}.000Z`,
    language: texts.language(),
    kind,
    text: '',
    links: [],
    media: [],
    likes: 0,
    shares: 0,
    replies: 0,
    views: null,
  };
  texts.fill(post);
  if (kind === 'original') {
    const j = Math.exp((rng() + rng() + rng() - 1.5) * 1.1);
    post.likes = Math.round(perPost * j);
    post.shares = Math.round(post.likes * (0.04 + rng() * 0.2));
    post.replies = Math.round(post.likes * (0.02 + rng() * 0.08));
    if (VIDEO.has(platform)) {
      post.views = Math.round(post.likes * (15 + rng() * 45));
      post.media.push({ type: 'video', ref: `media/${externalId}.mp4` });
    } else if (platform === 'instagram' || rng() < (platform === 'x' ? 0.25 : 0.4)) {
      post.media.push({ type: 'image', ref: `media/${externalId}.jpg` });
    }
  } else if (kind === 'reply') {
    post.likes = rng() < 0.35 ? int(rng, 1, 3) : 0;
    post.replies = rng() < 0.2 ? 1 : 0;
  }
  return post;
}

/**
 * A figure a week, back from the day the audience was last counted (where it ends on the registry's
 * figure exactly). Growth follows how well the account is run; some live accounts are losing their
 * audience fast, silent ones slowly or fast, and accounts being closed lose it as they redirect.
 */
function metricsOf(rng: Rng, p: DemoPresence, created: number, live: boolean): DemoMetric[] {
  if (p.audience === undefined || !p.audienceOn) return [];
  const on = dayOf(p.audienceOn);
  const q = demoUnitMaturity(p.unit ?? 'hub');
  let perYear: number;
  if (p.status === 'closing' || p.status === 'redirecting') perYear = -(0.6 + rng() * 0.4);
  else if (!live) perYear = -(0.05 + rng() * (p.status === 'abandoned' ? 0.6 : 0.3));
  else if (rng() < 0.12) perYear = -(0.45 + rng() * 0.35);
  else perYear = -0.05 + q * 0.3 + (rng() - 0.5) * 0.1;
  const from = Math.max(created, TODAY - WINDOW);
  const out: DemoMetric[] = [];
  for (let day = on; day >= from; day -= 7) {
    const years = (day - on) / 365;
    const noise = day === on ? 1 : 1 + (rng() - 0.5) * 0.004;
    out.push({
      day: isoOf(day),
      audience: Math.max(0, Math.round(p.audience * Math.exp(perYear * years) * noise)),
    });
  }
  return out.reverse();
}

const pad = (n: number) => String(n).padStart(2, '0');

// ---------------------------------------------------------------------------------------------------
// Texts: short corporate posts from a few templates, in the presence's languages.

const TOPICS: Record<string, string[]> = {
  hub: [
    'nos résultats semestriels',
    'notre rapport d’engagement 2025',
    'la Fondation Ombreval',
    'nos nouveaux engagements climat',
  ],
  rh: [
    'nos offres d’alternance',
    'le forum emploi de la rentrée',
    'nos métiers techniques',
    'la semaine de l’inclusion',
  ],
  energie: [
    'notre offre d’électricité verte',
    'les aides à la rénovation énergétique',
    'le parc solaire de Saint-Avit',
    'nos conseils pour réduire votre facture cet hiver',
  ],
  mobilite: [
    'la nouvelle ligne de bus express',
    'les horaires d’été du réseau',
    'le covoiturage domicile-travail',
    'les travaux du pôle d’échanges',
  ],
  velomb: ['les 200 nouvelles stations Vélomb', 'l’abonnement étudiant', 'les vélos à assistance électrique'],
  services: ['la maintenance prédictive', 'nos solutions pour les collectivités', 'le facility management'],
  immobilier: ['le quartier des Tanneurs', 'nos bureaux bas carbone', 'la réhabilitation des Docks'],
  habitat: ['nos appartements neufs à Confluence', 'les portes ouvertes du week-end', 'le prêt à taux zéro'],
};
const TOPICS_OTHER: Record<string, string[]> = {
  en: ['our half-year results', 'our climate commitments', 'our new offices', 'our graduate programme'],
  es: ['nuestras ofertas de empleo', 'la nueva oficina de Madrid', 'nuestros compromisos climáticos'],
  nl: ['onze vacatures', 'ons nieuwe kantoor in Brussel', 'onze klimaatdoelen'],
  ar: ['عروضنا الجديدة'],
};
const CITIES: Record<string, string[]> = {
  ara: ['Lyon', 'Grenoble', 'Clermont-Ferrand'],
  hdf: ['Lille', 'Amiens', 'Arras'],
  occitanie: ['Toulouse', 'Montpellier', 'Nîmes'],
  paca: ['Marseille', 'Nice', 'Toulon'],
  belgique: ['Bruxelles', 'Liège', 'Namur'],
  quebec: ['Montréal', 'Québec', 'Laval'],
  maroc: ['Casablanca', 'Rabat', 'Tanger'],
  espagne: ['Madrid', 'Barcelona', 'Valencia'],
};
const USERS = [
  'claire_l',
  'mdubois',
  'jp_martin',
  'lucie_bdx',
  'thomas_r75',
  'nadia_k',
  'sam_velo',
  'coralie_m',
];
const PARTNERS = ['CCI_Valmont', 'ObsEnergie', 'AssoVeloPlus', 'RegionInfo', 'MediaEco'];
const PARTNER_TEXTS = [
  'Les chiffres 2026 de la transition énergétique sont en ligne',
  'Semaine de la mobilité : le programme complet',
  'Trois questions sur la rénovation des logements',
  'Le palmarès des entreprises engagées de la région',
];

const SECTIONS = ['actualites', 'offres', 'carrieres', 'projets', 'agenda'];

type Slots = { r: Rng; topic: string; city: string; tail: string };
const cap = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** What an account publishes of its own, by language. */
const ORIGINALS: Record<string, ((s: Slots) => string)[]> = {
  fr: [
    (s) => `Découvrez ${s.topic}.${s.tail}`,
    (s) => `📣 ${cap(s.topic)} : ce qui change pour vous.${s.tail}`,
    (s) => `Merci aux équipes de ${s.city} pour leur mobilisation cette semaine 👏`,
    (s) => `Rendez-vous à ${s.city} le ${int(s.r, 2, 28)} pour parler de ${s.topic}.${s.tail}`,
    (s) => `Nous recrutons à ${s.city} ! ${int(s.r, 3, 40)} postes ouverts.${s.tail}`,
    (s) => `Chiffre du jour : ${int(s.r, 12, 87)} % de nos clients ont choisi ${s.topic}.${s.tail}`,
  ],
  en: [
    (s) => `New: ${s.topic}.${s.tail}`,
    (s) => `Proud of our teams in ${s.city} 👏${s.tail}`,
    (s) => `We’re hiring in ${s.city}!${s.tail}`,
    (s) => `Read more about ${s.topic}.${s.tail}`,
  ],
  es: [(s) => `Novedad: ${s.topic}.${s.tail}`, (s) => `¡Estamos contratando en ${s.city}!${s.tail}`],
  nl: [(s) => `Nieuw: ${s.topic}.${s.tail}`, (s) => `Wij werven aan in ${s.city}!${s.tail}`],
  ar: [(s) => `اكتشفوا ${s.topic}.${s.tail}`, (s) => `شكرا لفرقنا في ${s.city} 👏${s.tail}`],
};

/** Answers to people, by language. */
const REPLIES: Record<string, ((r: Rng) => string)[]> = {
  fr: [
    () =>
      'Bonjour, pouvez-vous nous écrire en message privé avec votre numéro de client ? Nous regardons cela.',
    () => 'Merci pour votre retour !',
    (r) => `Bonjour, la situation est rétablie depuis ${int(r, 7, 19)} h. Merci de votre patience.`,
    () => 'Avec plaisir 😊',
    () => 'Bonjour, votre demande est transmise au service concerné : réponse sous 48 h.',
  ],
  en: [
    () => 'Thanks for reaching out! Please DM us your customer number.',
    () => 'Thank you!',
    () => 'Glad you liked it 😊',
  ],
  es: [() => '¡Gracias por su mensaje! Le escribimos por privado.', () => '¡Gracias!'],
  nl: [() => 'Bedankt voor je bericht! We sturen je een privébericht.', () => 'Dank je!'],
  ar: [() => 'شكرا لكم على رسالتكم، سنتواصل معكم.', () => 'شكرا لكم!'],
};

class Texts {
  private readonly topics: string[];
  private readonly cities: string[];
  private readonly site: string;

  constructor(
    private readonly rng: Rng,
    private readonly p: DemoPresence,
    private readonly platform: string,
    unit: string,
  ) {
    this.topics = TOPICS[unit] ?? TOPICS.hub!;
    this.cities = CITIES[unit] ?? ['Lyon', 'Paris', 'Lille', 'Toulouse'];
    this.site =
      unit === 'velomb'
        ? 'https://velomb.ombreval.example'
        : unit === 'habitat'
          ? 'https://habitat.ombreval.example'
          : unit === 'agence'
            ? 'https://defi.hublot-plume.example'
            : 'https://www.ombreval.example';
  }

  /** Mostly the presence's first language, sometimes another of its languages. */
  language(): string {
    const langs = this.p.languages.length ? this.p.languages : ['fr'];
    return langs.length > 1 && this.rng() < 0.3 ? pick(this.rng, langs.slice(1)) : langs[0]!;
  }

  fill(post: DemoPost): void {
    const r = this.rng;
    const lang = post.language.split('-')[0]!;
    if (post.kind === 'reply') {
      const to = HANDLE_REPLIES.has(this.platform) ? `@${pick(r, USERS)} ` : '';
      post.text = `${to}${pick(r, REPLIES[lang] ?? REPLIES.fr!)(r)}`;
      return;
    }
    if (post.kind === 'share') {
      const said = pick(r, PARTNER_TEXTS);
      // A boost on Mastodon or Bluesky carries no text of its own.
      post.text =
        this.platform === 'x'
          ? `RT @${pick(r, PARTNERS)}: ${said}`
          : this.platform === 'mastodon' || this.platform === 'bluesky'
            ? ''
            : `À lire 👉 ${said}`;
      return;
    }
    const link = r() < 0.4 ? `${this.site}/${pick(r, SECTIONS)}` : '';
    if (link) post.links.push(link);
    const tail = link ? ` ${link}` : '';
    post.text = pick(
      r,
      ORIGINALS[lang] ?? ORIGINALS.fr!,
    )({
      r,
      topic: pick(r, lang === 'fr' ? this.topics : (TOPICS_OTHER[lang] ?? TOPICS_OTHER.en!)),
      city: pick(r, this.cities),
      tail,
    });
  }
}
