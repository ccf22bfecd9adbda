// The grants editor's rows and the API's grants: one row per organisation-wide role, one per unit a
// unit manager runs, and one per presence role listing its presences (the API wants one grant per
// presence). Pure, so that it is tested.
import { ROLE_SCOPE, type Role } from '../../../src/core/access';
import type { Grant, GrantInput } from '../../../src/trust/model';

export interface GrantDraft {
  key: string;
  role: Role | null;
  unitId: number | null;
  presenceIds: number[];
}

let counter = 0;
export function draftKey(): string {
  counter += 1;
  return `g${counter}`;
}

export function emptyDraft(): GrantDraft {
  return { key: draftKey(), role: null, unitId: null, presenceIds: [] };
}

/** A user's grants as editor rows; presence grants of the same role gather on one row. */
export function toDrafts(grants: readonly Pick<Grant, 'role' | 'unitId' | 'presenceId'>[]): GrantDraft[] {
  const out: GrantDraft[] = [];
  const byRole = new Map<Role, GrantDraft>();
  for (const g of grants) {
    const scope = ROLE_SCOPE[g.role];
    if (scope === 'presence') {
      const row = byRole.get(g.role);
      if (row) {
        if (g.presenceId !== null && !row.presenceIds.includes(g.presenceId))
          row.presenceIds.push(g.presenceId);
      } else {
        const created: GrantDraft = {
          key: draftKey(),
          role: g.role,
          unitId: null,
          presenceIds: g.presenceId === null ? [] : [g.presenceId],
        };
        byRole.set(g.role, created);
        out.push(created);
      }
    } else if (scope === 'unit') {
      out.push({ key: draftKey(), role: g.role, unitId: g.unitId, presenceIds: [] });
    } else if (!out.some((r) => r.role === g.role)) {
      out.push({ key: draftKey(), role: g.role, unitId: null, presenceIds: [] });
    }
  }
  return out;
}

export type DraftProblem = 'role' | 'unit' | 'presences' | null;

/** What a row still lacks. */
export function draftProblem(d: GrantDraft): DraftProblem {
  if (!d.role) return 'role';
  const scope = ROLE_SCOPE[d.role];
  if (scope === 'unit' && d.unitId === null) return 'unit';
  if (scope === 'presence' && d.presenceIds.length === 0) return 'presences';
  return null;
}

/** The rows as the API's grants, without duplicates; rows still incomplete are left out. */
export function toGrantInputs(drafts: readonly GrantDraft[]): GrantInput[] {
  const seen = new Set<string>();
  const out: GrantInput[] = [];
  const add = (g: GrantInput) => {
    const k = `${g.role}/${g.unitId ?? ''}/${g.presenceId ?? ''}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(g);
  };
  for (const d of drafts) {
    if (!d.role || draftProblem(d) !== null) continue;
    const scope = ROLE_SCOPE[d.role];
    if (scope === 'organisation') add({ role: d.role, unitId: null, presenceId: null });
    else if (scope === 'unit') add({ role: d.role, unitId: d.unitId, presenceId: null });
    else for (const p of d.presenceIds) add({ role: d.role, unitId: null, presenceId: p });
  }
  return out;
}

/** The same grants, whatever their order (to tell whether the editor changed anything). */
export function sameGrants(a: readonly GrantInput[], b: readonly GrantInput[]): boolean {
  const key = (g: GrantInput) => `${g.role}/${g.unitId ?? ''}/${g.presenceId ?? ''}`;
  const x = a.map(key).sort();
  const y = b.map(key).sort();
  return x.length === y.length && x.every((k, i) => k === y[i]);
}
