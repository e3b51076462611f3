import { Box } from '@mui/material';
import { useState } from 'react';
import { Confirm, Create, SimpleForm, useDataProvider, useLocale, useSaveContext, type RaRecord } from 'react-admin';
import { useCreateOptions } from '@/components/useCreateOptions';
import { formatDate, todayIso } from '@/domain/format';
import type { Training } from '@/domain/types';
import { TrainingCoverageAside } from './TrainingCoverageAside';
import { TrainingInputs } from './TrainingInputs';

const sameTitle = (a: unknown, b: unknown) => String(a ?? '').trim().toLocaleLowerCase() === String(b ?? '').trim().toLocaleLowerCase();

/**
 * The form, which asks before saving a likely duplicate: a session of the same pilot, on the
 * same date, with the same title, already recorded (by anyone). Offline, nothing can be checked:
 * it is saved as it is.
 */
const TrainingForm = () => {
  const { save } = useSaveContext();
  const dataProvider = useDataProvider();
  const locale = useLocale();
  const [duplicate, setDuplicate] = useState<{ values: Partial<Training> }>();

  const submit = async (values: Partial<RaRecord>) => {
    const session = values as Partial<Training>;
    const existing = await dataProvider
      .getList<Training>('trainings', { filter: { pilotId: session.pilotId, date: session.date }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } })
      .then(({ data }) => data.some((t) => sameTitle(t.title, session.title)))
      .catch(() => false);
    if (existing) setDuplicate({ values: session });
    else await save?.(values);
  };

  return (
    <>
      <SimpleForm defaultValues={() => ({ date: todayIso(), format: 'in-person', durationHours: 3 })} onSubmit={submit}>
        <Box sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, width: '100%' }}>
          <Box sx={{ flex: 1 }}>
            <TrainingInputs />
          </Box>
          <TrainingCoverageAside />
        </Box>
      </SimpleForm>
      <Confirm
        isOpen={duplicate !== undefined}
        title="app.duplicate.title"
        content="app.duplicate.message"
        translateOptions={{ title: duplicate?.values.title ?? '', date: duplicate?.values.date ? formatDate(duplicate.values.date, locale) : '' }}
        confirm="app.duplicate.save_anyway"
        onConfirm={() => {
          const values = duplicate?.values;
          setDuplicate(undefined);
          if (values) void save?.(values);
        }}
        onClose={() => setDuplicate(undefined)}
      />
    </>
  );
};

/** The trainer's quick form for a session just given. */
export const TrainingCreate = () => {
  const mutationOptions = useCreateOptions('trainings');
  return (
    <Create redirect="list" mutationOptions={mutationOptions}>
      <TrainingForm />
    </Create>
  );
};
