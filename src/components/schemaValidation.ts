/**
 * Form validators derived from the shared schema (`src/domain/schema.ts`) and rules
 * (`src/domain/validation.ts`): the same checks the API runs, shown in the user's language.
 * Never write a field's rule here or in a form: write it in the domain, and it reaches both.
 */
import { required, type Validator } from 'react-admin';
import { todayIso } from '@/domain/format';
import { SCENARIO_SCHEMA, SCHEMAS, type ResourceSchema } from '@/domain/schema';
import type { Kpi, StoredResource } from '@/domain/types';
import { checkKpiValue, checkValue, isMissing, ruleProblems, type FieldProblems, type Problem } from '@/domain/validation';

/** A problem as react-admin translates it: `app.validation.<code>` with its parameters. */
export const problemMessage = (problem: Problem) => ({ message: `app.validation.${problem.code}`, args: problem.params ?? {} });

/** The validators of a field of `schema`: presence, type and bounds, then the rules between fields (`rules`). */
export function validatorsOf(schema: ResourceSchema, field: string, rules: (values: Record<string, unknown>) => FieldProblems = () => ({})): Validator[] {
  const spec = schema[field];
  if (!spec) throw new Error(`No field ${field} in the schema`);
  const validators: Validator[] = [];
  if (spec.required && spec.default === undefined) validators.push(required());
  validators.push((value: unknown, values: Record<string, unknown>) => {
    const own = isMissing(value) ? null : checkValue(spec, value, todayIso());
    const problem = own ?? rules(values ?? {})[field];
    return problem ? problemMessage(problem) : undefined;
  });
  return validators;
}

/** The validators of `resource`'s `field`: presence, type and bounds, and the rules between fields that concern it. */
export const validate = (resource: StoredResource, field: string): Validator[] =>
  validatorsOf(SCHEMAS[resource], field, (values) => ruleProblems(resource, values));

/** The validators of a generalization scenario's field (`SCENARIO_SCHEMA`). */
export const validateScenario = (field: keyof typeof SCENARIO_SCHEMA & string): Validator[] => validatorsOf(SCENARIO_SCHEMA, field);

/** A measurement's value: the schema's rules, plus the range its KPI's unit allows (a count is never negative...). */
export function validateMeasurementValue(kpi: Pick<Kpi, 'unitKind' | 'scaleMax'> | undefined): Validator[] {
  const inRange: Validator = (value: unknown) => {
    const problem = kpi ? checkKpiValue(kpi, value) : null;
    return problem ? problemMessage(problem) : undefined;
  };
  return [...validate('measurements', 'value'), inRange];
}
