import { Alert, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { Kpi } from '@/domain/types';
import { EffectList } from './EffectStatement';
import { FigurePending } from './FigurePending';
import { useDashboardQuery } from './useDashboardQuery';

/** Did the pilot cause the change? Its effect on each KPI its comparison sites measure, fetched from the API. */
export const PilotEffects = ({ pilotId, compact = false }: { pilotId: number; compact?: boolean }) => {
  const translate = useTranslate();
  const { data: effects, error } = useDashboardQuery(['effects', pilotId], (dp) => dp.getPilotEffects(pilotId));
  const { data: kpis } = useGetList<Kpi>('kpis', { filter: { pilotId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } });
  if (!effects || !kpis) return <FigurePending error={error} height={compact ? 24 : 60} />;
  if (effects.length === 0) {
    return compact ? (
      <Typography variant="body2" color="text.secondary">
        {translate('app.effect.none_short')}
      </Typography>
    ) : (
      <Alert severity="info">{translate('app.effect.none')}</Alert>
    );
  }
  return <EffectList effects={effects} kpis={kpis} />;
};
