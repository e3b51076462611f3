import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '@/domain/types';

const show = (value: unknown) => (value === null || value === undefined || value === '' ? '∅' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** The fields an audit entry changed, as "field: old → new", one per line. */
export const ChangesField = ({ resource }: { label?: string; resource?: string }) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!entry?.changes) return null;
  const onResource = resource ?? entry.resource;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {Object.entries(entry.changes).map(([field, { from, to }]) => (
        <li key={field}>
          {translate(`resources.${onResource}.fields.${field}`, { _: field })}: {show(from)} → {show(to)}
        </li>
      ))}
    </Box>
  );
};
