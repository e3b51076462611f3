/** `npm run seed -- --pilots N --measurements M --out FILE [--seed S]`: writes a data set to FILE. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateData } from './index';

const { values } = parseArgs({
  options: {
    pilots: { type: 'string', default: '30' },
    measurements: { type: 'string' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: 'data/db.json' },
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
const out = path.resolve(values.out ?? 'data/db.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(data));
console.log(
  `Wrote ${out}: ${data.pilots.length} pilots, ${data.kpis.length} KPIs, ${data.measurements.length} measurements, ` +
    `${data.trainings.length} trainings, ${data.feedback.length} feedback, ${data.decisions.length} decisions, ${data.users.length} users.`,
);
