import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import type { AuditEntry } from '@/domain/types';
import { DateField } from '@/components/fields';
import { AuditActionField, auditActionChoices } from '@/components/AuditActionField';
import { AuditRecordField } from '@/components/AuditRecordField';
import { ChangesField } from '@/components/ChangesField';
import { safeExporter } from '@/components/csvExport';
import { PilotInput } from '@/components/PilotInput';

const RESOURCES = ['pilots', 'kpis', 'measurements', 'trainings', 'feedback', 'decisions', 'users', 'tokens', 'auth'];
/** Resource names are plural forms ("Pilot |||| Pilots"): an entry is about one record. */
function useResourceChoices() {
  const translate = useTranslate();
  return RESOURCES.map((r) => ({ id: r, name: r === 'auth' ? translate('app.audit.sign_in_resource') : translate(`resources.${r}.name`, { smart_count: 1 }) }));
}
const ResourceInput = ({ source, alwaysOn }: { source: string; alwaysOn?: boolean }) => (
  <SelectInput source={source} choices={useResourceChoices()} translateChoice={false} alwaysOn={alwaysOn} />
);
const ResourceField = () => <SelectField source="resource" choices={useResourceChoices()} translateChoice={false} />;

const filters = [
  <ReferenceInput key="userId" source="userId" reference="users" alwaysOn>
    <AutocompleteInput label="resources.audit.fields.userId" />
  </ReferenceInput>,
  <PilotInput key="pilotId" label="resources.audit.fields.pilotId" alwaysOn />,
  <ResourceInput key="resource" source="resource" alwaysOn />,
  <SelectInput key="action" source="action" choices={auditActionChoices} />,
  <NumberInput key="recordId" source="recordId" />,
  <DateInput key="at_gte" source="at_gte" />,
  <DateInput key="at_lte" source="at_lte" />,
];

/** A change made by another system through an integration token says so, under its creator's name. */
const ThroughToken = () => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!entry?.tokenId) return null;
  return (
    <Typography variant="caption" component="p" color="text.secondary">
      {translate('app.audit.through_token', { id: entry.tokenId })}
    </Typography>
  );
};

/** The audit trail: every change, sign-in and sign-out, newest first; records by name, changes in the reader's language. */
export const AuditList = () => (
  <List exporter={safeExporter} filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="at">
        <DateField source="at" showTime />
      </DataTable.Col>
      <DataTable.Col source="userId">
        <ReferenceField source="userId" reference="users" link={false} emptyText="app.audit.system" />
        <ThroughToken />
      </DataTable.Col>
      <DataTable.Col source="action" field={AuditActionField} />
      <DataTable.Col source="resource" field={ResourceField} />
      <DataTable.Col source="recordId" label="resources.audit.fields.record" disableSort>
        <AuditRecordField />
      </DataTable.Col>
      <DataTable.Col source="changes" disableSort>
        <ChangesField />
      </DataTable.Col>
    </DataTable>
  </List>
);
