// The audit on the demo organisation (Groupe Ombreval): it must find the mess planted there and
// recommend what a communication director would. Expected figures are counted from the registry
// itself, never written down here.
import { beforeAll, describe, expect, it } from 'vitest';
import { operatorAccess } from '../core/access';
import { DIALECTS, freshDb, pgAvailable } from '../core/testing/dialects';
import { loadDemo } from '../demo/loader';
import { DEMO_TODAY } from '../demo/organisation';
import type { Overview, Presence } from '../registry/model';
import { RISK_FIELD, RISKS, type Risk } from '../registry/risks';
import { RegistryService } from '../registry/service';
import { getPlatform } from '../registry/urls/platforms';
import type { Audit } from './model';
import { riskCounts } from './report/figures';
import { renderReportHtml } from './report/html';
import { escapeHtml, itemNames, plural, reasonText } from './report/text';
import { AuditService } from './service';

// On both databases: the audit reads the registry through SQL that differs between them.
for (const dialect of DIALECTS) {
  const run = dialect === 'postgres' && !pgAvailable() ? describe.skip : describe;
  run(`the audit of the demo organisation (${dialect})`, () => {
    let audit: Audit;
    let live: Presence[];
    let all: Presence[];
    let overview: Overview;
    const listed = new Map<Risk, number>();
    beforeAll(async () => {
      const h = await freshDb(dialect);
      await loadDemo(h);
      const reg = new RegistryService(h);
      all = (await reg.listPresences()).items;
      live = all.filter((p) => !['closed', 'archived'].includes(p.status));
      overview = await reg.overview(operatorAccess('tester'));
      for (const risk of RISKS) listed.set(risk, (await reg.listPresences({ risk })).total);
      const s = new AuditService(h);
      audit = await s.get(
        operatorAccess('tester'),
        (await s.run(operatorAccess('tester'), { unitId: null, asOf: DEMO_TODAY })).id,
      );
      await h.close();
    }, 60_000);

    const item = (id: number) => audit.items.find((i) => i.presenceId === id)!;
    const codes = (id: number) => item(id).findings.map((f) => f.code);

    it('judges every presence that is not closed or archived', () => {
      expect(audit.presences).toBe(live.length);
      expect(audit.items.map((i) => i.presenceId).sort((a, b) => a - b)).toEqual(
        live.map((p) => p.id).sort((a, b) => a - b),
      );
    });

    it('finds the dead platforms, the discovered accounts and the owners who left', () => {
      const dead = live.filter((p) => getPlatform(p.platform)?.alive === false);
      expect(dead.length).toBeGreaterThan(0);
      for (const p of dead) {
        expect(codes(p.id)).toContain('dead_platform');
        // Issue 12: nobody can post a redirect message there; removed, never closed with one.
        expect(item(p.id).recommendation).toMatchObject({ decision: 'remove', into: null });
      }
      const discovered = live.filter(
        (p) => p.status === 'discovered' && getPlatform(p.platform)?.alive !== false,
      );
      expect(discovered.length).toBeGreaterThan(0);
      for (const p of discovered) expect(item(p.id).recommendation.decision).toBe('claim');
      // On a dead platform nothing but the closing matters (the account cannot be used any more).
      const ownerLeft = live.filter((p) => p.ownerLeft && getPlatform(p.platform)?.alive !== false);
      expect(ownerLeft.length).toBeGreaterThan(0);
      for (const p of ownerLeft) expect(codes(p.id)).toContain('owner_left');
    });

    // Issue 12: "owner has left" was 32 on the overview and in the list it opens, 24 in the audit and
    // its report; "no custodian" 75 on the overview, 79 "without a reliable custodian" in the report.
    it('counts each risk the same on the overview, in the list it opens, in the audit and in its report', () => {
      const report = riskCounts(audit);
      const html = renderReportHtml(
        {
          organisation: 'Groupe Ombreval',
          audit,
          tasks: [],
          previous: null,
          generatedAt: `${DEMO_TODAY}T12:00:00Z`,
        },
        'en',
      );
      for (const risk of RISKS) {
        const field = RISK_FIELD[risk];
        const found = audit.items.filter((i) => i.findings.some((f) => f.code === risk)).length;
        expect(found, risk).toBeGreaterThan(0);
        expect({
          risk,
          overview: overview.risks[field],
          list: listed.get(risk),
          report: report[field],
        }).toEqual({
          risk,
          overview: found,
          list: found,
          report: found,
        });
      }
      // The report's sentences say the same figures, the custody one naming the overview's two cards.
      const r = overview.risks;
      for (const [key, count, params] of [
        ['audit.report.key.owner_left', r.ownerLeft, {}],
        ['audit.report.key.dead', r.deadPlatform, {}],
        [
          'audit.report.key.custody',
          r.noCustodian + r.custodianLeft,
          { none: r.noCustodian, left: r.custodianLeft },
        ],
      ] as const)
        expect(html).toContain(escapeHtml(plural('en', key, count, params)));
      // Presences: the overview's current ones are the audit's.
      expect(overview.totals.current).toBe(audit.presences);
      expect(overview.totals.presences - overview.totals.current).toBe(all.length - live.length);
    });

    it('shows where the status declared in the registry is not what the activity measures', () => {
      const stale = audit.items.filter(
        (i) => i.presence.status === 'dormant' && i.findings.some((f) => f.code === 'abandoned'),
      );
      expect(stale.length).toBeGreaterThan(0);
      for (const i of stale)
        expect(i.findings.find((f) => f.code === 'status_differs')?.params).toMatchObject({
          declared: 'dormant',
          measured: 'abandoned',
          days: i.facts.daysSinceActivity.value,
        });
      for (const i of audit.items.filter((x) => x.presence.status === 'abandoned'))
        if (i.findings.some((f) => f.code === 'abandoned'))
          expect(i.findings.map((f) => f.code)).not.toContain('status_differs');
    });

    it('finds the credential risks: MFA off, personal recovery contacts, no custodian', () => {
      for (const p of live.filter((x) => getPlatform(x.platform)?.alive !== false)) {
        if (p.mfa === 'off') expect(codes(p.id)).toContain('mfa_off');
        if (p.recoveryContact === 'personal') expect(codes(p.id)).toContain('personal_recovery');
        if (p.custodianId === null) expect(codes(p.id)).toContain('no_custodian');
      }
      expect(audit.items.filter((i) => i.findings.some((f) => f.code === 'mfa_off')).length).toBeGreaterThan(
        5,
      );
    });

    it('closes abandoned accounts with a redirect, polling first where the audience is large', () => {
      const abandoned = audit.items.filter(
        (i) =>
          i.findings.some((f) => f.code === 'abandoned') &&
          !i.findings.some((f) => f.code === 'dead_platform'),
      );
      expect(abandoned.length).toBeGreaterThan(5);
      for (const i of abandoned) {
        const withAudience = i.findings.some((f) => f.code === 'abandoned_with_audience');
        if (i.presence.status === 'discovered') continue;
        expect(['close_redirect', 'progressive_redirect', 'merge']).toContain(i.recommendation.decision);
        if (withAudience && i.recommendation.decision !== 'merge')
          expect(i.recommendation.decision).toBe('progressive_redirect');
      }
    });

    it('never closes a presence it knows nothing about, and always says where the audience goes', () => {
      for (const i of audit.items) {
        if (i.findings.some((f) => f.code === 'no_data'))
          expect(['investigate', 'claim', 'close_redirect']).toContain(i.recommendation.decision);
        if (i.recommendation.decision === 'merge') expect(i.recommendation.into).not.toBeNull();
        if (i.recommendation.into !== null) {
          const target = item(i.recommendation.into);
          expect(['invest', 'maintain']).toContain(target.recommendation.decision);
        }
      }
    });

    it('merges duplicates of the same unit, platform and language, and keeps fewer presences than it found', () => {
      expect(audit.items.some((i) => i.recommendation.decision === 'merge')).toBe(true);
      expect(audit.kept).toBeLessThan(audit.presences);
      expect(audit.kept).toBeGreaterThan(audit.presences / 5);
    });

    it('gives reasons a person can read, in English and French', () => {
      const nameOf = itemNames(audit.items);
      for (const i of audit.items) {
        expect(i.recommendation.reasons.length).toBeGreaterThan(0);
        for (const r of i.recommendation.reasons)
          for (const locale of ['en', 'fr'] as const) {
            // As the report, the CSV and the CLI write them (durations, presences by name).
            const text = reasonText(locale, r, nameOf);
            expect(text).not.toBe(r.code);
            expect(text).not.toMatch(/\{\w+\}/);
          }
      }
    });
  });
}
