// Typing in a searchable list (Select, MultiSelect, Autocomplete, TagsInput) finds options as every
// search in Vigie does, by foldForSearch (src/core/text.ts): "energie" finds "Énergie", "oe" finds
// "Œuvre". Mantine's own filter ignores case only. The theme makes it every list's default.
import type { ComboboxItem, ComboboxParsedItem } from '@mantine/core';
import { foldForSearch } from '../../../src/core/text';

export { foldForSearch, searchMatcher } from '../../../src/core/text';

type Option = string | number | boolean | bigint;

/** Mantine's OptionsFilter, folded: the options whose label contains the search, groups kept. */
export function foldedOptionsFilter<V extends Option>({
  options,
  search,
  limit,
}: {
  options: ComboboxParsedItem<V>[];
  search: string;
  limit: number;
}): ComboboxParsedItem<V>[] {
  const q = foldForSearch(search.trim());
  const keep = (items: ComboboxParsedItem<V>[], max: number): ComboboxParsedItem<V>[] => {
    const out: ComboboxParsedItem<V>[] = [];
    for (const item of items) {
      if (out.length === max) break;
      if ('group' in item) {
        const inGroup = keep(item.items, max - out.length) as ComboboxItem<V>[];
        if (inGroup.length) out.push({ group: item.group, items: inGroup });
      } else if (foldForSearch(item.label).includes(q)) out.push(item);
    }
    return out;
  };
  return keep(options, limit);
}
