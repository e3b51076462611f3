import { Alert } from '@mui/material';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { BooleanInput, DateInput, RadioButtonGroupInput, TextInput, useGetList, useGetOne, useLocale, useTranslate } from 'react-admin';
import { decisionChoices } from '@/components/choices';
import { validate } from '@/components/schemaValidation';
import { formatDate } from '@/domain/format';
import { isAgainstRecommendation } from '@/domain/recommendation';
import type { Decision, DecisionKind, Scorecard } from '@/domain/types';
import { DecisionSimulator } from './DecisionSimulator';
import { PilotInput } from '@/components/PilotInput';

/** The new end date is asked for only when the pilot is extended. */
const NewEndDateInput = () => {
  const decision = useWatch({ name: 'decision' }) as string | undefined;
  if (decision !== 'extend') return null;
  return <DateInput source="newEndDate" validate={validate('decisions', 'newEndDate')} helperText="app.decision.new_end_date_help" />;
};

/** A pilot already decided: the new decision overturns the latest one, named in `supersedesId`. */
const SupersededDecision = ({ pilotId }: { pilotId: number }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { setValue } = useFormContext();
  const { data } = useGetList<Decision>('decisions', { filter: { pilotId }, sort: { field: 'date', order: 'DESC' }, pagination: { page: 1, perPage: 1 } });
  const latest = data?.[0];
  useEffect(() => {
    setValue('supersedesId', latest?.id ?? null);
  }, [latest?.id, setValue]);
  if (!latest) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate('app.decision.overturns', { decision: translate(`app.choices.decision.${latest.decision}`), date: formatDate(latest.date, locale) })}
    </Alert>
  );
};

const mustConfirm = (value: unknown) => (value === true ? undefined : 'app.decision.confirm_required');

/** A decision against the pilot's recommendation is recorded only once the executive confirms it. */
const RecommendationCheck = ({ pilotId }: { pilotId: number }) => {
  const translate = useTranslate();
  const decision = useWatch({ name: 'decision' }) as DecisionKind | undefined;
  const { data: scorecard } = useGetOne<Scorecard>('scorecards', { id: pilotId });
  if (!scorecard || !decision || !isAgainstRecommendation(decision, scorecard.recommendation)) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate('app.decision.against', {
        decision: translate(`app.choices.decision.${decision}`),
        recommendation: translate(`app.choices.recommendation.${scorecard.recommendation}`),
      })}
      <BooleanInput source="againstRecommendation" label="app.decision.confirm_against" validate={mustConfirm} />
    </Alert>
  );
};

export const DecisionInputs = () => {
  const pilotId = useWatch({ name: 'pilotId' }) as number | undefined;
  return (
    <>
      <PilotInput validate={validate('decisions', 'pilotId')} />
      {pilotId ? <SupersededDecision key={pilotId} pilotId={pilotId} /> : null}
      <DateInput source="date" validate={validate('decisions', 'date')} />
      <RadioButtonGroupInput source="decision" choices={decisionChoices} validate={validate('decisions', 'decision')} />
      {pilotId ? <RecommendationCheck pilotId={pilotId} /> : null}
      <NewEndDateInput />
      <TextInput source="rationale" multiline minRows={4} validate={validate('decisions', 'rationale')} />
      {pilotId ? <DecisionSimulator key={pilotId} pilotId={pilotId} /> : null}
    </>
  );
};
