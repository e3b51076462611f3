/**
 * `npm start`, once `build.ts` has built the SPA and the API: serves the SPA (`dist/`, from the
 * folder npm runs in, the project's) and the API on one origin (see `index.ts` for the environment).
 */
import path from 'node:path';

process.env.STATIC_DIR ??= path.resolve('dist');
await import('./index');
