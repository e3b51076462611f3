import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Box, IconButton, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { useState } from 'react';
import { useDelete, useLocale, useNotify, useTranslate, useUpdate } from 'react-admin';
import { formatDate, todayIso } from '@/domain/format';
import { SCHEMAS } from '@/domain/schema';
import { checkKpiValue, checkValue, describeProblem, type Problem } from '@/domain/validation';
import { useUnit } from './useUnit';
import type { Kpi, Measurement } from '@/domain/types';

type Draft = Pick<Measurement, 'date' | 'value'> & { note: string };

function EditableRow({ kpi, measurement, editable, withGroups }: { kpi: Kpi; measurement: Measurement; editable: boolean; withGroups: boolean }) {
  const translate = useTranslate();
  const locale = useLocale();
  const unit = useUnit();
  const notify = useNotify();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [update, { isPending }] = useUpdate<Measurement>();
  const [remove] = useDelete<Measurement>();
  const field = (name: string) => translate(`resources.measurements.fields.${name}`);

  const problemText = (problem: Problem) => translate(`app.validation.${problem.code}`, { ...problem.params, _: describeProblem(problem) });
  const save = () => {
    if (!draft) return;
    // The same rules as the API, said before the round trip (the API checks again).
    const value = Number(draft.value);
    const local: Record<string, string> = {};
    const dateProblem = checkValue(SCHEMAS.measurements.date, draft.date, todayIso());
    const valueProblem = checkValue(SCHEMAS.measurements.value, value) ?? checkKpiValue(kpi, value);
    if (dateProblem) local.date = problemText(dateProblem);
    if (valueProblem) local.value = problemText(valueProblem);
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    update(
      'measurements',
      { id: measurement.id, data: { date: draft.date, value: Number(draft.value), note: draft.note }, previousData: measurement },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setDraft(null);
          setErrors({});
        },
        onError: (error) => {
          const body = (error as { body?: { errors?: Record<string, string> } }).body;
          setErrors(body?.errors ?? {});
          notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
        },
      },
    );
  };

  if (draft) {
    return (
      <TableRow>
        <TableCell>
          <TextField type="date" size="small" value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} error={!!errors.date} helperText={errors.date} slotProps={{ htmlInput: { 'aria-label': field('date') } }} />
        </TableCell>
        <TableCell>
          <TextField type="number" size="small" value={draft.value} onChange={(e) => setDraft({ ...draft, value: e.target.value as unknown as number })} error={!!errors.value} helperText={errors.value} slotProps={{ htmlInput: { 'aria-label': field('value') } }} />
        </TableCell>
        {withGroups && <TableCell>{translate(`app.choices.group.${measurement.group}`)}</TableCell>}
        <TableCell>
          <TextField size="small" value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} error={!!errors.note} helperText={errors.note} slotProps={{ htmlInput: { 'aria-label': field('note') } }} />
        </TableCell>
        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
          <IconButton onClick={save} disabled={isPending} aria-label={translate('ra.action.save')}>
            <CheckIcon />
          </IconButton>
          <IconButton onClick={() => setDraft(null)} aria-label={translate('ra.action.cancel')}>
            <CloseIcon />
          </IconButton>
        </TableCell>
      </TableRow>
    );
  }
  return (
    <TableRow>
      <TableCell>{formatDate(measurement.date, locale)}</TableCell>
      <TableCell>{unit.format(measurement.value, kpi.unit)}</TableCell>
      {withGroups && <TableCell>{translate(`app.choices.group.${measurement.group}`)}</TableCell>}
      <TableCell>{measurement.note}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {editable && (
          <>
            <IconButton onClick={() => setDraft({ date: measurement.date, value: measurement.value, note: measurement.note ?? '' })} aria-label={translate('app.kpi.edit_measurement', { date: formatDate(measurement.date, locale) })}>
              <EditIcon fontSize="small" />
            </IconButton>
            <IconButton
              onClick={() =>
                // Gone at once, with an "Undo" for a few seconds before the API is asked.
                remove(
                  'measurements',
                  { id: measurement.id, previousData: measurement },
                  { mutationMode: 'undoable', onSuccess: () => notify('ra.notification.deleted', { type: 'info', messageArgs: { smart_count: 1 }, undoable: true }) },
                )
              }
              aria-label={translate('app.kpi.delete_measurement', { date: formatDate(measurement.date, locale) })}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </>
        )}
      </TableCell>
    </TableRow>
  );
}

/** A KPI's measurements, newest first, each editable in place by those who may. */
export const EditableMeasurements = ({ kpi, measurements, editable }: { kpi: Kpi; measurements: readonly Measurement[]; editable: boolean }) => {
  const translate = useTranslate();
  const rows = [...measurements].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id));
  const withGroups = measurements.some((m) => m.group === 'comparison');
  return (
    <Table size="small" aria-label={translate('app.kpi.measurements_of', { name: kpi.name })}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.measurements.fields.date')}</TableCell>
          <TableCell>{translate('resources.measurements.fields.value')}</TableCell>
          {withGroups && <TableCell>{translate('resources.measurements.fields.group')}</TableCell>}
          <TableCell>{translate('resources.measurements.fields.note')}</TableCell>
          <TableCell align="right">
            <Box component="span" sx={visuallyHidden}>
              {translate('app.actions')}
            </Box>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((m) => (
          <EditableRow key={m.id} kpi={kpi} measurement={m} editable={editable} withGroups={withGroups} />
        ))}
      </TableBody>
    </Table>
  );
};
