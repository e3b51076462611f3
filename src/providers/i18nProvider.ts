import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale } from 'react-admin';
import { en } from '@/i18n/en';

export type Locale = 'en' | 'fr';
type Messages = typeof en;

/** The catalogues at hand: English always, French once loaded (it comes with the first French page). */
const loaded: Partial<Record<Locale, Messages>> = { en };

/** Loads a language's messages ahead of the first render, so a French browser opens in French at once. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  loaded[locale] ??= locale === 'fr' ? (await import('@/i18n/fr')).fr : en;
  return loaded[locale];
}

/** The language the user chose before (react-admin's store), else the browser's when it is French, else English. */
export function preferredLocale(): Locale {
  try {
    const chosen = JSON.parse(localStorage.getItem('RaStore.locale') ?? 'null') as unknown;
    if (chosen === 'fr' || chosen === 'en') return chosen;
  } catch {
    // An unreadable choice counts as none.
  }
  return resolveBrowserLocale() === 'fr' ? 'fr' : 'en';
}

/** English and French; the initial language's messages must be loaded (see `loadMessages`). */
export const createI18nProvider = (initial: Locale = preferredLocale()) =>
  polyglotI18nProvider(
    (locale) => loaded[locale as Locale] ?? loadMessages(locale as Locale),
    loaded[initial] ? initial : 'en',
    [
      { locale: 'en', name: 'English' },
      { locale: 'fr', name: 'Français' },
    ],
    { allowMissing: false },
  );

export const i18nProvider = createI18nProvider();
