// A page whose object the API will not give: unknown, or outside the reader's scope (the API answers
// 404 for both on purpose, so as not to reveal what exists beyond it), or refused to the role (403).
// Such an answer is no failure to retry: the page says what happened and leads back.
import { ApiError } from './api';

/** The objects a page is about, named by the error codes the API gives (`presence.not_found`…). */
export const UNAVAILABLE_KINDS = ['presence', 'audit', 'unit', 'person', 'other'] as const;
export type UnavailableKind = (typeof UNAVAILABLE_KINDS)[number];

export interface Unavailable {
  kind: UnavailableKind;
  /** 404: unknown or out of scope (the same answer); 403: the role does not allow it. */
  status: 403 | 404;
}

/** Where the "back" link of each kind leads: the list it came from. */
export const BACK_TO: Record<UnavailableKind, string> = {
  presence: '/presences',
  audit: '/audits',
  unit: '/units',
  person: '/people',
  other: '/',
};

/** What an API error says is out of reach, or null for any other error (a failure worth a retry). */
export function unavailableOf(err: unknown): Unavailable | null {
  if (!(err instanceof ApiError) || (err.status !== 404 && err.status !== 403)) return null;
  const prefix = err.code.split('.')[0] ?? '';
  const kind = (UNAVAILABLE_KINDS as readonly string[]).includes(prefix)
    ? (prefix as UnavailableKind)
    : 'other';
  return { kind, status: err.status };
}
