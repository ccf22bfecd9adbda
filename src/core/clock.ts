// One place to ask the time, so tests and the demo can fix it.
let fixed: Date | null = null;

export function now(): Date {
  return fixed ? new Date(fixed) : new Date();
}

export function nowIso(): string {
  return now().toISOString();
}

export function today(): string {
  return nowIso().slice(0, 10);
}

/** For tests and the deterministic demo. `null` returns to the real clock. */
export function setClock(at: Date | string | null): void {
  fixed = at === null ? null : new Date(at);
}
