import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { EffectList } from '@/components/EffectStatement';
import { ScorecardPanel, ScorecardView } from '@/components/ScorecardPanel';
import { SimulationFigures } from '@/components/SimulationFigures';
import { formatAmount, formatDate, formatNumber } from '@/domain/format';
import { useUnit } from '@/components/useUnit';
import type { Decision } from '@/domain/types';

/** The evidence frozen when the decision was recorded, beside today's figures, to audit it later. */
export const DecisionEvidence = () => {
  const decision = useRecordContext<Decision>();
  const translate = useTranslate();
  const locale = useLocale();
  const unit = useUnit();
  if (!decision) return null;
  const evidence = decision.evidence;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, mt: 2 }}>
      {evidence ? (
        <ScorecardView scorecard={evidence.scorecard} title={translate('app.decision.evidence_at', { date: formatDate(evidence.capturedAt.slice(0, 10), locale) })}>
          <List dense aria-label={translate('app.decision.latest_kpis')}>
            {evidence.kpis.map((kpi) => (
              <ListItem key={kpi.kpiId} disableGutters>
                <ListItemText primary={kpi.name} secondary={`${unit.format(kpi.value, kpi.unit)} · ${formatDate(kpi.date, locale)}`} />
              </ListItem>
            ))}
          </List>
          {evidence.effects?.length ? (
            <Box component="section" aria-labelledby="frozen-effects" sx={{ mt: 1 }}>
              <Typography id="frozen-effects" variant="subtitle2" component="h3" gutterBottom>
                {translate('app.effect.title')}
              </Typography>
              <EffectList effects={evidence.effects} kpis={evidence.kpis.map((k) => ({ id: k.kpiId, name: k.name, unit: k.unit }))} />
            </Box>
          ) : null}
        </ScorecardView>
      ) : (
        <Typography variant="body2">{translate('app.decision.no_evidence')}</Typography>
      )}
      <ScorecardPanel pilotId={decision.pilotId} title={translate('app.decision.today')} />
      {evidence?.simulation ? (
        <Box component="section" aria-labelledby="frozen-simulation" sx={{ gridColumn: '1 / -1' }}>
          <Typography id="frozen-simulation" variant="h6" component="h2" gutterBottom>
            {translate('app.simulation.frozen')}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('app.simulation.frozen_scenario', {
              sites: evidence.simulation.scenario.sites,
              volume: formatNumber(evidence.simulation.scenario.volumePerSite, locale),
              cost: formatAmount(evidence.simulation.scenario.rolloutCostPerSite, evidence.simulation.status === 'simulated' ? evidence.simulation.cost.unit : 'EUR', locale),
            })}
          </Typography>
          <SimulationFigures simulation={evidence.simulation} />
        </Box>
      ) : null}
    </Box>
  );
};
