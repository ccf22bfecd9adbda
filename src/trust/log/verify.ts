// Checking the change log's hash chain (src/core/log.ts). Each entry's hash covers its content and
// the hash before it; `log_head` keeps the count and the last hash. The verifier walks the entries by
// id in pages (constant memory, any size), recomputes every hash, checks every link, then compares
// the end of the chain with the head, and names the FIRST broken entry and what is wrong with it.
//
// What it cannot see: someone with write access to the whole database can rewrite every entry from
// some point on AND the head. Anchoring the head outside Vigie (`vigie log head`, then
// `vigie log verify --expect <hash> --expect-count <n>`) closes that gap: see docs/log.md.
import { chainHash, GENESIS, type Q } from '../../core/log';
import type { VerifyResult } from '../model';
import { type ChangeRow, firstIdAfter, readHead, rowsAfter } from './store';

export type Problem = NonNullable<VerifyResult['broken']>['problem'];

/** Entries checked so far, and how many the head says there are (the total grows if more are found). */
export type VerifyProgress = (checked: number, total: number) => void;

/** A value anchored outside Vigie: the chain must pass through `hash`, at entry number `count` if given. */
export interface Anchor {
  hash?: string;
  count?: number;
}

export interface VerifyOptions {
  expect?: Anchor;
  /** Entries read per query (default 5,000). */
  pageSize?: number;
}

export interface VerifyReport extends VerifyResult {
  /** What `log_head` records (null when it is missing). */
  head: { count: number; lastId: number; hash: string } | null;
  /** The end of the chain as walked. */
  last: { id: number | null; hash: string };
  /** Expected and found counts, for messages. */
  expected: number;
  /** Present when an anchor was asked for: whether the chain passes through it, and at which entry. */
  anchor?: { hash: string | null; count: number | null; matched: boolean; id: number | null };
}

export const HASH_RE = /^[0-9a-f]{64}$/;

/**
 * Walks a chain entry by entry. Checks, for each entry: that it follows the previous one (its
 * `prev_hash` is the previous entry's hash, GENESIS for the first), then that its hash is the hash of
 * its content and that previous hash. Stops at the first problem.
 */
export class ChainWalker {
  prev = GENESIS;
  lastId: number | null = null;
  checked = 0;
  broken: { id: number; problem: Problem } | null = null;
  private anchorHit: { id: number } | null = null;
  private anchorMiss = false;

  constructor(private readonly anchor: Anchor = {}) {
    if (anchor.count === 0 && anchor.hash !== undefined && anchor.hash === GENESIS)
      this.anchorHit = { id: 0 };
  }

  /** Returns false once the chain is broken (further entries are not looked at). */
  push(r: ChangeRow): boolean {
    if (this.broken) return false;
    if (r.prev_hash !== this.prev) {
      this.broken = { id: r.id, problem: 'link_broken' };
      return false;
    }
    if (chainHash(this.prev, r) !== r.hash) {
      this.broken = { id: r.id, problem: 'content_changed' };
      return false;
    }
    this.prev = r.hash as string;
    this.lastId = r.id;
    this.checked++;
    const a = this.anchor;
    if (a.hash !== undefined && !this.anchorHit) {
      if (a.count !== undefined) {
        if (this.checked === a.count) {
          if (r.hash === a.hash) this.anchorHit = { id: r.id };
          else this.anchorMiss = true;
        }
      } else if (r.hash === a.hash) this.anchorHit = { id: r.id };
    }
    return true;
  }

  /** The anchor's verdict once the walk is over (undefined when none was asked for). */
  anchorResult(): VerifyReport['anchor'] {
    const a = this.anchor;
    if (a.hash === undefined && a.count === undefined) return undefined;
    let matched: boolean;
    let id: number | null = null;
    if (a.hash === undefined) {
      // Only a count: the log must not have shrunk below it.
      matched = this.checked >= (a.count ?? 0);
    } else {
      matched = Boolean(this.anchorHit) && !this.anchorMiss;
      id = this.anchorHit?.id ?? null;
    }
    return { hash: a.hash ?? null, count: a.count ?? null, matched, id };
  }
}

/** The change log in the database, checked end to end. */
export async function verifyLog(
  db: Q,
  onProgress?: VerifyProgress,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const pageSize = options.pageSize ?? 5000;
  const walker = new ChainWalker(options.expect);
  const start = await readHead(db);
  let total = start?.count ?? 0;
  const progress = () => {
    total = Math.max(total, walker.checked);
    onProgress?.(walker.checked, total);
  };
  progress();

  /** Walks every entry after the last one walked; false when the chain broke. */
  const walkOn = async (): Promise<boolean> => {
    for (;;) {
      const rows = await rowsAfter(db, walker.lastId ?? 0, pageSize);
      if (!rows.length) return true;
      for (const r of rows) if (!walker.push(r)) return false;
      progress();
      if (rows.length < pageSize) return true;
    }
  };

  const finish = (
    broken: VerifyReport['broken'],
    head: Awaited<ReturnType<typeof readHead>>,
  ): VerifyReport => {
    progress();
    const anchor = options.expect ? walker.anchorResult() : undefined;
    const report: VerifyReport = {
      ok: !broken && (anchor?.matched ?? true),
      checked: walker.checked,
      broken,
      head: head ? { count: head.count, lastId: head.last_id, hash: head.hash } : null,
      last: { id: walker.lastId, hash: walker.prev },
      expected: head?.count ?? 0,
    };
    if (anchor) report.anchor = anchor;
    return report;
  };

  if (!(await walkOn())) return finish(walker.broken, await readHead(db));

  // The end of the chain against the head. Writers append entries and move the head in one
  // transaction, so a head read after the walk is never behind the entries walked: entries beyond
  // the head were not written by Vigie. Entries appended meanwhile are walked too, then it looks again.
  for (;;) {
    const head = await readHead(db);
    const h = head ?? { last_id: 0, hash: GENESIS, count: 0, updated_at: '' };
    const lastId = walker.lastId ?? 0;
    if (h.last_id > lastId) {
      const before = walker.checked;
      if (!(await walkOn())) return finish(walker.broken, head);
      if (walker.checked > before) continue;
      return finish({ id: h.last_id, problem: 'rows_missing_at_end' }, head);
    }
    if (h.last_id < lastId) {
      const first = (await firstIdAfter(db, h.last_id)) ?? lastId;
      return finish({ id: first, problem: 'rows_added_at_end' }, head);
    }
    // Same last entry: its hash and the count must be the head's.
    if (h.hash !== walker.prev) {
      if (walker.lastId === null) return finish({ id: h.last_id, problem: 'rows_missing_at_end' }, head);
      return finish({ id: walker.lastId, problem: 'content_changed' }, head);
    }
    if (h.count !== walker.checked) {
      const problem: Problem = walker.checked < h.count ? 'rows_missing_at_end' : 'rows_added_at_end';
      return finish({ id: walker.lastId ?? h.last_id, problem }, head);
    }
    return finish(null, head);
  }
}

/**
 * A complete export (JSON Lines, oldest first, as `vigie log export` writes it) checked on its own,
 * without the database: every hash and every link. Without the head, entries cut from its end are
 * only seen against an anchor (`expect`).
 */
export async function verifyRows(
  rows: AsyncIterable<ChangeRow> | Iterable<ChangeRow>,
  options: { expect?: Anchor; onProgress?: VerifyProgress } = {},
): Promise<VerifyReport> {
  const walker = new ChainWalker(options.expect);
  for await (const r of rows) {
    if (!walker.push(r)) break;
    if (walker.checked % 5000 === 0) options.onProgress?.(walker.checked, walker.checked);
  }
  options.onProgress?.(walker.checked, walker.checked);
  const broken = walker.broken;
  const anchor = options.expect ? walker.anchorResult() : undefined;
  const report: VerifyReport = {
    ok: !broken && (anchor?.matched ?? true),
    checked: walker.checked,
    broken,
    head: null,
    last: { id: walker.lastId, hash: walker.prev },
    expected: walker.checked,
  };
  if (anchor) report.anchor = anchor;
  return report;
}
