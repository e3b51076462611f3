import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

/**
 * The Content-Security-Policy allows only the styles carrying this page's nonce, which the server
 * writes in the `csp-nonce` meta tag: MUI's styles carry it (none under `npm run dev`).
 */
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
const styles = createCache({ key: 'css', nonce: nonce && !nonce.startsWith('__') ? nonce : undefined });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <CacheProvider value={styles}>
      <App />
    </CacheProvider>
  </StrictMode>,
);
