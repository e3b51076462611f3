/** Choices for enum fields, labelled through i18n (`app.choices.<field>.<value>`). */
import {
  DECISION_KINDS,
  FEEDBACK_STATUSES,
  KPI_DIRECTIONS,
  KPI_KINDS,
  MEASUREMENT_GROUPS,
  PILOT_CATEGORIES,
  PILOT_STAGES,
  RECOMMENDATIONS,
  STAKEHOLDERS,
  TRAINING_FORMATS,
  UNIT_KINDS,
  type PilotStage,
} from '@/domain/types';

export const choicesOf = (field: string, values: readonly string[]) => values.map((id) => ({ id, name: `app.choices.${field}.${id}` }));

export const stageChoices = choicesOf('stage', PILOT_STAGES);
export const categoryChoices = choicesOf('category', PILOT_CATEGORIES);
export const kindChoices = choicesOf('kind', KPI_KINDS);
export const unitKindChoices = choicesOf('unitKind', UNIT_KINDS);
export const directionChoices = choicesOf('direction', KPI_DIRECTIONS);
export const formatChoices = choicesOf('format', TRAINING_FORMATS);
export const stakeholderChoices = choicesOf('stakeholder', STAKEHOLDERS);
export const statusChoices = choicesOf('status', FEEDBACK_STATUSES);
export const decisionChoices = choicesOf('decision', DECISION_KINDS);
export const groupChoices = choicesOf('group', MEASUREMENT_GROUPS);
export const recommendationChoices = choicesOf('recommendation', RECOMMENDATIONS);
export const ratingChoices = [1, 2, 3, 4, 5].map((id) => ({ id, name: `app.choices.rating.${id}` }));

/** Stage choices limited to `stages` (the ones an edit may set). */
export const stageChoicesOf = (stages: readonly PilotStage[]) => choicesOf('stage', stages);
