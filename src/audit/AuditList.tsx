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
} from 'react-admin';
import { DateField, NumberField } from '@/components/fields';
import { AuditActionField, auditActionChoices } from '@/components/AuditActionField';
import { ChangesField } from '@/components/ChangesField';

const RESOURCES = ['pilots', 'kpis', 'measurements', 'trainings', 'feedback', 'decisions', 'users', 'auth'];
const resourceChoices = RESOURCES.map((r) => ({ id: r, name: r === 'auth' ? 'app.audit.sign_in_resource' : `resources.${r}.name` }));

const filters = [
  <ReferenceInput key="userId" source="userId" reference="users" alwaysOn>
    <AutocompleteInput label="resources.audit.fields.userId" />
  </ReferenceInput>,
  <SelectInput key="resource" source="resource" choices={resourceChoices} translateChoice alwaysOn />,
  <SelectInput key="action" source="action" choices={auditActionChoices} />,
  <NumberInput key="recordId" source="recordId" />,
  <DateInput key="at_gte" source="at_gte" />,
  <DateInput key="at_lte" source="at_lte" />,
];

/** The audit trail: every change, sign-in and sign-out, newest first. */
export const AuditList = () => (
  <List filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="at">
        <DateField source="at" showTime />
      </DataTable.Col>
      <DataTable.Col source="userId">
        <ReferenceField source="userId" reference="users" link={false} emptyText="app.audit.system" />
      </DataTable.Col>
      <DataTable.Col source="action" field={AuditActionField} />
      <DataTable.Col source="resource">
        <SelectField source="resource" choices={resourceChoices} translateChoice />
      </DataTable.Col>
      <DataTable.Col source="recordId" field={NumberField} />
      <DataTable.Col source="changes" disableSort>
        <ChangesField />
      </DataTable.Col>
    </DataTable>
  </List>
);
