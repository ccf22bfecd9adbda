// The reader's language, without react-i18next's useTranslation: that hook builds a wrapper of the
// i18n instance for every component that calls it, which a table pays once per cell.
import i18next, { type i18n as I18n } from 'i18next';
import { useContext, useSyncExternalStore } from 'react';
import { I18nContext } from 'react-i18next';

/** The instance of an enclosing I18nextProvider (a test's), else the app's. */
export function useI18n(): I18n {
  return useContext(I18nContext)?.i18n ?? i18next;
}

const subscriptions = new WeakMap<I18n, (onChange: () => void) => () => void>();
function subscriber(instance: I18n) {
  let subscribe = subscriptions.get(instance);
  if (!subscribe) {
    subscribe = (onChange) => {
      instance.on('languageChanged', onChange);
      return () => instance.off('languageChanged', onChange);
    };
    subscriptions.set(instance, subscribe);
  }
  return subscribe;
}

/** The current language code ("en", "fr"); the caller renders again when it changes. */
export function useLanguage(): string {
  const instance = useI18n();
  const snapshot = () => instance.resolvedLanguage ?? instance.language ?? 'en';
  return useSyncExternalStore(subscriber(instance), snapshot, snapshot);
}
