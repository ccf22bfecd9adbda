// The `t` of the reader's language, in place of react-i18next's useTranslation: that hook builds a
// wrapper of the i18n instance and subscribes to its events in every component that calls it, which a
// table of a hundred rows pays a thousand times. Here each component only reads the language; the
// `t` and the object holding it are made once per instance and language, and shared.
import type { i18n as I18n, TFunction } from 'i18next';
import { useI18n, useLanguage } from './useLanguage';

interface Translation {
  t: TFunction<'translation', undefined>;
  i18n: I18n;
}

const made = new WeakMap<I18n, Map<string, Translation>>();

export function useTranslation(): Translation {
  const i18n = useI18n();
  const language = useLanguage();
  let byLanguage = made.get(i18n);
  if (!byLanguage) {
    byLanguage = new Map<string, Translation>();
    made.set(i18n, byLanguage);
  }
  let translation = byLanguage.get(language);
  if (!translation) {
    translation = { t: i18n.getFixedT(language), i18n };
    byLanguage.set(language, translation);
  }
  return translation;
}
