import AddIcon from '@mui/icons-material/Add';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useMemo, useState } from 'react';
import { CreateBase, DateInput, Form, NumberInput, SaveButton, TextInput, useNotify, useTranslate } from 'react-admin';
import { todayIso } from '@/domain/format';
import type { Kpi } from '@/domain/types';
import { MeasurementGroupInput } from './MeasurementGroupInput';
import { validate, validateMeasurementValue } from './schemaValidation';
import { useUnit } from './useUnit';

/** Records a measurement of a KPI in two clicks: open, type the value, save (the date is today). */
export const MeasurementQuickCreate = ({ kpi, onRecorded }: { kpi: Kpi; onRecorded?: () => void }) => {
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const notify = useNotify();
  const close = () => setOpen(false);
  const unit = useUnit();
  const valueValidators = useMemo(() => validateMeasurementValue(kpi), [kpi]);
  return (
    <>
      <Button size="small" startIcon={<AddIcon />} onClick={() => setOpen(true)} aria-label={translate('app.kpi.record_for', { name: kpi.name })}>
        {translate('app.kpi.record')}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={`record-${kpi.id}`} fullWidth maxWidth="xs">
        <CreateBase
          resource="measurements"
          redirect={false}
          mutationOptions={{
            onSuccess: () => {
              notify('app.kpi.recorded', { type: 'success' });
              close();
              onRecorded?.();
            },
          }}
        >
          <Form defaultValues={{ kpiId: kpi.id, date: todayIso(), group: 'pilot' }}>
            <DialogTitle id={`record-${kpi.id}`}>{translate('app.kpi.record_title', { name: kpi.name })}</DialogTitle>
            <DialogContent>
              <NumberInput source="value" label={`${translate('resources.measurements.fields.value')} (${unit.label(kpi.unit)})`} validate={valueValidators} autoFocus />
              <DateInput source="date" validate={validate('measurements', 'date')} />
              <MeasurementGroupInput />
              <TextInput source="note" multiline validate={validate('measurements', 'note')} />
            </DialogContent>
            <DialogActions>
              <Button onClick={close}>{translate('ra.action.cancel')}</Button>
              <SaveButton alwaysEnable={false} />
            </DialogActions>
          </Form>
        </CreateBase>
      </Dialog>
    </>
  );
};
