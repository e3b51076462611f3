import { ChipField, DataTable, DateField, DeleteWithConfirmButton, List, ReferenceArrayField, ReferenceField, SingleFieldList, TextField, useTranslate } from 'react-admin';
import { safeExporter } from '@/components/csvExport';
import type { IntegrationToken } from '@/domain/types';
import { EmptyList } from '@/components/EmptyList';

const ScopesField = () => {
  const translate = useTranslate();
  return (
    <DataTable.Col<IntegrationToken> source="scopes" render={(token) => token.scopes.map((s) => translate(`app.choices.scope.${s}`)).join(', ')} />
  );
};

/** The integration tokens one may see (an administrator's: all; a manager's: their own), their last use, and a revoke button. */
export const TokenList = () => (
  <List exporter={safeExporter} sort={{ field: 'createdAt', order: 'DESC' }} empty={<EmptyList />}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="name" field={TextField} />
      <DataTable.Col source="pilotIds">
        <ReferenceArrayField source="pilotIds" reference="pilots">
          <SingleFieldList linkType="show">
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
      </DataTable.Col>
      {ScopesField()}
      <DataTable.Col source="userId">
        <ReferenceField source="userId" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.Col source="createdAt" field={DateField} />
      <DataTable.Col source="lastUsedAt">
        <DateField source="lastUsedAt" showTime emptyText="app.token.never_used" />
      </DataTable.Col>
      <DataTable.Col>
        <DeleteWithConfirmButton label="app.token.revoke" confirmTitle="app.token.revoke_title" confirmContent="app.token.revoke_content" mutationMode="pessimistic" />
      </DataTable.Col>
    </DataTable>
  </List>
);
