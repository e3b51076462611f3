/** Feedback: owned through its pilot; no rule beyond its fields. */
import type { ResourceModule } from './types';

export const feedback: ResourceModule = { label: 'feedback' };
