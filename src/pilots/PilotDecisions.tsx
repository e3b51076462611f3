import { Box, Paper, Typography } from '@mui/material';
import { CreateButton, Link, useCanAccess, useCreatePath, useGetList, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { AgainstRecommendationChip } from '@/components/AgainstRecommendationChip';
import { RecordName } from '@/components/FieldValue';
import { formatDate } from '@/domain/format';
import type { Decision, Pilot } from '@/domain/types';

/** One decision on the timeline: what, when, who, why, and what it overturned. */
const TimelineEntry = ({ decision, overturnedBy }: { decision: Decision; overturnedBy?: Decision }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  return (
    <Box component="li" sx={{ position: 'relative', pl: 3, pb: 2, borderLeft: 2, borderColor: 'divider', '&:last-child': { borderColor: 'transparent' } }}>
      <Box aria-hidden sx={{ position: 'absolute', left: -7, top: 4, width: 12, height: 12, borderRadius: '50%', bgcolor: overturnedBy ? 'text.disabled' : 'primary.main' }} />
      <Paper variant="outlined" sx={{ p: 1.5, opacity: overturnedBy ? 0.85 : 1 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            <Link to={createPath({ resource: 'decisions', id: decision.id, type: 'show' })}>
              {translate(`app.choices.decision.${decision.decision}`)} · {formatDate(decision.date, locale)}
            </Link>
          </Typography>
          <AgainstRecommendationChip decision={decision} />
        </Box>
        <Typography variant="body2" color="text.secondary">
          {translate('app.decision.decided_by')} <RecordName reference="users" id={decision.decidedBy} />
          {decision.newEndDate ? ` · ${translate('resources.decisions.fields.newEndDate')} ${formatDate(decision.newEndDate, locale)}` : ''}
        </Typography>
        <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-line' }}>
          {decision.rationale}
        </Typography>
        {overturnedBy && (
          <Typography variant="body2" sx={{ mt: 0.5, fontStyle: 'italic' }}>
            {translate('app.decision.overturned_by', { date: formatDate(overturnedBy.date, locale) })}
          </Typography>
        )}
      </Paper>
    </Box>
  );
};

/** The pilot's decision history as a timeline, oldest first, each overturned decision marked. */
export const PilotDecisions = () => {
  const pilot = useRecordContext<Pilot>();
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource: 'decisions', action: 'create' });
  const { data, isPending } = useGetList<Decision>(
    'decisions',
    { filter: { pilotId: pilot?.id }, sort: { field: 'date', order: 'ASC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!pilot },
  );
  if (!pilot) return null;
  const decisions = data ?? [];
  return (
    <Box>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        {canCreate && <CreateButton resource="decisions" label="app.decision.record" state={{ record: { pilotId: pilot.id } }} />}
      </Box>
      {!isPending && decisions.length === 0 ? (
        <Typography variant="body2">{translate('app.decision.none_yet')}</Typography>
      ) : (
        <Box component="ol" aria-label={translate('app.decision.timeline')} sx={{ listStyle: 'none', m: 0, p: 0, pl: 1 }}>
          {decisions.map((decision) => (
            <TimelineEntry key={decision.id} decision={decision} overturnedBy={decisions.find((d) => d.supersedesId === decision.id)} />
          ))}
        </Box>
      )}
    </Box>
  );
};
