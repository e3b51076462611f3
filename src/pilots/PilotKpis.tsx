import { Box, Stack, Typography } from '@mui/material';
import { CreateButton, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { KpiCard } from '@/components/KpiCard';
import { useCanWriteOnPilot } from '@/components/useCanWriteOnPilot';
import type { Kpi, Pilot } from '@/domain/types';

/** The pilot's KPIs, each with its chart and measurements; adding one starts from a template. */
export const PilotKpis = () => {
  const pilot = useRecordContext<Pilot>();
  const translate = useTranslate();
  const canAdd = useCanWriteOnPilot(pilot, 'kpis');
  const { data: kpis = [], isPending } = useGetList<Kpi>(
    'kpis',
    { filter: { pilotId: pilot?.id }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!pilot },
  );
  if (!pilot || isPending) return null;
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center' }}>
        <Typography variant="body2" sx={{ flex: 1 }} color="text.secondary">
          {kpis.length === 0 ? translate('app.kpi.none_yet') : translate('app.kpi.count', { smart_count: kpis.length })}
        </Typography>
        {canAdd && <CreateButton resource="kpis" label="app.kpi.add" state={{ record: { pilotId: pilot.id } }} />}
      </Box>
      {kpis.map((kpi) => (
        <KpiCard key={kpi.id} kpi={kpi} pilot={pilot} />
      ))}
    </Stack>
  );
};
