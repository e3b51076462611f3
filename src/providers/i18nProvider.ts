import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale } from 'react-admin';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';

/** English and French; the browser's language first, English otherwise. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'fr' ? fr : en),
  resolveBrowserLocale() === 'fr' ? 'fr' : 'en',
  [
    { locale: 'en', name: 'English' },
    { locale: 'fr', name: 'Français' },
  ],
  { allowMissing: false },
);
