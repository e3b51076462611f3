import type { Collections, Internal } from '../../src/domain/types';
import type { Random } from './random';

/** The date the demo data is generated "as of", fixed so that the data is deterministic. */
export const SEED_TODAY = '2026-11-01';

/** How well a pilot goes: the share of its target users it ends up reaching, and how fast. */
export interface Trajectory {
  plateau: number;
  /** Logistic growth rate, per month. */
  steepness: number;
  /** Months from the start to the inflection point. */
  midpoint: number;
  /** Last date measured. */
  measuredUntil: string;
}

export interface SeedContext {
  random: Random;
  db: Collections & Partial<Internal>;
  trajectories: Map<number, Trajectory>;
  /** Total measurements wanted, or undefined for monthly series. */
  measurements?: number;
}
