// What the parsers of values people write return: `{ value }`, or `{ error, params }` where `error`
// is a message code (the date and number codes are in the inventory catalogue,
// src/registry/inventory/messages.ts, which first showed them to people). None throws.
import type { Params } from '../i18n';

export type Parsed<T> = { value: T } | { error: string; params?: Params };

export function isError<T>(p: Parsed<T>): p is { error: string; params?: Params } {
  return 'error' in p;
}

export const fail = (error: string, params?: Params): { error: string; params?: Params } =>
  params ? { error, params } : { error };
