// Units form a tree: the hub first, then its spokes, each followed by its own sub-units.
import type { Unit } from '../../../src/registry/model';
import { UNIT_KINDS } from './meta';

export interface UnitNode extends Unit {
  depth: number;
  /** Names of the ancestors, root first. */
  path: string[];
  /** Presences of this unit and all its sub-units. */
  presencesTotal: number;
  children: number;
}

const kindRank = (u: Unit) => UNIT_KINDS.indexOf(u.kind);

/** The units in tree order (depth-first, hub first, then by kind and name), each with its depth. */
export function unitTree(units: Unit[], locale = 'en'): UnitNode[] {
  const byParent = new Map<number | null, Unit[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(u);
    byParent.set(parent, list);
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const order = (a: Unit, b: Unit) => kindRank(a) - kindRank(b) || collator.compare(a.name, b.name);
  const out: UnitNode[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number, path: string[]): number => {
    let total = 0;
    for (const u of (byParent.get(parent) ?? []).sort(order)) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      const node: UnitNode = { ...u, depth, path, presencesTotal: u.presences, children: 0 };
      out.push(node);
      node.children = (byParent.get(u.id) ?? []).length;
      node.presencesTotal += walk(u.id, depth + 1, [...path, u.name]);
      total += node.presencesTotal;
    }
    return total;
  };
  walk(null, 0, []);
  return out;
}

/** The unit and every unit below it. */
export function descendants(units: Unit[], id: number): Set<number> {
  const out = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId !== null && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}
