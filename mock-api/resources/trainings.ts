/** Training sessions: the trainer who records one is the one who gave it, at the time the server says. */
import type { ResourceModule } from './types';

export const trainings: ResourceModule = {
  label: 'training',
  whose: 'trainings you gave',
  owns: (_db, actor, record) => record.trainerId === actor.id,
  attribute: (record, actor) => ({ ...record, trainerId: actor.id, recordedAt: new Date().toISOString() }),
};
