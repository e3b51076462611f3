import { Link } from 'react-router-dom';
import { useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { SCHEMAS } from '@/domain/schema';
import type { AuditEntry } from '@/domain/types';
import { RecordName } from './FieldValue';

/** The record an audit entry is about, by name, linked to its page; a deleted one by the name it had. */
export const AuditRecordField = (_props: { label?: string }) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!entry) return null;
  // A sign-in is about an account: the email tried says which.
  if (!Object.hasOwn(SCHEMAS, entry.resource)) {
    const attempts = entry.attempts && entry.attempts > 1 ? ` (${translate('app.audit.attempts', { smart_count: entry.attempts })})` : '';
    return <>{`${entry.email ?? ''}${attempts}`}</>;
  }
  if (entry.recordId === null) return null;
  if (entry.action === 'delete') {
    const name = entry.changes?.name?.from ?? entry.changes?.title?.from ?? entry.changes?.fullName?.from;
    return <>{translate('app.audit.deleted_record', { name: typeof name === 'string' ? name : `#${entry.recordId}` })}</>;
  }
  return (
    <Link to={createPath({ resource: entry.resource, id: entry.recordId, type: entry.resource === 'pilots' || entry.resource === 'decisions' ? 'show' : 'edit' })}>
      <RecordName reference={entry.resource} id={entry.recordId} />
    </Link>
  );
};
