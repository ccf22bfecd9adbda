import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from './db';
import { copyField, copyInto, copyText } from './pg-copy';
import { withPgClient } from './pg-driver';
import { freshDb, pgAvailable } from './testing/dialects';

describe('COPY text format', () => {
  it('writes null as \\N and escapes only what the format reads specially', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    // A text that reads "\N" is a backslash and an N, never a null.
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField('a\tb\nc\r\nd\\e')).toBe('a\\tb\\nc\\r\\nd\\\\e');
    expect(copyField('é 🇫🇷 "quoted", ;|')).toBe('é 🇫🇷 "quoted", ;|');
    expect(copyField('')).toBe('');
    expect(copyField(0)).toBe('0');
    expect(copyField(-12.5)).toBe('-12.5');
    expect(() => copyField(Number.NaN)).toThrow();
    expect(
      copyText(
        [
          ['x', null, 3],
          ['y\tz', 'w', null],
        ],
        [0, 1, 2],
      ),
    ).toBe('x\t\\N\t3\ny\\tz\tw\t\\N\n');
    // Objects: the columns named, in their order.
    expect(copyText([{ a: 1, b: 'é\n', c: 'ignored' }], ['b', 'a'])).toBe('é\\n\t1\n');
  });
});

const pgRun = pgAvailable() ? describe : describe.skip;

pgRun('COPY into PostgreSQL', () => {
  let h: Db;
  beforeEach(async () => {
    h = await freshDb('postgres');
    await sql`CREATE TABLE copied (n integer NOT NULL, t text)`.execute(h.db);
  });
  afterEach(async () => {
    await h.close();
  });

  const NT = [0, 1] as const;
  const rows = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => [from + i, `row ${from + i}`] as const);
  const count = async () =>
    Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM copied`.execute(h.db)).rows[0]!.n);

  it('stores every row, in chunks larger than the socket takes at once', async () => {
    const big = 'x'.repeat(200_000);
    const n = await withPgClient(h.db, (c) =>
      copyInto(c, 'copied', ['n', 't'], [copyText(rows(0, 5000), NT), copyText([[5000, big]], NT)]),
    );
    expect(n).toBe(5001);
    expect(await count()).toBe(5001);
    const last = await sql<{ t: string }>`SELECT t FROM copied WHERE n = 5000`.execute(h.db);
    expect(last.rows[0]!.t).toBe(big);
  });

  it('stores nothing when a chunk cannot be made, and leaves the connection usable', async () => {
    function* chunks() {
      yield copyText(rows(0, 1000), NT);
      throw new Error('the reader failed');
    }
    await expect(
      h.db
        .transaction()
        .execute((trx) => withPgClient(trx, (c) => copyInto(c, 'copied', ['n', 't'], chunks()))),
    ).rejects.toThrow('the reader failed');
    expect(await count()).toBe(0);
    // The COPY was ended (CopyFail), so the rollback went through; the pool serves the next one.
    await withPgClient(h.db, (c) => copyInto(c, 'copied', ['n', 't'], [copyText(rows(0, 2), NT)]));
    expect(await count()).toBe(2);
  });

  it('stores nothing when PostgreSQL refuses a row after others were sent', async () => {
    const bad = `${copyText(rows(0, 1000), NT)}not a number\tx\n${copyText(rows(1000, 2000), NT)}`;
    await expect(
      h.db.transaction().execute((trx) => withPgClient(trx, (c) => copyInto(c, 'copied', ['n', 't'], [bad]))),
    ).rejects.toThrow(/integer/);
    expect(await count()).toBe(0);
  });
});
