// Ids and logins of the change log resolved to names: current ones, the last name the log recorded
// for a deleted one, and "deleted, never named" for the rest; on both databases.
import { describe, expect, it } from 'vitest';
import { operatorAccess } from '../core/access';
import { forEachDialect } from '../core/testing/dialects';
import { insertUserRow } from '../trust/store';
import { namesFor, presenceName } from './names';
import { RegistryService } from './service';

describe('presenceName', () => {
  it('names a presence by its name, else its handle, else its address', () => {
    expect(presenceName({ name: 'Ombreval', handle: 'ombreval', url: 'https://x.com/ombreval' })).toBe(
      'Ombreval',
    );
    expect(presenceName({ name: null, handle: '@ombreval', url: 'https://x.com/ombreval' })).toBe(
      '@ombreval',
    );
    expect(presenceName({ name: null, handle: null, url: 'https://ombreval.example' })).toBe(
      'https://ombreval.example',
    );
  });
});

forEachDialect((t) => {
  it('gives the names of actors, subjects, ids in diffs and the batch’s audit', async () => {
    const reg = new RegistryService(t.h);
    const root = operatorAccess('cli:root');
    const hub = await reg.createUnit(root, {
      name: 'Communication',
      kind: 'hub',
      parentId: null,
      country: 'FR',
    });
    const gone = await reg.createUnit(root, {
      name: 'Service fermé',
      kind: 'other',
      parentId: null,
      country: null,
    });
    await reg.deleteUnit(root, gone.id);
    const alice = await reg.createPerson(root, {
      name: 'Alice Martin',
      email: 'alice@o.example',
      unitId: hub.id,
      jobTitle: null,
      status: 'active',
      leftOn: null,
    });
    await insertUserRow(
      t.h.db,
      { login: 'alice@o.example', name: 'Alice Martin', passwordHash: null },
      '2026-01-01',
    );
    const kept = await reg.createPresence(operatorAccess('alice@o.example'), {
      platform: 'x',
      handle: 'ombreval',
      name: 'Ombreval',
      unitId: hub.id,
    });
    const removed = await reg.createPresence(root, { platform: 'x', handle: 'ombreval_old' });
    await reg.deletePresence(root, removed.id);

    const [first, second, third, fourth] = await namesFor(t.h.db, [
      { actor: 'alice@o.example', entity: 'presence', entityId: kept.id, diff: {}, batch: null },
      {
        actor: 'cli:root',
        entity: 'audit_item',
        entityId: removed.id,
        diff: { into: [null, kept.id], decision: [null, 'merge'] },
        batch: 'audit:77',
      },
      {
        actor: 'nobody@o.example',
        entity: 'unit',
        entityId: gone.id,
        diff: { parentId: [hub.id, null], name: ['Service fermé', null] },
        batch: null,
      },
      {
        actor: 'alice@o.example',
        entity: 'user',
        entityId: 4242,
        diff: { personId: [null, alice.id] },
        batch: null,
      },
    ]);
    expect(first).toEqual({
      actor: 'Alice Martin',
      subject: { kind: 'presence', id: kept.id, name: 'Ombreval', deleted: false },
      fields: {},
      batch: null,
    });
    // A deleted presence by the last name the log recorded (its handle: it had no name).
    expect(second).toMatchObject({
      actor: null,
      subject: { kind: 'presence', id: removed.id, name: '@ombreval_old', deleted: true },
      fields: { into: [null, { kind: 'presence', id: kept.id, name: 'Ombreval', deleted: false }] },
      batch: { kind: 'audit', id: 77, name: null, deleted: true },
    });
    expect(second!.fields.decision).toBeUndefined();
    expect(third).toMatchObject({
      actor: null,
      subject: { kind: 'unit', id: gone.id, name: 'Service fermé', deleted: true },
      fields: { parentId: [{ kind: 'unit', id: hub.id, name: 'Communication', deleted: false }, null] },
    });
    // Never in the log, and gone: deleted, no name (the page says "deleted user", never "#4242").
    expect(fourth).toMatchObject({
      subject: { kind: 'user', id: 4242, name: null, deleted: true },
      fields: { personId: [null, { kind: 'person', id: alice.id, name: 'Alice Martin', deleted: false }] },
    });
  });

  it('names each change of a presence’s history by its actor, units and people', async () => {
    const reg = new RegistryService(t.h);
    const root = operatorAccess('cli:root');
    await insertUserRow(
      t.h.db,
      { login: 'bob@o.example', name: 'Bob Durand', passwordHash: null },
      '2026-01-01',
    );
    const p = await reg.createPresence(operatorAccess('bob@o.example'), {
      platform: 'x',
      handle: 'ombreval',
    });
    await reg.updatePresence(root, p.id, { status: 'dormant' });
    const history = await reg.history(root, p.id);
    expect(history.map((c) => c.names?.actor ?? null)).toEqual([null, 'Bob Durand']);
    expect(history[1]!.names?.subject).toEqual({
      kind: 'presence',
      id: p.id,
      name: '@ombreval',
      deleted: false,
    });
  });

  it('names only the actor and the subject for a reader scoped to the subject', async () => {
    const reg = new RegistryService(t.h);
    const root = operatorAccess('cli:root');
    const unit = await reg.createUnit(root, {
      name: 'Hors périmètre',
      kind: 'other',
      parentId: null,
      country: null,
    });
    const p = await reg.createPresence(root, { platform: 'x', handle: 'ombreval' });
    const line = {
      actor: 'cli:root',
      entity: 'presence',
      entityId: p.id,
      diff: { unitId: [null, unit.id] },
      batch: 'audit:1',
    };
    const [scoped] = await namesFor(t.h.db, [line], { subjectOnly: true });
    expect(scoped).toEqual({
      actor: null,
      subject: { kind: 'presence', id: p.id, name: '@ombreval', deleted: false },
      fields: {},
      batch: null,
    });
    const [whole] = await namesFor(t.h.db, [line]);
    expect(whole!.fields.unitId?.[1]?.name).toBe('Hors périmètre');
  });

  it('leaves out entries about nothing with a name: the log, the database', async () => {
    const [log] = await namesFor(t.h.db, [
      { actor: 'cli:root', entity: 'log', entityId: 0, diff: { format: [null, 'csv'] }, batch: null },
    ]);
    expect(log).toEqual({ actor: null, subject: null, fields: {}, batch: null });
  });
});
