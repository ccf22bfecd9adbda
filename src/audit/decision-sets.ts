// Which decisions end a presence, send its audience elsewhere or keep it: pure lists, without zod,
// so that the web app imports the very same ones (web/src/audit/meta.ts) rather than copies.
import type { Decision } from './model';

/** Decisions that end a presence: nothing may be merged or redirected into it. */
export const ENDING_DECISIONS: readonly Decision[] = [
  'merge',
  'close_redirect',
  'progressive_redirect',
  'remove',
];
/** Ending decisions that send the presence's audience to another one (`into`); `remove` has none to send. */
export const INTO_DECISIONS: readonly Decision[] = ['merge', 'close_redirect', 'progressive_redirect'];
/** Decisions that keep a presence (the "after" picture of the report). */
export const KEEPING_DECISIONS: readonly Decision[] = ['invest', 'maintain', 'claim', 'investigate'];
