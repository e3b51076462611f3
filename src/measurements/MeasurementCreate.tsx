import { Create, SaveButton, SimpleForm, Toolbar, useLocale, useNotify } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { useCreateOptions } from '@/components/useCreateOptions';
import { formatDate, todayIso } from '@/domain/format';
import { nextMonthDate } from '@/domain/series';
import type { Measurement } from '@/domain/types';
import { isPendingRecord } from '@/providers/dataProvider';
import { MeasurementInputs } from './MeasurementInputs';

/** Save, or save and start the next month's figure of the same KPI (a month's figures entered in a row). */
const MeasurementCreateToolbar = () => {
  const { reset } = useFormContext();
  const notify = useNotify();
  const locale = useLocale();
  return (
    <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
      <SaveButton />
      <SaveButton
        type="button"
        variant="outlined"
        label="app.save_and_add"
        mutationOptions={{
          onSuccess: (saved) => {
            const record = saved as Measurement;
            const date = nextMonthDate(record.date);
            reset({ kpiId: record.kpiId, group: record.group ?? 'pilot', date, value: null, note: '' });
            notify(isPendingRecord(record) ? 'app.outbox.saved_offline' : 'app.saved_next', { type: 'info', messageArgs: { date: formatDate(date, locale) } });
          },
        }}
      />
    </Toolbar>
  );
};

export const MeasurementCreate = () => {
  const mutationOptions = useCreateOptions('measurements');
  return (
    <Create redirect="list" mutationOptions={mutationOptions}>
      <SimpleForm defaultValues={() => ({ date: todayIso() })} toolbar={<MeasurementCreateToolbar />}>
        <MeasurementInputs />
      </SimpleForm>
    </Create>
  );
};
