import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A filter shown as a chip: its presence in the filter bar is the filter. */
export const QuickFilter = ({ label }: { label: string; source: string; defaultValue: unknown; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return <Chip sx={{ mb: 1.5 }} label={translate(label)} />;
};
