import { Typography } from '@mui/material';
import {
  CanAccess,
  DataTable,
  ReferenceField,
  ReferenceManyField,
  useTranslate,
} from 'react-admin';
import { DateField } from '@/components/fields';
import { AuditActionField } from './AuditActionField';
import { ChangesField } from './ChangesField';

/** The audit trail of the record in context: who changed what, and when (for those who may read it). */
export const ChangeHistory = ({ resource }: { resource: string }) => {
  const translate = useTranslate();
  return (
    <CanAccess resource="audit" action="list">
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate('app.audit.history')}
      </Typography>
      <ReferenceManyField reference="audit" target="recordId" filter={{ resource }} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography variant="body2">{translate('app.audit.empty')}</Typography>}>
          <DataTable.Col source="at" label="resources.audit.fields.at">
            <DateField source="at" showTime />
          </DataTable.Col>
          <DataTable.Col source="userId" label="resources.audit.fields.userId">
            <ReferenceField source="userId" reference="users" link={false} emptyText="app.audit.system" />
          </DataTable.Col>
          <DataTable.Col source="action" label="resources.audit.fields.action" field={AuditActionField} />
          <DataTable.Col label="resources.audit.fields.changes" disableSort>
            <ChangesField resource={resource} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </CanAccess>
  );
};
