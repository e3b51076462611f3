import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** The start of a long text, whole in its tooltip. */
export const ExcerptField = ({ source, length = 80 }: { source: string; length?: number; label?: string }) => {
  const text = useRecordContext()?.[source] as string | undefined;
  if (!text) return null;
  const excerpt = text.length > length ? `${text.slice(0, length).trimEnd()}…` : text;
  return (
    <Typography variant="body2" title={text}>
      {excerpt}
    </Typography>
  );
};
