// The registry's fixed vocabularies as the web app shows them: statuses with their colours and how
// worrying each is, and the risks the overview counts. The words live in the catalogues.
import type {
  MfaState,
  PersonStatus,
  PresenceStatus,
  RecoveryKind,
  UnitKind,
} from '../../../src/registry/model';

export const STATUSES = [
  'discovered',
  'active',
  'dormant',
  'abandoned',
  'closing',
  'redirecting',
  'closed',
  'archived',
] as const satisfies readonly PresenceStatus[];

export const STATUS_COLOR: Record<PresenceStatus, string> = {
  discovered: 'blue',
  active: 'teal',
  dormant: 'yellow',
  abandoned: 'red',
  closing: 'orange',
  redirecting: 'violet',
  closed: 'gray',
  archived: 'dark',
};

/** The same colours as hex, for charts (Mantine's shade 5-6 of each). */
export const STATUS_HEX: Record<PresenceStatus, string> = {
  discovered: '#4dabf7',
  active: '#20c997',
  dormant: '#fcc419',
  abandoned: '#fa5252',
  closing: '#ff922b',
  redirecting: '#9775fa',
  closed: '#adb5bd',
  archived: '#495057',
};

/** How worrying a status is for the head of digital: higher is worse. */
export const STATUS_SEVERITY: Record<PresenceStatus, number> = {
  abandoned: 7,
  dormant: 6,
  discovered: 5,
  closing: 4,
  redirecting: 3,
  active: 2,
  archived: 1,
  closed: 0,
};

// The risks, the overview's field counting each, and what puts a presence at risk: one definition
// with the server's overview, list filter and audit (src/registry/risks.ts, pure, no zod).
export { isRisk, RISK_FIELD, RISKS, type Risk } from '../../../src/registry/risks';

export const UNIT_KINDS = [
  'hub',
  'business_unit',
  'region',
  'brand',
  'agency',
  'other',
] as const satisfies readonly UnitKind[];

export const MFA_STATES = ['on', 'off', 'unknown'] as const satisfies readonly MfaState[];
export const RECOVERY_KINDS = ['corporate', 'personal', 'unknown'] as const satisfies readonly RecoveryKind[];
export const PERSON_STATUSES = ['active', 'left'] as const satisfies readonly PersonStatus[];

export function isStatus(v: string | null | undefined): v is PresenceStatus {
  return (STATUSES as readonly string[]).includes(v ?? '');
}

/** The status a cell of the map is coloured by: the most frequent one, or the most worrying one. */
export function cellStatus(
  byStatus: Partial<Record<PresenceStatus, number>>,
  mode: 'dominant' | 'worst',
): PresenceStatus | null {
  let best: PresenceStatus | null = null;
  for (const s of STATUSES) {
    const n = byStatus[s] ?? 0;
    if (n <= 0) continue;
    if (best === null) {
      best = s;
      continue;
    }
    if (mode === 'worst') {
      if (STATUS_SEVERITY[s] > STATUS_SEVERITY[best]) best = s;
    } else {
      const m = byStatus[best] ?? 0;
      if (n > m || (n === m && STATUS_SEVERITY[s] > STATUS_SEVERITY[best])) best = s;
    }
  }
  return best;
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Languages offered first wherever a presence's languages are chosen (any other code can be typed). */
export const COMMON_LANGUAGES = [
  'fr',
  'en',
  'de',
  'es',
  'it',
  'nl',
  'pt',
  'ar',
  'zh',
  'ja',
  'ru',
  'pl',
  'sv',
  'da',
  'tr',
  'ko',
  'br',
  'eu',
  'ca',
  'co',
  'oc',
];
