// Choosing a unit: the options follow the tree, indented under their parent; the field itself shows
// the plain name, and typing searches names. A field that puts something in a unit offers only the
// units where the person may make that change (useUnitChoices).
import { Select, type SelectProps, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Permission } from '../../../src/core/access';
import { useTranslation } from '../i18n/useTranslation';
import { useScope } from '../trust/session';
import { useUnits } from './queries';
import { mayLeaveUnitEmpty, unitsInScope } from './scope';
import { type UnitNode, unitTree } from './units';

/** The organisation's units in tree order, for a UnitSelect (empty while they load). */
export function useUnitTree(): UnitNode[] {
  const { i18n } = useTranslation();
  const units = useUnits();
  return useMemo(() => unitTree(units.data ?? [], i18n.language), [units.data, i18n.language]);
}

export interface UnitChoices {
  /** The units offered, in tree order. */
  tree: UnitNode[];
  /** The permission applies everywhere: every unit, and none, may be chosen. */
  everywhere: boolean;
  /** Besides `keep`, no unit may be chosen: the field only shows where the record is. */
  fixed: boolean;
  /** What the field says when its choices are narrowed (undefined when they are not). */
  hint: string | undefined;
}

/**
 * The units where the signed-in person may put something with this permission (the server's scope
 * check, from /api/me), and `keep`, the unit it is in now.
 */
export function useUnitChoices(permission: Permission, keep: number | null = null): UnitChoices {
  const { t } = useTranslation();
  const all = useUnitTree();
  const scope = useScope(permission);
  return useMemo(() => {
    const tree = unitsInScope(all, scope, keep);
    const everywhere = mayLeaveUnitEmpty(scope);
    const fixed = !everywhere && tree.every((u) => u.id === keep);
    const hint = everywhere ? undefined : fixed ? t('units.scopeFixed') : t('units.scopeHint');
    return { tree, everywhere, fixed, hint };
  }, [all, scope, keep, t]);
}

/** A unit field: searchable by name, the tree's options indented under their parent. */
export function UnitSelect({
  tree,
  extra = [],
  ...props
}: Omit<SelectProps, 'data' | 'renderOption'> & {
  tree: UnitNode[];
  extra?: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const depth = useMemo(() => new Map(tree.map((u) => [String(u.id), u.depth])), [tree]);
  const data = useMemo(
    () => [...extra, ...tree.map((u) => ({ value: String(u.id), label: u.name }))],
    [extra, tree],
  );
  // Long names ("Direction régionale Provence-Alpes-Côte d'Azur") are whole in a dropdown wider
  // than a narrow field, and in the field's tooltip once chosen.
  const chosen = data.find((d) => d.value === props.value)?.label;
  return (
    <Select
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      title={chosen}
      {...props}
      comboboxProps={{
        width: 'max-content',
        position: 'bottom-start',
        styles: { dropdown: { maxWidth: 'min(26rem, calc(100vw - 24px))' } },
        ...props.comboboxProps,
      }}
      data={data}
      renderOption={({ option }) => {
        const d = depth.get(option.value);
        return (
          <Text
            size="sm"
            pl={(d ?? 0) * 14}
            fw={d === 0 ? 600 : undefined}
            fs={d === undefined ? 'italic' : undefined}
          >
            {option.label}
          </Text>
        );
      }}
    />
  );
}
