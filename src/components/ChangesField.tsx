import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '@/domain/types';
import { FieldValue } from './FieldValue';

/** The fields an audit entry changed, as "Field: old → new", labels and values in the reader's language. */
export const ChangesField = ({ resource }: { label?: string; resource?: string }) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!entry?.changes) return null;
  const onResource = resource ?? entry.resource;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {Object.entries(entry.changes).map(([field, { from, to }]) => (
        <li key={field}>
          {translate(`resources.${onResource}.fields.${field}`, { _: field })}: <FieldValue resource={onResource} field={field} value={from} /> →{' '}
          <FieldValue resource={onResource} field={field} value={to} />
        </li>
      ))}
    </Box>
  );
};
