/**
 * The deterministic demo data generator: one generator per resource, run in dependency order,
 * then `finalize`. `generateDemoData()` is what a new data folder starts with.
 */
import { INTERNAL_COLLECTIONS, STORED_RESOURCES, type Collections, type Database, type Internal } from '../../src/domain/types';
import type { SeedContext } from './context';
import { generateComparisons } from './comparisons';
import { generateDecisions } from './decisions';
import { generateFeedback } from './feedback';
import { generateKpis } from './kpis';
import { generateMeasurements } from './measurements';
import { generatePilots } from './pilots';
import { createRandom } from './random';
import { generateTrainings } from './trainings';
import { generateCredentials, generateUsers } from './users';

export interface SeedOptions {
  /** Number of pilots (default 30). */
  pilots?: number;
  /** Total measurements to spread over the KPIs; default: one a month. */
  measurements?: number;
  /** Seed of the random generator (default 42). */
  seed?: number;
}

/** Drops absent optional fields and sets each collection's next id. */
function finalize(db: Collections & Internal): Database {
  const clean = JSON.parse(JSON.stringify(db)) as Collections & Internal;
  const sequences = Object.fromEntries(
    [...STORED_RESOURCES, ...INTERNAL_COLLECTIONS].map((name) => [name, clean[name].reduce((max, r) => Math.max(max, r.id), 0) + 1]),
  ) as Database['_sequences'];
  return { ...clean, _sequences: sequences };
}

/** A database with no data and no account, for a production start. */
export const emptyDatabase = (): Database =>
  finalize({ users: [], pilots: [], kpis: [], measurements: [], trainings: [], feedback: [], decisions: [], credentials: [], sessions: [], audit: [], tokens: [], replies: [] });

export function generateData(options: SeedOptions = {}): Database {
  const db: Collections & Internal = {
    users: [],
    pilots: [],
    kpis: [],
    measurements: [],
    trainings: [],
    feedback: [],
    decisions: [],
    credentials: [],
    sessions: [],
    tokens: [],
    replies: [],
    audit: [],
  };
  const ctx: SeedContext = { random: createRandom(options.seed ?? 42), db, trajectories: new Map(), measurements: options.measurements };
  db.users = generateUsers();
  db.credentials = generateCredentials(db.users, createRandom(options.seed ?? 42));
  db.pilots = generatePilots(ctx, options.pilots ?? 30);
  db.kpis = generateKpis(ctx);
  db.measurements = generateMeasurements(ctx);
  db.trainings = generateTrainings(ctx);
  db.feedback = generateFeedback(ctx);
  db.decisions = generateDecisions(ctx);
  // Its own generator, so that the demo's other records stay what they were.
  db.measurements.push(...generateComparisons(ctx, createRandom((options.seed ?? 42) + 1)));
  return finalize(db);
}

export const generateDemoData = () => generateData();
