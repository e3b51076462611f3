import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Edit, useNotify, useRedirect, useResourceContext, useUpdate, type EditProps, type RaRecord, type RedirectionSideEffect, type UpdateParams } from 'react-admin';
import { ConflictDialog, changedBetween, conflictOf, type Conflict } from './ConflictDialog';
import { retryReads } from '@/providers/queryClient';

/**
 * react-admin's `Edit`, saving only once the API has (pessimistic), and never over someone else's
 * change: the record's version travels with the save, and a 409 opens the conflict dialog.
 */
export const RecordEdit = <T extends RaRecord>({ children, redirect = 'list', ...props }: EditProps<T> & { children: ReactNode }) => {
  const resource = useResourceContext(props) ?? '';
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const notify = useNotify();
  const redirectTo = useRedirect();
  const queryClient = useQueryClient();
  const [update] = useUpdate();

  const onError = (error: unknown, variables: Partial<UpdateParams>) => {
    const current = conflictOf(error);
    if (current && variables.previousData) {
      setConflict({ base: variables.previousData, mine: (variables.data ?? {}) as Record<string, unknown>, current });
      return;
    }
    const errors = (error as { body?: { errors?: object } }).body?.errors;
    if (!errors || Object.keys(errors).length === 0) notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
  };

  /** Takes the other person's version: the form shows it. */
  const reload = () => {
    if (!conflict) return;
    queryClient.setQueriesData({ queryKey: [resource, 'getOne', { id: String(conflict.current.id) }] }, conflict.current);
    void queryClient.invalidateQueries({ queryKey: [resource] });
    setConflict(null);
    notify('app.conflict.reloaded', { type: 'info' });
  };

  /** Applies this user's changes again, on top of the current version. */
  const reapply = () => {
    if (!conflict) return;
    const { base, mine, current } = conflict;
    const changes = Object.fromEntries(changedBetween(base, mine).map((field) => [field, mine[field]]));
    const data = { ...current, ...changes, version: current.version as number };
    setConflict(null);
    update(
      resource,
      { id: current.id, data, previousData: current },
      {
        mutationMode: 'pessimistic',
        onSuccess: (saved: RaRecord) => {
          queryClient.setQueriesData({ queryKey: [resource, 'getOne', { id: String(saved.id) }] }, saved);
          notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
          redirectTo(redirect as RedirectionSideEffect, resource, saved.id, saved);
        },
        onError: (error) => onError(error, { data, previousData: current }),
      },
    );
  };

  return (
    // react-admin gives up reading the record at the first failure and goes back to the list: while the API cannot be reached, the page waits instead.
    <Edit<T> mutationMode="pessimistic" redirect={redirect} {...props} queryOptions={{ retry: retryReads, ...props.queryOptions }} mutationOptions={{ ...props.mutationOptions, onError }}>
      {children}
      <ConflictDialog resource={resource} conflict={conflict} onReload={reload} onReapply={reapply} />
    </Edit>
  );
};
