import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { ScorecardPanel, ScorecardView } from '@/components/ScorecardPanel';
import { formatDate } from '@/domain/format';
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
        </ScorecardView>
      ) : (
        <Typography variant="body2">{translate('app.decision.no_evidence')}</Typography>
      )}
      <ScorecardPanel pilotId={decision.pilotId} title={translate('app.decision.today')} />
    </Box>
  );
};
