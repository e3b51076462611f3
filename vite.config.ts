import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const apiPort = Number(process.env.API_PORT ?? 3001);

const reactRouter = (file: string) => path.resolve(import.meta.dirname, 'node_modules/react-router/dist/production', file);

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    // The app shell (every built file) cached by a service worker: a reload without network still
    // opens the app for someone who signed in before; pages are answered from the cached index.html.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'Pilot Tracker',
        short_name: 'Pilot Tracker',
        description: 'Run digital-transformation pilots and decide, from evidence, which ones to scale up.',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f91',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        navigateFallback: '/index.html',
        // The API and the open-data files are never answered by the app shell.
        navigateFallbackDenylist: [/^\/api\//, /^\/open-data\/./],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname, 'src')}/` },
      // A polyfill of what every supported browser has (see the file).
      { find: /^object\.entries$/, replacement: path.resolve(import.meta.dirname, 'src/shims/objectEntries.cjs') },
      // React Router's package points every build at its development files (remix-run/react-router#12532):
      // a production build takes its production files, smaller and without development warnings.
      ...(mode === 'production'
        ? [
            { find: /^react-router$/, replacement: reactRouter('index.mjs') },
            { find: /^react-router\/dom$/, replacement: reactRouter('dom-export.mjs') },
          ]
        : []),
    ],
  },
  server: {
    port: Number(process.env.PORT ?? 3000),
    proxy: { '/api': `http://localhost:${apiPort}` },
  },
  build: { outDir: 'dist', sourcemap: true },
}));
