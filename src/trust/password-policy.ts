// The password policy (OWASP ASVS 5.0 6.2.x), applied wherever a password is chosen: the first
// admin, a user created with a password (API and `vigie user add --password-stdin`) and one's own
// change (which is also how a temporary password from an admin reset is replaced). A password
// - has 12 to 200 characters (the schema, src/trust/model.ts: 6.2.1, 6.2.9);
// - contains neither the login, the name, the e-mail address, the organisation's name nor "vigie"
//   (6.2.11, context-specific words);
// - is not a common password, nor one with digits, years or symbols added before or after, nor one
//   repeated (6.2.4);
// - and is hard enough to guess by zxcvbn's estimate: score 3 or more, at least 10^8 guesses, with
//   the context words above as its extra dictionary (keyboard rows, sequences, dates, repeats,
//   l33t, names and words of English and French).
//
// The data is zxcvbn-ts's (MIT, https://github.com/zxcvbn-ts/zxcvbn), installed from npm with Vigie:
// `@zxcvbn-ts/language-common` holds the `passwords-common` list (49,233 lower-cased passwords: those
// seen more than ten times in Mark Burnett's ten million passwords, published in 2015 on xato.net)
// and the keyboard graphs (qwerty, azerty, qwertz, dvorak, keypads); `-en` and `-fr` hold common
// words (derived from OpenSubtitles 2024 via OPUS, ODC-BY), first names, last names and Wikipedia
// words, and the translations of zxcvbn's warnings. The dictionaries are loaded on first use only
// (a few megabytes, about a third of a second), never by the web app.
import type { Issue } from '../core/errors';

/** Who the password is for: the words it must not contain. */
export interface PasswordContext {
  login: string;
  name?: string | null;
  email?: string | null;
  /** The organisation's name (the registry's), when there is one. */
  organisation?: string | null;
}

/** zxcvbn's score a password must reach (0–4; 3 is "safely unguessable": 10^8 guesses or more). */
export const MIN_SCORE = 3;
/** zxcvbn weighs this many characters: past them, a password is long enough anyway. */
export const ZXCVBN_MAX_LENGTH = 64;

/** Words that say "organisation" rather than which one: not forbidden on their own. */
const GENERIC = new Set([
  'groupe',
  'group',
  'societe',
  'company',
  'compagnie',
  'association',
  'fondation',
  'foundation',
  'holding',
  'mairie',
  'ville',
  'commune',
  'services',
  'france',
  'international',
  'direction',
]);

/** Mail providers: their name says nothing about the organisation. */
const MAILBOXES = new Set([
  'gmail',
  'googlemail',
  'hotmail',
  'outlook',
  'live',
  'yahoo',
  'icloud',
  'proton',
  'protonmail',
  'orange',
  'wanadoo',
  'laposte',
  'free',
  'example',
]);

/** Lower case, accents off: "Hélène" and "helene" are the same word. */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Letters and digits only: "claire.martin" inside "Claire-Martin!" is still found. */
function compact(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, '');
}

const words = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The words a password must not contain (`forbidden`), and the wider set zxcvbn weighs as a
 * personal dictionary (`hints`).
 */
export function contextWords(who: PasswordContext): { forbidden: string[]; hints: string[] } {
  const forbidden = new Set<string>(['vigie']);
  const hints = new Set<string>(['vigie']);
  const whole = (s: string | null | undefined, min = 3) => {
    if (!s) return;
    const f = fold(s);
    for (const w of [f, compact(f)]) {
      if (w.length >= min) forbidden.add(w);
      if (w.length >= 2) hints.add(w);
    }
  };
  const parts = (s: string | null | undefined, min = 4) => {
    for (const w of words(fold(s ?? ''))) {
      if (w.length >= min) forbidden.add(w);
      if (w.length >= 2) hints.add(w);
    }
  };
  for (const address of [who.login, who.email ?? '']) {
    const [local, domain] = fold(address).split('@') as [string, string | undefined];
    whole(address);
    whole(local);
    parts(local);
    // The organisation's own domain (ombreval in claire@ombreval.fr), not a mail provider's.
    const labels = (domain ?? '').split('.').slice(0, -1);
    for (const l of labels) {
      if (l.length >= 4 && !MAILBOXES.has(l)) forbidden.add(l);
      if (l.length >= 2) hints.add(l);
    }
  }
  whole(who.name);
  parts(who.name);
  if (who.organisation) {
    const org = fold(who.organisation);
    if (compact(org).length >= 4) forbidden.add(compact(org));
    for (const w of words(org)) {
      if (w.length >= 5 && !GENERIC.has(w)) forbidden.add(w);
      if (w.length >= 2) hints.add(w);
    }
  }
  return { forbidden: [...forbidden], hints: [...hints] };
}

interface Zxcvbn {
  check(
    password: string,
    userInputs?: (string | number)[],
  ): {
    score: number;
    feedback: { warning: string | null };
  };
}

interface Loaded {
  zxcvbn: Zxcvbn;
  common: Set<string>;
  warnings: { en: Record<string, string>; fr: Record<string, string> };
}

let loaded: Promise<Loaded> | null = null;

/** zxcvbn with the common, English and French dictionaries; built once, on first use. */
function load(): Promise<Loaded> {
  loaded ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, fr] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-fr'),
    ]);
    // No translations: zxcvbn's warnings come back as keys, translated below in both languages.
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
      graphs: common.adjacencyGraphs,
      // zxcvbn's time grows fast with length and l33t substitutions (27 s for some 200-character
      // passwords with its defaults, on the server's one thread): it weighs the first 64
      // characters, trying up to 4 substitutions ("P4$$w0rd" is still found), in 250 ms at worst.
      maxLength: ZXCVBN_MAX_LENGTH,
      l33tMaxSubstitutions: 4,
    });
    return {
      zxcvbn,
      common: new Set(common.dictionary['passwords-common'].map((p) => fold(String(p)))),
      warnings: { en: en.translations.warnings, fr: fr.translations.warnings },
    };
  })();
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}

/** How many passwords the common-password list holds (49,233 with zxcvbn-ts 4). */
export async function commonPasswordCount(): Promise<number> {
  return (await load()).common.size;
}

/** The password is a common one, or a common one repeated or with digits or symbols around it. */
function isCommon(password: string, list: Set<string>): boolean {
  const p = fold(password);
  if (list.has(p) || list.has(compact(p))) return true;
  // "Password2026!", "!!dragon", "soleil-2026": the letters between the digits and symbols.
  const core = p.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (core.length >= 4 && (list.has(core) || list.has(compact(core)))) return true;
  // "passwordpassword", "soleil soleil": one common password said again.
  const c = compact(core);
  for (let k = 3; k <= c.length / 2; k++) {
    if (c.length % k !== 0) continue;
    const unit = c.slice(0, k);
    if (unit.repeat(c.length / k) === c && list.has(unit)) return true;
  }
  return false;
}

/** A sentence, ending with a full stop (some of zxcvbn's French warnings have none). */
function sentence(s: string | undefined): string {
  if (!s) return '';
  const t = s.trim();
  return /[.!?]$/.test(t) ? `${t} ` : `${t}. `;
}

/**
 * What is wrong with a password chosen for someone, or null when it may be used. The issue names
 * `field` and carries its message's parameters in English and French (src/trust/messages.ts).
 */
export async function passwordIssue(
  password: string,
  who: PasswordContext,
  field = 'password',
): Promise<Issue | null> {
  const { forbidden, hints } = contextWords(who);
  const p = fold(password);
  const pc = compact(p);
  if (forbidden.some((w) => p.includes(w) || (compact(w).length >= 3 && pc.includes(compact(w))))) {
    return {
      field,
      code: 'auth.password_personal',
      message:
        'The password must not contain the login, the name, the e-mail address, the organisation’s name or “Vigie”.',
    };
  }
  const { zxcvbn, common, warnings } = await load();
  if (isCommon(password, common)) {
    return {
      field,
      code: 'auth.password_common',
      message:
        'This password is one of the most common ones (or one with only digits or symbols added): choose another.',
    };
  }
  const r = zxcvbn.check(password, hints);
  if (r.score < MIN_SCORE) {
    const key = r.feedback.warning ?? '';
    const warning = sentence(warnings.en[key]);
    return {
      field,
      code: 'auth.password_weak',
      params: { warning, warning_fr: sentence(warnings.fr[key]) },
      message: `This password is too easy to guess. ${warning}Choose a longer one: several unrelated words are easy to remember and hard to guess.`,
    };
  }
  return null;
}
