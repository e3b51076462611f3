import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import { fromLegacyHash } from './layout/legacyHash';
import { createI18nProvider, loadMessages, preferredLocale } from './providers/i18nProvider';
import { readSession } from './providers/session';

/**
 * The Content-Security-Policy allows only the styles carrying this page's nonce, which the server
 * writes in the `csp-nonce` meta tag: MUI's styles carry it (none under `npm run dev`).
 */
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
const styles = createCache({ key: 'css', nonce: nonce && !nonce.startsWith('__') ? nonce : undefined });

// Links and bookmarks from before clean URLs (`/#/pilots/1/show`) open the same page.
const legacy = fromLegacyHash(window.location);
if (legacy) window.history.replaceState(null, '', legacy);

// The app shell is cached for use without network (production builds only).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
}

// Signed in and opening the home page: the dashboard's code comes alongside the layout's, not after it.
if (readSession() && window.location.pathname === '/') void import('./dashboard');

// The first page opens in the user's language: its messages are loaded first.
// (No top-level await: it would keep the bundler from merging the page's shared chunks.)
const locale = preferredLocale();
void loadMessages(locale).then(() =>
  createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <CacheProvider value={styles}>
      <BrowserRouter useTransitions={false}>
        <App i18nProvider={createI18nProvider(locale)} />
      </BrowserRouter>
    </CacheProvider>
  </StrictMode>,
  ),
);
