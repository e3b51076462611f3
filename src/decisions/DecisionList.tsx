import {
  BooleanInput,
  DataTable,
  List,
  ReferenceField,
  SelectField,
  SelectInput,
  SimpleList,
  useLocale,
  useTranslate,
} from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import { DateField } from '@/components/fields';
import { formatDate } from '@/domain/format';
import type { Decision } from '@/domain/types';
import { EmptyList } from '@/components/EmptyList';
import { dateRangeFilters, pilotFilter } from '@/components/filters';
import { ExcerptField } from '@/components/ExcerptField';
import { decisionChoices } from '@/components/choices';
import { AgainstRecommendationChip } from '@/components/AgainstRecommendationChip';
import { safeExporter } from '@/components/csvExport';
import { RecordLink } from '@/components/RecordLink';

const filters = [
  pilotFilter('decisions'),
  <SelectInput key="decision" source="decision" choices={decisionChoices} alwaysOn />,
  <BooleanInput key="againstRecommendation" source="againstRecommendation" />,
  ...dateRangeFilters(),
];

/** The decision log: which pilot, when, what, who decided and why. */
export const DecisionList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const locale = useLocale();
  return (
  <List exporter={safeExporter} filters={filters} sort={{ field: 'date', order: 'DESC' }} empty={<EmptyList />}>
    {isSmall ? (
      <SimpleList<Decision>
        primaryText={<ReferenceField source="pilotId" reference="pilots" link={false} />}
        secondaryText={(d) => `${translate(`app.choices.decision.${d.decision}`)} · ${formatDate(d.date, locale)}${d.againstRecommendation ? ` · ${translate('app.decision.against_short')}` : ''}`}
        tertiaryText={(d) => d.rationale}
        linkType="show"
      />
    ) : (
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="date">
        <RecordLink to="show">
          <DateField source="date" />
        </RecordLink>
      </DataTable.Col>
      <DataTable.Col source="pilotId">
        <ReferenceField source="pilotId" reference="pilots" link="show" />
      </DataTable.Col>
      <DataTable.Col source="decision">
        <SelectField source="decision" choices={decisionChoices} />
      </DataTable.Col>
      <DataTable.Col source="againstRecommendation" disableSort>
        <AgainstRecommendationChip />
      </DataTable.Col>
      <DataTable.Col source="decidedBy">
        <ReferenceField source="decidedBy" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.Col source="rationale" disableSort>
        <ExcerptField source="rationale" length={100} />
      </DataTable.Col>
    </DataTable>
    )}
  </List>
  );
};
