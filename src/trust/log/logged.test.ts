// The audit's and the data imports' changes are on the chained log, in their own transactions: who,
// what, before → after, and the chain still verifies afterwards; on both databases.
import { expect, it } from 'vitest';
import { AuditService } from '../../audit/service';
import { operatorAccess } from '../../core/access';
import type { Db } from '../../core/db';
import { forEachDialect } from '../../core/testing/dialects';
import { memorySource } from '../../imports/memory';
import { importSource } from '../../imports/pipeline';
import { RegistryService } from '../../registry/service';
import { listLog } from './store';
import { verifyLog } from './verify';

const AS_OF = '2026-06-30';

async function world(h: Db) {
  const reg = new RegistryService(h);
  const hub = await reg.createUnit(operatorAccess('test'), {
    name: 'Communication',
    kind: 'hub',
    parentId: null,
    country: 'FR',
  });
  const alice = await reg.createPerson(operatorAccess('test'), {
    name: 'Alice Martin',
    email: 'alice@o.example',
    unitId: hub.id,
    jobTitle: null,
    status: 'active',
    leftOn: null,
  });
  const main = await reg.createPresence(operatorAccess('test'), {
    platform: 'x',
    handle: 'ombreval',
    name: 'Ombreval',
    unitId: hub.id,
    ownerId: alice.id,
    status: 'active',
    mfa: 'on',
    recoveryContact: 'corporate',
    audience: 80_000,
    audienceOn: '2026-06-01',
    lastActivityOn: '2026-06-29',
  });
  const old = await reg.createPresence(operatorAccess('test'), {
    platform: 'linkedin',
    handle: 'company/ombreval-sud',
    unitId: hub.id,
    status: 'abandoned',
    mfa: 'on',
    recoveryContact: 'corporate',
    audience: 40,
    audienceOn: '2023-01-01',
    lastActivityOn: '2022-05-01',
  });
  return { reg, alice, main, old };
}

async function entries(h: Db, entity: string) {
  return (await listLog(h.db, h.dialect, { entity, limit: 500 })).entries.reverse();
}

forEachDialect((t) => {
  it('logs an audit run, a decision and its undo, a task change, settings, templates and KPIs', async () => {
    const w = await world(t.h);
    const s = new AuditService(t.h);
    const run = await s.run(operatorAccess('dir'), { unitId: null, asOf: AS_OF, name: 'Audit juin' });
    expect(await entries(t.h, 'audit')).toMatchObject([
      {
        actor: 'dir',
        entityId: run.id,
        action: 'run',
        diff: {
          name: [null, 'Audit juin'],
          asOf: [null, AS_OF],
          presences: [null, 2],
          scope: [null, expect.any(String)],
        },
        batch: `audit:${run.id}`,
      },
    ]);

    await s.decide(operatorAccess('dir'), run.id, w.old.id, {
      decision: 'close_redirect',
      into: w.main.id,
      reason: 'Plus suivi',
    });
    await s.decide(operatorAccess('dir2'), run.id, w.old.id, {
      decision: 'investigate',
      into: null,
      reason: 'Finalement, voir',
    });
    const tasks = await s.tasks(operatorAccess('tester'), run.id, { presenceId: w.old.id });
    expect(tasks.length).toBeGreaterThan(0);
    await s.undo(operatorAccess('dir3'), run.id, w.old.id);
    expect(await entries(t.h, 'audit_item')).toMatchObject([
      {
        actor: 'dir',
        entityId: w.old.id,
        action: 'decide',
        diff: { decision: [null, 'close_redirect'], into: [null, w.main.id] },
        reason: 'Plus suivi',
        batch: `audit:${run.id}`,
      },
      {
        actor: 'dir2',
        action: 'decide',
        diff: { decision: ['close_redirect', 'investigate'], into: [w.main.id, null] },
        reason: 'Finalement, voir',
      },
      {
        actor: 'dir3',
        action: 'undo',
        diff: { decision: ['investigate', null], reason: ['Finalement, voir', null] },
        reason: null,
      },
    ]);

    await s.decide(operatorAccess('dir'), run.id, w.old.id, {
      decision: 'close_redirect',
      into: w.main.id,
      reason: 'Plus suivi',
    });
    const task = (await s.tasks(operatorAccess('tester'), run.id, { presenceId: w.old.id }))[0]!;
    await s.updateTask(operatorAccess('cm'), task.id, {
      status: 'doing',
      ownerId: w.alice.id,
      dueOn: '2026-08-01',
    });
    await s.updateTask(operatorAccess('cm'), task.id, { status: 'doing' }); // nothing changes: nothing logged
    const taskLog = await entries(t.h, 'audit_task');
    expect(taskLog).toHaveLength(1);
    expect(taskLog[0]).toMatchObject({
      actor: 'cm',
      entityId: task.id,
      action: 'update',
      diff: {
        status: ['todo', 'doing'],
        owner: [task.owner ?? null, 'Alice Martin'],
        dueOn: [task.dueOn, '2026-08-01'],
      },
    });

    const settings = await s.settings();
    await s.saveSettings(operatorAccess('admin'), { ...settings, pollAudience: settings.pollAudience + 1 });
    await s.saveSettings(operatorAccess('admin'), { ...settings, pollAudience: settings.pollAudience + 1 }); // unchanged
    expect(await entries(t.h, 'audit_settings')).toMatchObject([
      {
        actor: 'admin',
        action: 'update',
        diff: { pollAudience: [settings.pollAudience, settings.pollAudience + 1] },
      },
    ]);
    expect(Object.keys((await entries(t.h, 'audit_settings'))[0]!.diff)).toEqual(['pollAudience']);

    const tpl = { kind: 'redirect', language: 'fr', platform: '*' } as const;
    await s.saveTemplate(operatorAccess('admin'), { ...tpl, body: 'Retrouvez-nous sur {target_url}' });
    await s.saveTemplate(operatorAccess('admin'), { ...tpl, body: 'Suivez-nous sur {target_url}' });
    await s.deleteTemplate(operatorAccess('admin2'), tpl);
    const tplLog = await entries(t.h, 'audit_template');
    expect(tplLog.map((e) => [e.actor, e.action])).toEqual([
      ['admin', 'create'],
      ['admin', 'update'],
      ['admin2', 'delete'],
    ]);
    expect(tplLog[1]!.diff).toEqual({
      body: ['Retrouvez-nous sur {target_url}', 'Suivez-nous sur {target_url}'],
    });
    expect(tplLog[2]!.diff).toMatchObject({
      kind: ['redirect', null],
      body: ['Suivez-nous sur {target_url}', null],
    });
    expect(new Set(tplLog.map((e) => e.entityId)).size).toBe(1);

    const kpi = await s.addKpi(operatorAccess('cm'), w.main.id, {
      objective: 'awareness',
      metric: 'audience',
      target: 100_000,
      period: 'year',
      baseline: 80_000,
      auditId: run.id,
    });
    await s.deleteKpi(operatorAccess('cm2'), kpi.id);
    expect(await entries(t.h, 'kpi')).toMatchObject([
      {
        actor: 'cm',
        entityId: kpi.id,
        action: 'create',
        diff: {
          presence: [null, w.main.id],
          metric: [null, 'audience'],
          target: [null, 100_000],
          audit: [null, run.id],
        },
      },
      {
        actor: 'cm2',
        entityId: kpi.id,
        action: 'delete',
        diff: { metric: ['audience', null], target: [100_000, null] },
      },
    ]);

    expect(await verifyLog(t.h.db)).toMatchObject({ ok: true, broken: null });
  });

  it('logs nothing when an audit action fails', async () => {
    const w = await world(t.h);
    const s = new AuditService(t.h);
    const run = await s.run(operatorAccess('dir'), { unitId: null, asOf: AS_OF });
    const before = (await listLog(t.h.db, t.dialect, { limit: 500 })).entries.length;
    await expect(
      s.decide(operatorAccess('dir'), run.id, w.old.id, {
        decision: 'invest',
        into: null,
        reason: 'Le bon',
        ownerId: 9999,
      }),
    ).rejects.toThrow();
    await expect(s.deleteKpi(operatorAccess('x'), 12345)).rejects.toThrow();
    await expect(
      s.deleteTemplate(operatorAccess('x'), { kind: 'redirect', language: 'en', platform: 'x' }),
    ).rejects.toThrow();
    expect((await listLog(t.h.db, t.dialect, { limit: 500 })).entries.length).toBe(before);
  });

  it('logs a data import with its file, platform and counts; a dry run logs nothing', async () => {
    const tweets = [
      {
        tweet: {
          id_str: '1',
          created_at: 'Wed Mar 03 10:20:30 +0000 2021',
          full_text: 'Bonjour',
          favorite_count: '2',
        },
      },
      {
        tweet: {
          id_str: '2',
          created_at: 'Thu Mar 04 10:20:30 +0000 2021',
          full_text: 'Salut',
          favorite_count: '1',
        },
      },
    ];
    const archive = () =>
      memorySource('ombreval-archive.zip', {
        'data/manifest.js': `window.__THAR_CONFIG = ${JSON.stringify({
          userInfo: { accountId: '1234', userName: 'Ombreval_Test', displayName: 'Ombreval Test' },
          dataTypes: {
            tweets: { files: [{ fileName: 'data/tweets.js', globalName: 'YTD.tweets.part0', count: '2' }] },
          },
        })}`,
        'data/account.js': `window.YTD.account.part0 = ${JSON.stringify([
          { account: { accountId: '1234', username: 'Ombreval_Test', accountDisplayName: 'Ombreval Test' } },
        ])}`,
        'data/tweets.js': `window.YTD.tweets.part0 = ${JSON.stringify(tweets)}`,
      });
    const meta = { size: 1000, sha256: 'a'.repeat(64) };
    await importSource(t.h, 'tester', archive(), meta, { dryRun: true });
    expect(await entries(t.h, 'data_import')).toEqual([]);
    const r = await importSource(t.h, 'tester', archive(), meta);
    expect(await entries(t.h, 'data_import')).toMatchObject([
      {
        actor: 'tester',
        entityId: r.importId,
        action: 'create',
        diff: {
          file: [null, 'ombreval-archive.zip'],
          platform: [null, 'x'],
          presence: [null, r.presence!.id],
          posts: [null, 2],
          added: [null, 2],
          sha256: [null, 'a'.repeat(64)],
        },
        batch: `data-import:${r.importId}`,
      },
    ]);
    expect(await verifyLog(t.h.db)).toMatchObject({ ok: true });
  });
});
