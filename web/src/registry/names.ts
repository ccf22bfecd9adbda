// Names in place of ids and logins, as the API resolved them (src/registry/names.ts) for a history or
// the change log: a gone thing reads by the last name the log recorded, else as "deleted presence";
// the number itself is only ever a tooltip or a link target.
import type { TFunction } from 'i18next';
import type { NameRef } from '../../../src/registry/model';
import { useTranslation } from '../i18n/useTranslation';

export type { EntryNames, NameRef } from '../../../src/registry/model';

/** A reference in words, or null when it has no name and still exists (a message template). */
export function nameText(t: TFunction, ref: NameRef | null | undefined): string | null {
  if (!ref) return null;
  if (ref.name) return ref.deleted ? t(`names.deletedNamed.${ref.kind}`, { name: ref.name }) : ref.name;
  return ref.deleted ? t(`names.deleted.${ref.kind}`) : null;
}

/** `nameText` with the page's language; `idTitle` is the tooltip that keeps the number at hand. */
export function useNames() {
  const { t } = useTranslation();
  return {
    text: (ref: NameRef | null | undefined) => nameText(t, ref),
    idTitle: (ref: NameRef | null | undefined) => (ref ? t('names.id', { id: String(ref.id) }) : undefined),
  };
}
