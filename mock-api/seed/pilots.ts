import type { Pilot, PilotCategory, PilotStage } from '../../src/domain/types';
import { PILOT_IDEAS, PLACES, REGIONS } from './catalogue';
import { SEED_TODAY, type SeedContext } from './context';
import { addDays, addMonths } from './dates';

/** A repeating mix of stages: mostly running and evaluating pilots, some decided, a few proposed. */
const STAGE_MIX: readonly PilotStage[] = ['running', 'evaluating', 'generalized', 'running', 'stopped', 'evaluating', 'running', 'proposed', 'generalized', 'running'];

/**
 * How running pilots fare, in turn, so that the demo tells the whole story: some ready to
 * generalize, some promising but not there yet, some that never took off, some just started.
 */
const RUNNING_FATES = ['strong', 'promising', 'weak', 'new'] as const;
type Fate = (typeof RUNNING_FATES)[number] | PilotStage;

const PLATEAU: Record<Fate, [number, number]> = {
  proposed: [0, 0],
  running: [0.15, 0.9],
  strong: [0.7, 0.92],
  promising: [0.3, 0.45],
  weak: [0.02, 0.06],
  new: [0.3, 0.6],
  evaluating: [0.35, 0.95],
  generalized: [0.75, 0.97],
  stopped: [0.05, 0.3],
};

/** Tools used by agents themselves: every target user is an agent to train. */
export const AGENT_FACING: readonly PilotCategory[] = ['document-management', 'collaboration', 'agent-portal'];

function datesFor(stage: PilotStage, fate: Fate, ctx: SeedContext): { startDate: string; endDate: string; measuredUntil: string } {
  const { random } = ctx;
  switch (stage) {
    case 'proposed': {
      const startDate = addMonths(SEED_TODAY, random.int(1, 4));
      return { startDate, endDate: addMonths(startDate, 12), measuredUntil: SEED_TODAY };
    }
    case 'running': {
      if (fate === 'new') {
        const startDate = addDays(SEED_TODAY, -random.int(5, 25));
        return { startDate, endDate: addMonths(startDate, 12), measuredUntil: SEED_TODAY };
      }
      const startDate = addMonths(SEED_TODAY, -random.int(fate === 'weak' ? 10 : 8, 26));
      return { startDate, endDate: addMonths(SEED_TODAY, random.int(3, 12)), measuredUntil: SEED_TODAY };
    }
    case 'evaluating': {
      const startDate = addMonths(SEED_TODAY, -random.int(12, 30));
      return { startDate, endDate: addMonths(SEED_TODAY, random.int(0, 2)), measuredUntil: SEED_TODAY };
    }
    case 'generalized': {
      const startDate = addMonths(SEED_TODAY, -random.int(24, 36));
      return { startDate, endDate: addMonths(startDate, random.int(12, 18)), measuredUntil: SEED_TODAY };
    }
    case 'stopped': {
      const startDate = addMonths(SEED_TODAY, -random.int(18, 34));
      const endDate = addMonths(startDate, random.int(10, 14));
      return { startDate, endDate, measuredUntil: endDate };
    }
  }
}

export function generatePilots(ctx: SeedContext, count: number): Pilot[] {
  const { random, db } = ctx;
  const managers = db.users.filter((u) => u.role === 'manager');
  let running = 0;
  return Array.from({ length: count }, (_, index) => {
    const idea = PILOT_IDEAS[index % PILOT_IDEAS.length];
    const round = Math.floor(index / PILOT_IDEAS.length);
    const stage = STAGE_MIX[index % STAGE_MIX.length];
    const fate: Fate = stage === 'running' ? RUNNING_FATES[running++ % RUNNING_FATES.length] : stage;
    const { startDate, endDate, measuredUntil } = datesFor(stage, fate, ctx);
    const id = index + 1;
    const [low, high] = PLATEAU[fate];
    ctx.trajectories.set(id, {
      plateau: low + random.next() * (high - low),
      steepness: 0.25 + random.next() * 0.45,
      midpoint: 3 + random.next() * 9,
      measuredUntil,
    });
    const scale = round === 0 ? 1 : 0.5 + random.next() * 1.5;
    const targetUsers = Math.max(10, Math.round(idea.targetUsers * scale));
    return {
      id,
      name: round === 0 ? idea.name : `${idea.name} – ${PLACES[(index + round) % PLACES.length]} ${round + 1}`,
      summary: idea.summary,
      category: idea.category,
      department: idea.department,
      region: REGIONS[(index * 7 + round) % REGIONS.length],
      ownerId: managers[index % managers.length].id,
      stage,
      startDate,
      endDate,
      budget: random.int(2, 60) * 10_000,
      targetUsers,
      agentsToTrain: AGENT_FACING.includes(idea.category) ? targetUsers : random.int(4, 30) * 5,
      published: stage === 'generalized' || (stage === 'running' && random.chance(0.4)),
      version: 1,
    };
  });
}
