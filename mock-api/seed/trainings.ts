import { TRAINING_FORMATS, type PilotCategory, type Training } from '../../src/domain/types';
import { TRAINING_TITLES } from './catalogue';
import type { SeedContext } from './context';
import { addDays, daysBetween } from './dates';

/** Tools used by agents themselves: training aims to reach most of the target users. */
const AGENT_FACING: readonly PilotCategory[] = ['document-management', 'collaboration', 'agent-portal'];

export function generateTrainings(ctx: SeedContext): Training[] {
  const { random, db } = ctx;
  const trainers = db.users.filter((u) => u.role === 'trainer');
  const trainings: Training[] = [];
  for (const pilot of db.pilots) {
    if (pilot.stage === 'proposed') continue;
    const until = ctx.trajectories.get(pilot.id)!.measuredUntil;
    const span = Math.max(1, daysBetween(pilot.startDate, until));
    const agentFacing = AGENT_FACING.includes(pilot.category);
    const coverageGoal = agentFacing ? pilot.targetUsers * (0.3 + random.next() * 0.7) : random.int(15, 80);
    let trained = 0;
    for (let session = 0; trained < coverageGoal && session < 40; session += 1) {
      const format = random.pick(TRAINING_FORMATS);
      const participants = format === 'e-learning' ? random.int(10, 60) : random.int(6, 20);
      const completed = Math.round(participants * (0.7 + random.next() * 0.3));
      trained += completed;
      trainings.push({
        id: trainings.length + 1,
        pilotId: pilot.id,
        title: TRAINING_TITLES[Math.min(session, TRAINING_TITLES.length - 1)],
        date: addDays(pilot.startDate, Math.round((span * (session + 1)) / (session + 3))),
        trainerId: random.pick(trainers).id,
        format,
        durationHours: format === 'e-learning' ? random.pick([1, 1.5, 2]) : random.pick([2, 3, 3.5, 7]),
        participants,
        completed,
        satisfaction: random.chance(0.85) ? Math.round((3.2 + random.next() * 1.8) * 10) / 10 : null,
      });
    }
  }
  return trainings;
}
