import { STAKEHOLDERS, type Feedback, type Stakeholder } from '../../src/domain/types';
import { COMMENTS } from './catalogue';
import type { SeedContext } from './context';
import { addDays, daysBetween } from './dates';

function commentFor(ctx: SeedContext, rating: number, stakeholder: Stakeholder): string {
  const band = COMMENTS[rating >= 4 ? 'good' : rating === 3 ? 'mixed' : 'bad'];
  return ctx.random.pick(band[stakeholder] ?? band.any);
}

export function generateFeedback(ctx: SeedContext): Feedback[] {
  const { random, db } = ctx;
  const feedback: Feedback[] = [];
  for (const pilot of db.pilots) {
    if (pilot.stage === 'proposed') continue;
    const trajectory = ctx.trajectories.get(pilot.id)!;
    const span = Math.max(1, daysBetween(pilot.startDate, trajectory.measuredUntil));
    const count = random.int(4, 14);
    for (let i = 0; i < count; i += 1) {
      const stakeholder = random.pick(STAKEHOLDERS);
      const rating = Math.min(5, Math.max(1, Math.round(1.8 + 3 * trajectory.plateau + random.noise(1.6))));
      const date = addDays(pilot.startDate, random.int(Math.min(30, span), span));
      const age = daysBetween(date, trajectory.measuredUntil);
      feedback.push({
        id: feedback.length + 1,
        pilotId: pilot.id,
        date,
        stakeholder,
        rating,
        comment: random.chance(0.8) ? commentFor(ctx, rating, stakeholder) : undefined,
        status: age > 90 ? 'addressed' : age > 30 ? 'acknowledged' : 'new',
        version: 1,
      });
    }
  }
  return feedback;
}
