// People as choices in forms: those still in the organisation, plus anyone already assigned.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople } from './queries';

export function useActivePeopleOptions(keep: (number | null | undefined)[] = []) {
  const { t, i18n } = useTranslation();
  const people = usePeople();
  const keepKey = keep.filter(Boolean).join(',');
  return useMemo(() => {
    const kept = new Set(keepKey ? keepKey.split(',').map(Number) : []);
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base' });
    return (people.data ?? [])
      .filter((p) => p.status === 'active' || kept.has(p.id))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((p) => ({
        value: String(p.id),
        label: p.status === 'left' ? t('people.nameLeft', { name: p.name }) : p.name,
      }));
  }, [people.data, keepKey, t, i18n.language]);
}
