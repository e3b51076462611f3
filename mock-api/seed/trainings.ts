import { TRAINING_FORMATS, type Training } from '../../src/domain/types';
import { TRAINING_TITLES } from './catalogue';
import type { SeedContext } from './context';
import { addDays, daysBetween } from './dates';

/** Large groups of agents are trained mostly online; small teams in sessions of a dozen. */
const MAX_SESSIONS = 90;

export function generateTrainings(ctx: SeedContext): Training[] {
  const { random, db } = ctx;
  const trainers = db.users.filter((u) => u.role === 'trainer');
  const trainings: Training[] = [];
  for (const pilot of db.pilots) {
    if (pilot.stage === 'proposed') continue;
    const { measuredUntil: until, plateau } = ctx.trajectories.get(pilot.id)!;
    const span = Math.max(1, daysBetween(pilot.startDate, until));
    if (span < 20) continue;
    const agents = pilot.agentsToTrain ?? pilot.targetUsers;
    // Pilots that go well train most of their agents; those that stall, few of them.
    const coverageGoal = agents * Math.min(1, Math.max(0.1, 0.2 + 0.85 * plateau + random.noise(0.1)));
    const large = agents > 400;
    let trained = 0;
    for (let session = 0; trained < coverageGoal && session < MAX_SESSIONS; session += 1) {
      const format = large ? random.pick(['e-learning', 'e-learning', 'remote'] as const) : random.pick(TRAINING_FORMATS);
      const participants = format === 'e-learning' ? random.int(large ? 40 : 10, large ? 120 : 40) : random.int(6, 20);
      const completed = Math.round(participants * (0.7 + random.next() * 0.3));
      trained += completed;
      const date = addDays(pilot.startDate, Math.round((span * (session + 1)) / (session + 3)));
      trainings.push({
        id: trainings.length + 1,
        pilotId: pilot.id,
        title: TRAINING_TITLES[Math.min(session, TRAINING_TITLES.length - 1)],
        date,
        // Recorded the evening of the session.
        recordedAt: `${date}T17:00:00.000Z`,
        trainerId: random.pick(trainers).id,
        format,
        durationHours: format === 'e-learning' ? random.pick([1, 1.5, 2]) : random.pick([2, 3, 3.5, 7]),
        participants,
        completed,
        satisfaction: random.chance(0.85) ? Math.round((3.2 + random.next() * 1.8) * 10) / 10 : null,
        version: 1,
      });
    }
  }
  return trainings;
}
