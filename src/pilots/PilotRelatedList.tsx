import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, DataTable, Pagination, ReferenceManyField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { Pilot } from '@/domain/types';

interface PilotRelatedListProps {
  /** The resource whose records point at the pilot with `pilotId`. */
  reference: 'trainings' | 'feedback' | 'decisions';
  /** Label of the button that records a new one for this pilot. */
  createLabel: string;
  emptyLabel: string;
  rowClick: 'edit' | 'show';
  /** Shown left of the create button (e.g. the training coverage). */
  summary?: ReactNode;
  /** The DataTable columns. */
  children: ReactNode;
}

/** A tab of the pilot page: the records of one resource for this pilot, newest first, and a button to add one. */
export const PilotRelatedList = ({ reference, createLabel, emptyLabel, rowClick, summary, children }: PilotRelatedListProps) => {
  const pilot = useRecordContext<Pilot>();
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource: reference, action: 'create' });
  if (!pilot) return null;
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', mb: 1 }}>
        <Box sx={{ flex: 1 }}>{summary}</Box>
        {canCreate && <CreateButton resource={reference} label={createLabel} state={{ record: { pilotId: pilot.id } }} />}
      </Box>
      <ReferenceManyField reference={reference} target="pilotId" sort={{ field: 'date', order: 'DESC' }} perPage={10} pagination={<Pagination />}>
        <DataTable bulkActionButtons={false} rowClick={rowClick} empty={<Typography variant="body2">{translate(emptyLabel)}</Typography>}>
          {children}
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
