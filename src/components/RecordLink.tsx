import { Link } from '@mui/material';
import type { ReactNode } from 'react';
import { useCreatePath, useRecordContext, useResourceContext, type RaRecord } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';

/**
 * A row's record as a link (to its page or its form): what keyboard and screen-reader users
 * open a row with, where a mouse clicks anywhere on the row.
 */
interface RecordLinkProps {
  /** The field shown as the link's text, unless `children` are given. */
  source?: string;
  to?: 'edit' | 'show';
  /** Another destination than the record's own page or form. */
  path?: (record: RaRecord) => string;
  children?: ReactNode;
}

export const RecordLink = ({ source, to = 'edit', path, children }: RecordLinkProps) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  if (!record || !resource) return null;
  const text = children ?? String(record[source ?? 'id'] ?? '');
  return (
    <Link component={RouterLink} to={path ? path(record) : createPath({ resource, id: record.id, type: to })} onClick={(event) => event.stopPropagation()} sx={{ fontWeight: 500 }}>
      {text}
    </Link>
  );
};
