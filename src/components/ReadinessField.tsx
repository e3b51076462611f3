import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import type { Scorecard } from '@/domain/types';
import { ShareBar } from './ShareBar';

const ReadinessBar = () => {
  const scorecard = useRecordContext<Scorecard>();
  const translate = useTranslate();
  return <ShareBar value={scorecard?.readiness} label={translate('resources.scorecards.fields.readiness')} />;
};

/** The readiness of the pilot in context, from its scorecard (fetched in one batch for a whole list). */
export const ReadinessField = (_props: { label?: string; sortable?: boolean }) => (
  <ReferenceField source="id" reference="scorecards" link={false}>
    <ReadinessBar />
  </ReferenceField>
);
