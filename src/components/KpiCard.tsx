import { Accordion, AccordionDetails, AccordionSummary, Box, Card, CardContent, Chip, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { EditButton, RecordContextProvider, useGetList, useTranslate } from 'react-admin';
import { useUnit } from './useUnit';
import { atPilotSites } from '@/domain/comparison';
import { clamp, kpiAttainment, latestMeasurement } from '@/domain/scorecard';
import type { Kpi, Measurement, Pilot } from '@/domain/types';
import { EditableMeasurements } from './EditableMeasurements';
import { LazyKpiChart } from './charts/LazyChart';
import { MeasurementQuickCreate } from './MeasurementQuickCreate';
import { ShareBar } from './ShareBar';
import { useCanWriteOnPilot } from './useCanWriteOnPilot';

/** One KPI of a pilot: its chart against baseline and target, how far it has come, and its measurements. */
export const KpiCard = ({ kpi, pilot }: { kpi: Kpi; pilot: Pilot }) => {
  const translate = useTranslate();
  const unit = useUnit();
  const canWrite = useCanWriteOnPilot(pilot, 'measurements');
  const canEditKpi = useCanWriteOnPilot(pilot, 'kpis', 'update');
  const { data: measurements = [], refetch } = useGetList<Measurement>('measurements', {
    filter: { kpiId: kpi.id },
    sort: { field: 'date', order: 'ASC' },
    pagination: { page: 1, perPage: 1000 },
  });
  const latest = latestMeasurement(atPilotSites(measurements));
  const isAdoption = kpi.kind === 'adoption';
  const progress = latest ? (isAdoption ? clamp(latest.value / pilot.targetUsers, 0, 1) : kpiAttainment(kpi, latest.value)) : null;
  const progressLabel = translate(isAdoption ? 'resources.scorecards.fields.adoptionRate' : 'app.kpi.attainment');
  return (
    <Card variant="outlined" component="article" aria-labelledby={`kpi-${kpi.id}`}>
      <CardContent>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography id={`kpi-${kpi.id}`} variant="h6" component="h3" sx={{ flex: 1 }}>
            {kpi.name}
          </Typography>
          <Chip size="small" label={translate(`app.choices.kind.${kpi.kind}`)} />
          {canWrite && <MeasurementQuickCreate kpi={kpi} onRecorded={() => void refetch()} />}
          {canEditKpi && (
            <RecordContextProvider value={kpi}>
              <EditButton resource="kpis" />
            </RecordContextProvider>
          )}
        </Box>
        <Typography variant="body2" color="text.secondary">
          {translate('app.kpi.baseline_to_target', {
            baseline: unit.format(kpi.baseline, kpi.unit),
            target: unit.format(kpi.target, kpi.unit),
            latest: latest ? unit.format(latest.value, kpi.unit) : '–',
          })}
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, my: 1 }}>
          <Typography variant="body2">{progressLabel}</Typography>
          <Box sx={{ flex: 1, maxWidth: 320 }}>
            <ShareBar value={progress} label={progressLabel} />
          </Box>
        </Box>
        <LazyKpiChart kpi={kpi} measurements={measurements} startDate={pilot.startDate} />
        {measurements.length > 0 && (
          <Accordion disableGutters elevation={0} sx={{ mt: 1, '&:before': { display: 'none' } }}>
            <AccordionSummary expandIcon={<ExpandMoreIcon />}>
              <Typography variant="body2">{translate('app.kpi.all_measurements', { smart_count: measurements.length })}</Typography>
            </AccordionSummary>
            <AccordionDetails sx={{ p: 0 }}>
              <EditableMeasurements kpi={kpi} measurements={measurements} editable={canWrite} />
            </AccordionDetails>
          </Accordion>
        )}
      </CardContent>
    </Card>
  );
};
