/**
 * `npm run bench` (bundle part): builds the SPA and reports the size of what a browser downloads,
 * raw and gzipped, per file and in total; writes mock-api/bench/results/bundle.json.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSpa } from '../buildSpa';

const root = path.resolve(import.meta.dirname, '../..');
await buildSpa('error');

const assets = path.join(root, 'dist/assets');
const files = readdirSync(assets)
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => {
    const contents = readFileSync(path.join(assets, name));
    return { file: name, bytes: statSync(path.join(assets, name)).size, gzipBytes: gzipSync(contents).length };
  })
  .sort((a, b) => b.bytes - a.bytes);
const total = files.reduce((sum, f) => ({ bytes: sum.bytes + f.bytes, gzipBytes: sum.gzipBytes + f.gzipBytes }), { bytes: 0, gzipBytes: 0 });

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
for (const f of files) console.log(`${f.file.padEnd(40)} ${kB(f.bytes).padStart(10)}  gzip ${kB(f.gzipBytes).padStart(9)}`);
console.log(`${'total'.padEnd(40)} ${kB(total.bytes).padStart(10)}  gzip ${kB(total.gzipBytes).padStart(9)}`);

const outDir = path.join(root, 'mock-api/bench/results');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'bundle.json'), JSON.stringify({ date: new Date().toISOString(), files, total }, null, 2));
console.log('\nWritten to mock-api/bench/results/bundle.json');
