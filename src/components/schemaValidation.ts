/**
 * Form validators derived from the shared schema (`src/domain/schema.ts`) and rules
 * (`src/domain/validation.ts`): the same checks the API runs, shown in the user's language.
 * Never write a field's rule here or in a form: write it in the domain, and it reaches both.
 */
import { required, type Validator } from 'react-admin';
import { todayIso } from '@/domain/format';
import { SCHEMAS } from '@/domain/schema';
import type { Kpi, StoredResource } from '@/domain/types';
import { checkKpiValue, checkValue, isMissing, ruleProblems, type Problem } from '@/domain/validation';

/** A problem as react-admin translates it: `app.validation.<code>` with its parameters. */
export const problemMessage = (problem: Problem) => ({ message: `app.validation.${problem.code}`, args: problem.params ?? {} });

/** The validators of `resource`'s `field`: presence, type and bounds, and the rules between fields that concern it. */
export function validate(resource: StoredResource, field: string): Validator[] {
  const spec = SCHEMAS[resource][field];
  if (!spec) throw new Error(`No field ${field} in the schema of ${resource}`);
  const validators: Validator[] = [];
  if (spec.required && spec.default === undefined) validators.push(required());
  validators.push((value: unknown, values: Record<string, unknown>) => {
    const own = isMissing(value) ? null : checkValue(spec, value, todayIso());
    const problem = own ?? ruleProblems(resource, values ?? {})[field];
    return problem ? problemMessage(problem) : undefined;
  });
  return validators;
}

/** A measurement's value: the schema's rules, plus the range its KPI's unit allows (a count is never negative...). */
export function validateMeasurementValue(kpi: Pick<Kpi, 'unitKind' | 'scaleMax'> | undefined): Validator[] {
  const inRange: Validator = (value: unknown) => {
    const problem = kpi ? checkKpiValue(kpi, value) : null;
    return problem ? problemMessage(problem) : undefined;
  };
  return [...validate('measurements', 'value'), inRange];
}
