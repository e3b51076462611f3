/** Choices for enum fields, labelled through i18n (`app.choices.<field>.<value>`). */
import { PILOT_CATEGORIES, PILOT_STAGES } from '@/domain/types';

const choicesOf = (field: string, values: readonly string[]) => values.map((id) => ({ id, name: `app.choices.${field}.${id}` }));

export const stageChoices = choicesOf('stage', PILOT_STAGES);
export const categoryChoices = choicesOf('category', PILOT_CATEGORIES);
