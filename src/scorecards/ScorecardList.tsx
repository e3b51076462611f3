import {
  DataTable,
  List,
  ReferenceField,
  SelectField,
  SelectInput,
  useRecordContext,
  useTranslate,
  useLocale,
} from 'react-admin';
import { ShareBar } from '@/components/ShareBar';
import { recommendationChoices } from '@/components/choices';
import type { Scorecard } from '@/domain/types';

const Part = ({ source }: { source: keyof Scorecard; label?: string }) => {
  const record = useRecordContext<Scorecard>();
  const translate = useTranslate();
  return <ShareBar value={record?.[source] as number | null | undefined} label={translate(`resources.scorecards.fields.${source}`)} />;
};

const filters = [<SelectInput key="recommendation" source="recommendation" choices={recommendationChoices} alwaysOn />];

/** Every pilot's scorecard, readiest first. */
export const ScorecardList = () => {
  const locale = useLocale();
  return (
  <List filters={filters} sort={{ field: 'readiness', order: 'DESC' }} exporter={false}>
    <DataTable rowClick={(_id, _resource, record) => `/pilots/${String(record.pilotId)}/show`} bulkActionButtons={false}>
      <DataTable.Col source="pilotId">
        <ReferenceField source="pilotId" reference="pilots" link="show" />
      </DataTable.Col>
      {(['readiness', 'adoptionRate', 'kpiAttainment', 'trainingCoverage', 'satisfaction'] as const).map((part) => (
        <DataTable.Col key={part} source={part}>
          <Part source={part} />
        </DataTable.Col>
      ))}
      <DataTable.Col source="recommendation">
        <SelectField source="recommendation" choices={recommendationChoices} />
      </DataTable.Col>
      <DataTable.NumberCol source="dataPoints" locales={locale} />
    </DataTable>
  </List>
);
};
