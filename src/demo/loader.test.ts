import { expect, it } from 'vitest';
import { Conflict } from '../core/errors';
import { forEachDialect } from '../core/testing/dialects';
import { RegistryService } from '../registry/service';
import { loadDemo } from './loader';
import { demoOrganisation } from './organisation';

forEachDialect((t) => {
  it('loads the demo organisation with the mess the sources describe', async () => {
    const r = await loadDemo(t.h);
    const data = demoOrganisation();
    // Duplicates written two ways merge into one presence.
    expect(r.merged).toBeGreaterThanOrEqual(4);
    expect(r.presences).toBe(data.presences.length - r.merged);
    expect(r.presences).toBeGreaterThanOrEqual(165);
    expect(r.presences).toBeLessThanOrEqual(190);
    const o = await new RegistryService(t.h).overview();
    expect(o.totals.platforms).toBeGreaterThanOrEqual(14);
    expect(o.totals.units).toBeGreaterThanOrEqual(10);
    expect(o.risks.noOwner).toBeGreaterThanOrEqual(20);
    expect(o.risks.ownerLeft).toBeGreaterThanOrEqual(10);
    expect(o.risks.noCustodian).toBeGreaterThanOrEqual(30);
    expect(o.risks.personalRecovery).toBeGreaterThanOrEqual(15);
    expect(o.risks.deadPlatform).toBeGreaterThanOrEqual(8);
    expect(o.totals.byStatus.dormant + o.totals.byStatus.abandoned).toBeGreaterThanOrEqual(25);
    expect(o.totals.byStatus.discovered).toBeGreaterThanOrEqual(5);
  });

  it('is deterministic, refuses to overwrite a registry, and resets on demand', async () => {
    const first = await loadDemo(t.h);
    await expect(loadDemo(t.h)).rejects.toBeInstanceOf(Conflict);
    const s = new RegistryService(t.h);
    const before = (await s.listPresences({})).items.map((p) => [p.platform, p.handle, p.status, p.owner]);
    const again = await loadDemo(t.h, { reset: true });
    expect(again).toEqual(first);
    expect((await s.listPresences({})).items.map((p) => [p.platform, p.handle, p.status, p.owner])).toEqual(
      before,
    );
  });
});
