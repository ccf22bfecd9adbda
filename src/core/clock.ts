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

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `day` (YYYY-MM-DD) plus `days`, in UTC: no time zone or daylight saving can shift it. */
export function addDays(day: string, days: number): string {
  const m = ISO_DAY.exec(day);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== day) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
