// People as choices in forms: those still in the organisation, plus anyone already assigned.
import { useMemo } from 'react';
import type { Target } from '../../../src/core/access';
import { useTranslation } from '../i18n/useTranslation';
import { useCanOn, useMe } from '../trust/session';
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

/**
 * The choices for a presence's custodian, who may then reveal its credentials: only someone with
 * `custody.assign` over the presence chooses (admins, unit managers), and never themselves (the
 * server refuses both; the form says so instead of failing on save).
 */
export function useCustodianChoice(target: Target, current: number | null | undefined) {
  const { t } = useTranslation();
  const me = useMe();
  const options = useActivePeopleOptions([current]);
  const canAssign = useCanOn('custody.assign', target);
  const self = me?.user.personId ?? null;
  return useMemo(
    () => ({
      canAssign,
      options: options.filter(
        (o) => self === null || o.value !== String(self) || o.value === String(current),
      ),
      help: canAssign ? t('presence.custodianHelp') : t('presence.custodianLocked'),
    }),
    [canAssign, options, self, current, t],
  );
}
