// The policies page's words, typed against its own catalogue (web/src/i18n/policies.en.ts) so that a
// mistyped key fails the typecheck whether or not the catalogue is merged into en.ts yet.
import { useCallback } from 'react';
import type { policiesEn } from '../../i18n/policies.en';
import { useTranslation } from '../../i18n/useTranslation';

type Plural = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K extends `${infer B}_${Plural}` ? B : K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type PoliciesKey = Leaves<typeof policiesEn>;

export type Say = (key: PoliciesKey, values?: Record<string, string | number>) => string;

export function usePoliciesText(): { say: Say; language: string } {
  const { t, i18n } = useTranslation();
  const say = useCallback<Say>(
    (key, values) => (t as unknown as (k: string, o?: object) => string)(`policies.${key}`, values),
    [t],
  );
  return { say, language: i18n.language };
}
