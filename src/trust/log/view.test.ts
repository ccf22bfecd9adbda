// The log as the page reads it: the client's address apart from the reason, and names in place of
// ids and logins (GET /log); on both databases.
import { describe, expect, it } from 'vitest';
import { buildAccess } from '../../core/access';
import type { Db } from '../../core/db';
import { appendChanges } from '../../core/log';
import { forEachDialect } from '../../core/testing/dialects';
import { insertUserRow } from '../store';
import { change, logApp } from './testing';
import type { LogViewEntry } from './view';
import { splitAddress } from './view';

describe('splitAddress', () => {
  const via = { via: [null, 'password'] as [unknown, unknown] };
  it('reads the address sign-ins record as a field, apart from the other fields', () => {
    expect(
      splitAddress({ entity: 'user', reason: null, diff: { ...via, ip: [null, '203.0.113.7'] } }),
    ).toEqual({ reason: null, ip: '203.0.113.7', diff: via });
  });

  it('moves an address that older sign-ins wrote as the reason to its own field', () => {
    expect(splitAddress({ entity: 'user', reason: '203.0.113.7', diff: via })).toEqual({
      reason: null,
      ip: '203.0.113.7',
      diff: via,
    });
    expect(splitAddress({ entity: 'user', reason: '2001:db8::1', diff: {} })).toMatchObject({
      reason: null,
      ip: '2001:db8::1',
    });
    expect(splitAddress({ entity: 'user', reason: 'left the company', diff: {} })).toMatchObject({
      reason: 'left the company',
      ip: null,
    });
    expect(splitAddress({ entity: 'user', reason: null, diff: {} })).toMatchObject({
      reason: null,
      ip: null,
    });
    // Only users' entries carry an address: anywhere else the text is a reason, whatever it looks like.
    expect(splitAddress({ entity: 'presence', reason: '10.0.0.1', diff: {} })).toMatchObject({
      reason: '10.0.0.1',
      ip: null,
    });
  });
});

/** The log's routes as an admin sees them. */
const appFor = (h: Db) =>
  logApp(
    h,
    buildAccess({
      userId: 1,
      actor: 'admin@test',
      personId: null,
      grants: [{ role: 'admin', unitId: null, presenceId: null }],
      units: [],
    }),
  );

forEachDialect((t) => {
  it('answers each entry with its names and the address apart from the reason', async () => {
    const id = await insertUserRow(
      t.h.db,
      { login: 'helene@o.example', name: 'Hélène Marchand', passwordHash: null },
      '2026-01-01T00:00:00.000Z',
    );
    await appendChanges(t.h.db, [
      change(1, {
        actor: 'helene@o.example',
        entity: 'user',
        entity_id: id,
        action: 'sign_in',
        diff: { via: [null, 'password'] },
        batch: null,
        reason: '198.51.100.23',
      }),
      change(2, {
        actor: 'helene@o.example',
        entity: 'presence',
        entity_id: 26,
        action: 'delete',
        diff: { name: ['Ombreval Jobs', null] },
        batch: null,
        reason: 'Doublon',
      }),
    ]);
    const res = await appFor(t.h).request('/api/log');
    expect(res.status).toBe(200);
    const { entries } = (await res.json()) as { entries: LogViewEntry[] };
    const [deleted, signIn] = entries;
    expect(signIn).toMatchObject({
      reason: null,
      ip: '198.51.100.23',
      names: {
        actor: 'Hélène Marchand',
        subject: { kind: 'user', id, name: 'Hélène Marchand', deleted: false },
      },
    });
    expect(deleted).toMatchObject({
      reason: 'Doublon',
      ip: null,
      names: { subject: { kind: 'presence', id: 26, name: 'Ombreval Jobs', deleted: true } },
    });
    // "Who" finds a user's entries by name as well as by login.
    for (const who of ['marchand', 'Hélène', 'helene@o'])
      expect(
        (
          (await (await appFor(t.h).request(`/api/log?actor=${encodeURIComponent(who)}`)).json()) as {
            entries: unknown[];
          }
        ).entries,
        who,
      ).toHaveLength(2);
    expect(
      ((await (await appFor(t.h).request('/api/log?actor=Dupont')).json()) as { entries: unknown[] }).entries,
    ).toHaveLength(0);
    // The row keeps what was written: the hash still covers the address as the reason.
    const row = await t.h.db
      .selectFrom('changes')
      .select('reason')
      .where('action', '=', 'sign_in')
      .executeTakeFirst();
    expect(row?.reason).toBe('198.51.100.23');
  });
});
