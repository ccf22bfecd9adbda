// Choosing a unit: the options follow the tree, indented under their parent; the field itself shows
// the plain name, and typing searches names.
import { Select, type SelectProps, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from './queries';
import { type UnitNode, unitTree } from './units';

/** The organisation's units in tree order, for a UnitSelect (empty while they load). */
export function useUnitTree(): UnitNode[] {
  const { i18n } = useTranslation();
  const units = useUnits();
  return useMemo(() => unitTree(units.data ?? [], i18n.language), [units.data, i18n.language]);
}

export function UnitSelect({
  tree,
  extra = [],
  ...props
}: Omit<SelectProps, 'data' | 'renderOption'> & {
  tree: UnitNode[];
  extra?: { value: string; label: string }[];
}) {
  const depth = useMemo(() => new Map(tree.map((u) => [String(u.id), u.depth])), [tree]);
  const data = useMemo(
    () => [...extra, ...tree.map((u) => ({ value: String(u.id), label: u.name }))],
    [extra, tree],
  );
  return (
    <Select
      {...props}
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
