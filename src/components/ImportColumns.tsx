import { Box, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { importFields, type ImportableResource } from '@/domain/imports';
import { SCHEMAS } from '@/domain/schema';

/** For each field the import fills, the column of the file it comes from (or none). */
export const ImportColumns = ({
  resource,
  columns,
  mapping,
  onChange,
}: {
  resource: ImportableResource;
  columns: string[];
  mapping: Record<string, string>;
  onChange: (mapping: Record<string, string>) => void;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1.5, my: 1 }}>
      {importFields(resource).map((field) => {
        const spec = SCHEMAS[resource][field];
        const label = translate(`resources.${resource}.fields.${field}`, { _: field });
        return (
          <TextField
            key={field}
            select
            size="small"
            label={spec?.required && spec.default === undefined ? `${label} *` : label}
            value={mapping[field] ?? ''}
            onChange={(e) => {
              const next = { ...mapping };
              if (e.target.value) next[field] = e.target.value;
              else delete next[field];
              onChange(next);
            }}
          >
            <MenuItem value="">
              <em>{translate('app.import.no_column')}</em>
            </MenuItem>
            {columns.map((column) => (
              <MenuItem key={column} value={column}>
                {column}
              </MenuItem>
            ))}
          </TextField>
        );
      })}
    </Box>
  );
};

/** Columns matched to fields by name: the field's own name, or its label in the user's language. */
export function guessMapping(resource: ImportableResource, columns: string[], labelOf: (field: string) => string): Record<string, string> {
  const norm = (text: string) => text.trim().toLowerCase();
  const mapping: Record<string, string> = {};
  for (const field of importFields(resource)) {
    const column = columns.find((c) => norm(c) === norm(field) || norm(c) === norm(labelOf(field)));
    if (column) mapping[field] = column;
  }
  return mapping;
}
