/**
 * Someone else saved the record while this user was editing it: shows what they changed and
 * what this user changed, and lets the user take their version (reload) or apply their own
 * changes again on top of it.
 */
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import { FieldValue } from './FieldValue';

export interface Conflict {
  /** The record as this user opened it. */
  base: RaRecord;
  /** What this user tried to save. */
  mine: Record<string, unknown>;
  /** The record as it is now on the server. */
  current: RaRecord;
}

const IGNORED = new Set(['id', 'version']);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields that differ between `from` and `to` (among `to`'s). */
export const changedBetween = (from: Record<string, unknown>, to: Record<string, unknown>) =>
  Object.keys(to).filter((field) => !IGNORED.has(field) && !same(from[field], to[field]));

export const ConflictDialog = ({ resource, conflict, onReload, onReapply }: { resource: string; conflict: Conflict | null; onReload: () => void; onReapply: () => void }) => {
  const translate = useTranslate();
  if (!conflict) return null;
  const theirs = changedBetween(conflict.base, conflict.current);
  const mine = changedBetween(conflict.base, conflict.mine);
  const fields = [...new Set([...theirs, ...mine])];
  return (
    <Dialog open onClose={onReload} aria-labelledby="conflict-title" aria-describedby="conflict-text" maxWidth="md" fullWidth>
      <DialogTitle id="conflict-title">{translate('app.conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="conflict-text">{translate('app.conflict.explanation')}</DialogContentText>
        <Table size="small" sx={{ mt: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.conflict.field')}</TableCell>
              <TableCell>{translate('app.conflict.before')}</TableCell>
              <TableCell>{translate('app.conflict.theirs')}</TableCell>
              <TableCell>{translate('app.conflict.mine')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {fields.map((field) => (
              <TableRow key={field}>
                <TableCell component="th" scope="row">
                  {translate(`resources.${resource}.fields.${field}`, { _: field })}
                </TableCell>
                <TableCell>
                  <FieldValue resource={resource} field={field} value={conflict.base[field]} />
                </TableCell>
                <TableCell>{theirs.includes(field) ? <FieldValue resource={resource} field={field} value={conflict.current[field]} /> : translate('app.conflict.unchanged')}</TableCell>
                <TableCell>{mine.includes(field) ? <FieldValue resource={resource} field={field} value={conflict.mine[field]} /> : translate('app.conflict.unchanged')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onReload}>{translate('app.conflict.reload')}</Button>
        <Button onClick={onReapply} variant="contained" disabled={mine.length === 0}>
          {translate('app.conflict.reapply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** The 409 the API answers for a stale version carries the current record. */
export function conflictOf(error: unknown): RaRecord | undefined {
  const body = (error as { status?: number; body?: { current?: RaRecord } } | null)?.body;
  return (error as { status?: number } | null)?.status === 409 && body?.current ? body.current : undefined;
}
