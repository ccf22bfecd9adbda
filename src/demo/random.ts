// What the demo draws with: day numbers (no time zones, no clock) and a small seeded PRNG, so the
// demo organisation and its activity are the same on every run and every machine.

// ---------------------------------------------------------------------------------------------------
// Dates, as day numbers since 1970-01-01 (UTC).

const DAY_MS = 86_400_000;

export function dayOf(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`demo: bad date ${iso}`);
  return Math.round(ms / DAY_MS);
}

/** `YYYY-MM-DD` of a day number, by arithmetic (H. Hinnant's civil_from_days): the demo's activity
 * writes tens of thousands of dates, and `Date#toISOString` was most of its time. */
export function isoOf(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addMonths(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------
// A small seeded PRNG (mulberry32), seeded with a 32-bit FNV-1a hash of a string.

export type Rng = () => number;

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator of its own for each thing drawn, so that drawing one never shifts another. */
export function rngFor(key: string): Rng {
  return mulberry32(hashString(key));
}

/** An integer in [lo, hi]. */
export function int(rng: Rng, lo: number, hi: number): number {
  if (hi < lo) throw new Error(`demo: empty range ${lo}..${hi}`);
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('demo: pick from an empty list');
  return item;
}
