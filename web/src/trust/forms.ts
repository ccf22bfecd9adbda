// What the trust forms share: the password rules the server applies, and the server's field-level
// refusals placed under the field they name.
import { ApiError } from '../app/api';

/** The server's rules (src/trust/model.ts passwordSchema): 12 to 200 characters. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

export type PasswordProblem = 'short' | 'long' | 'mismatch' | null;

/** What is wrong with a new password and its confirmation, before asking the server. */
export function passwordProblem(password: string, confirm: string): PasswordProblem {
  if (password.length < PASSWORD_MIN) return 'short';
  if (password.length > PASSWORD_MAX) return 'long';
  if (password !== confirm) return 'mismatch';
  return null;
}

/** The server's issues by field (`password`, `grants.0.unitId`…), the first message for each. */
export function issuesByField(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(err instanceof ApiError)) return out;
  for (const i of err.issues) if (i.field && !(i.field in out)) out[i.field] = i.message;
  return out;
}
