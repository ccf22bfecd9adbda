// `vigie audit accept`: the review's bulk accept from the command line — the filters pick the
// presences still to decide, named ones are sent as they are, and nothing is decided on a dry run.
import { expect, it } from 'vitest';
import { run } from '../cli/testing';
import { operatorAccess } from '../core/access';
import { forEachDialect } from '../core/testing/dialects';
import { RegistryService } from '../registry/service';
import { AuditService } from './service';

const op = operatorAccess('t');

forEachDialect((t) => {
  it('accepts the recommendation for the presences the filters keep, or those named', async () => {
    const reg = new RegistryService(t.h);
    const kept = await reg.createPresence(op, {
      platform: 'x',
      handle: 'ombreval',
      lastActivityOn: '2026-06-20',
    });
    const old = await reg.createPresence(op, {
      platform: 'x',
      handle: 'ombreval_old',
      status: 'abandoned',
      lastActivityOn: '2020-01-01',
    });
    const quiet = await reg.createPresence(op, {
      platform: 'facebook',
      handle: 'ombreval',
      lastActivityOn: '2025-01-01',
    });
    const audits = new AuditService(t.h, reg);
    const audit = await audits.run(op, { unitId: null, asOf: '2026-06-30' });
    const id = String(audit.id);
    const decisions = async () =>
      Object.fromEntries(
        (await audits.get(op, audit.id)).items.map((i) => [i.presenceId, i.decision?.decision ?? null]),
      );

    // Without a filter or names: refused, nothing decided.
    expect((await run(t.h, ['audit', 'accept', id, '--reason', 'Revue'])).kind).toBe('invalid');
    // A dry run says what it would accept, and decides nothing.
    const dry = await run(t.h, ['audit', 'accept', id, '--platform', 'x', '--reason', 'Revue', '--dry-run']);
    expect(dry.kind).toBeNull();
    expect(dry.out).toMatch(/ombreval_old +X +Close with a redirect message → ombreval/);
    expect(dry.out).toContain('would be accepted for 2 presences');
    expect(Object.values(await decisions())).toEqual([null, null, null]);

    // Filters: the undecided presences whose recommendation is a closure.
    const closed = await run(t.h, [
      'audit',
      'accept',
      id,
      '--recommendation',
      'close_redirect',
      '--reason',
      'Revue du lot',
      '--json',
    ]);
    expect(closed.kind).toBeNull();
    expect(JSON.parse(closed.out)).toMatchObject({ accepted: [old.id, quiet.id], skipped: [] });
    expect(await decisions()).toEqual({
      [kept.id]: null,
      [old.id]: 'close_redirect',
      [quiet.id]: 'close_redirect',
    });
    // Named: one already decided is left as it was, and said so.
    const named = await run(t.h, [
      'audit',
      'accept',
      id,
      '--presences',
      `${kept.id},${old.id}`,
      '--reason',
      'Revue',
    ]);
    expect(named.kind).toBeNull();
    expect(named.out).toContain('1 recommendation accepted');
    expect(named.out).toContain(`left as it was: presence ${old.id}`);
    // One not in the audit refuses them all; names and filters do not mix.
    expect((await run(t.h, ['audit', 'accept', id, '--presences', '999', '--reason', 'Revue'])).kind).toBe(
      'not_found',
    );
    expect(
      (await run(t.h, ['audit', 'accept', id, '--presences', '1', '--platform', 'x', '--reason', 'Revue']))
        .kind,
    ).toBe('commander.conflictingOption');
  });

  // Issue 12: the CLI said "No activity for 2372 days"; it says how long as people do.
  it('says how long a presence has been silent in years and months in `audit show`', async () => {
    const reg = new RegistryService(t.h);
    const old = await reg.createPresence(op, {
      platform: 'x',
      handle: 'ombreval_old',
      status: 'abandoned',
      lastActivityOn: '2020-01-01',
    });
    const audit = await new AuditService(t.h, reg).run(op, { unitId: null, asOf: '2026-06-30' });
    const shown = await run(t.h, ['audit', 'show', String(audit.id), '--json']);
    expect(shown.kind).toBeNull();
    const item = (
      JSON.parse(shown.out) as {
        items: {
          presence: { id: number };
          findings: { code: string; params: { days: number }; text: string }[];
          recommendation: { reasons: { text: string }[] };
        }[];
      }
    ).items.find((i) => i.presence.id === old.id)!;
    const abandoned = item.findings.find((f) => f.code === 'abandoned')!;
    // The exact figure stays in the params; the sentence says it in years and months.
    expect(abandoned.params.days).toBe(2372);
    expect(abandoned.text).toBe('No activity for 6 years 6 months (last on 2020-01-01): abandoned.');
    expect(item.recommendation.reasons[0]!.text).toMatch(
      /^No activity for 6 years 6 months, audience unknown:/,
    );
  });
});
