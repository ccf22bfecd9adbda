// French and English: the language comes from the person's earlier choice (localStorage), else from
// the browser; it is sent to the API as Accept-Language so error messages come back in it too.
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../app/api';
import { en } from './en';
import { fr } from './fr';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_KEY = 'vigie.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

function sync(language: string): void {
  const lang: Language = language.startsWith('fr') ? 'fr' : 'en';
  setApiLanguage(lang);
  document.documentElement.lang = lang;
}

i18n.on('languageChanged', sync);

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_KEY,
      caches: ['localStorage'],
    },
  });

/** The current language, reduced to the ones Vigie speaks. */
export function currentLanguage(): Language {
  return (i18n.resolvedLanguage ?? i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
}

export default i18n;
