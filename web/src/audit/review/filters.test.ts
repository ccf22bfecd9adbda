// The review's filters and order: the drawer walks the rows in the order the table shows them.
import { describe, expect, it } from 'vitest';
import type { AuditItem } from '../../../../src/audit/model';
import { acceptable, byRecommendation, filterItems, filtersActive, NO_FILTERS, sortItems } from './filters';

/** An audited presence with only what the filters and the order read. */
function item(
  presenceId: number,
  o: { unitId?: number | null; name?: string; days?: number | null; decided?: 'keep' | 'close' } = {},
): AuditItem {
  return {
    presenceId,
    presence: {
      name: o.name ?? `P${presenceId}`,
      handle: null,
      url: `https://x.com/p${presenceId}`,
      unit: null,
      unitId: o.unitId ?? null,
      owner: null,
      platform: 'x',
    },
    facts: { daysSinceActivity: { value: o.days ?? null } },
    findings: [],
    recommendation: { decision: 'keep', into: null, reasons: [] },
    decision: o.decided ? { decision: o.decided } : null,
  } as unknown as AuditItem;
}

const items = [
  item(1, { unitId: 4, name: 'Voyages', days: 400 }),
  item(2, { days: null, decided: 'close' }),
  item(3, { unitId: 4, days: 12, decided: 'keep' }),
];

describe('filterItems', () => {
  it('keeps what every filter allows', () => {
    expect(filterItems(items, NO_FILTERS).map((i) => i.presenceId)).toEqual([1, 2, 3]);
    expect(filterItems(items, { ...NO_FILTERS, unit: '4' }).map((i) => i.presenceId)).toEqual([1, 3]);
    expect(filterItems(items, { ...NO_FILTERS, unit: 'none' }).map((i) => i.presenceId)).toEqual([2]);
    expect(filterItems(items, { ...NO_FILTERS, decided: 'undecided' }).map((i) => i.presenceId)).toEqual([1]);
    expect(filterItems(items, { ...NO_FILTERS, decided: 'changed' }).map((i) => i.presenceId)).toEqual([2]);
    expect(filterItems(items, { ...NO_FILTERS, q: 'voyA' }).map((i) => i.presenceId)).toEqual([1]);
  });

  it('finds words regardless of case and accents, as the server does (issue 12)', () => {
    const named = [
      item(1, { name: 'Pôle Énergie' }),
      item(2, { name: 'Œuvre sociale' }),
      item(3, { name: 'L’eau' }),
    ];
    const ids = (q: string) => filterItems(named, { ...NO_FILTERS, q }).map((i) => i.presenceId);
    for (const q of ['energie', 'énergie', 'ÉNERGIE', 'Energie']) expect(ids(q)).toEqual([1]);
    expect(ids('oe')).toEqual([2]);
    expect(ids("l'eau")).toEqual([3]);
    expect(ids('%')).toEqual([]);
  });
});

describe('sortItems', () => {
  it('keeps the order without a sort, and puts unknown values last either way', () => {
    expect(sortItems(items, []).map((i) => i.presenceId)).toEqual([1, 2, 3]);
    expect(sortItems(items, [{ id: 'days', desc: false }]).map((i) => i.presenceId)).toEqual([3, 1, 2]);
    expect(sortItems(items, [{ id: 'days', desc: true }]).map((i) => i.presenceId)).toEqual([1, 3, 2]);
  });
});

describe('the bulk accept', () => {
  it('is offered once a filter is set, for the rows shown still to decide, in their order', () => {
    expect(filtersActive(NO_FILTERS)).toBe(false);
    expect(filtersActive({ ...NO_FILTERS, q: 'voy' })).toBe(true);
    expect(filtersActive({ ...NO_FILTERS, decided: 'undecided' })).toBe(true);
    const shown = sortItems(items, [{ id: 'days', desc: true }]);
    expect(acceptable(shown).map((i) => i.presenceId)).toEqual([1]);
    const four = [item(4), item(5, { decided: 'keep' }), item(6)];
    expect(acceptable([...four].reverse()).map((i) => i.presenceId)).toEqual([6, 4]);
  });

  it('counts what each recommended decision takes, in the method’s order', () => {
    const mixed = [
      { ...item(1), recommendation: { decision: 'close_redirect', into: null, reasons: [] } },
      { ...item(2), recommendation: { decision: 'maintain', into: null, reasons: [] } },
      { ...item(3), recommendation: { decision: 'close_redirect', into: 2, reasons: [] } },
    ] as AuditItem[];
    expect(byRecommendation(mixed)).toEqual([
      ['maintain', 1],
      ['close_redirect', 2],
    ]);
    expect(byRecommendation([])).toEqual([]);
  });
});
