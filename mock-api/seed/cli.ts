/**
 * `npm run seed -- --pilots N --measurements M [--seed S] --out FILE`: writes a data set to FILE;
 * with `--database-url URL` instead, loads it into that (empty) PostgreSQL database with COPY.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateData } from './index';
import { describeUrl, loadIntoPostgres } from '../store/postgres/postgresStore';

const { values } = parseArgs({
  options: {
    pilots: { type: 'string', default: '30' },
    measurements: { type: 'string' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: 'data/db.json' },
    'database-url': { type: 'string' },
  },
});

const wholeNumber = (name: string, raw: string | undefined) => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, got "${raw}"`);
    process.exit(2);
  }
  return n;
};

const data = generateData({
  pilots: wholeNumber('pilots', values.pilots),
  measurements: wholeNumber('measurements', values.measurements),
  seed: wholeNumber('seed', values.seed),
});
const databaseUrl = values['database-url'];
let destination: string;
if (databaseUrl) {
  const started = Date.now();
  try {
    await loadIntoPostgres(databaseUrl, data);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  destination = `${describeUrl(databaseUrl)} in ${((Date.now() - started) / 1000).toFixed(1)} s`;
} else {
  destination = path.resolve(values.out ?? 'data/db.json');
  mkdirSync(path.dirname(destination), { recursive: true });
  writeFileSync(destination, JSON.stringify(data));
}
console.log(
  `Wrote ${destination}: ${data.pilots.length} pilots, ${data.kpis.length} KPIs, ${data.measurements.length} measurements, ` +
    `${data.trainings.length} trainings, ${data.feedback.length} feedback, ${data.decisions.length} decisions, ${data.users.length} users.`,
);
