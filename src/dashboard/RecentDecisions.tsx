import { Box, Link as MuiLink, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useGetList, useLocale, useTranslate } from 'react-admin';
import { AgainstRecommendationChip } from '@/components/AgainstRecommendationChip';
import { RecordName } from '@/components/FieldValue';
import { formatDate } from '@/domain/format';
import { monthEnd } from '@/domain/series';
import type { Decision } from '@/domain/types';
import { listLink, pilotLink } from './links';
import { useDashboardFilter } from './useDashboardFilter';
import { WidgetCard } from './WidgetCard';

/** The latest decisions of the period, those taken against the recommendation flagged, with a link to them all. */
export const RecentDecisions = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const [filter] = useDashboardFilter();
  const period = { date_gte: filter.from ? `${filter.from}-01` : undefined, date_lte: filter.to ? monthEnd(filter.to) : undefined };
  const { data, total, isPending } = useGetList<Decision>('decisions', {
    filter: Object.fromEntries(Object.entries(period).filter(([, v]) => v !== undefined)),
    sort: { field: 'date', order: 'DESC' },
    pagination: { page: 1, perPage: 5 },
  });
  const against = data?.filter((d) => d.againstRecommendation).length ?? 0;
  return (
    <WidgetCard
      id="decisions"
      title={translate('app.dashboard.decisions.title')}
      help={translate('app.dashboard.decisions.help')}
      actions={
        <Box sx={{ display: 'flex', gap: 2 }}>
          <MuiLink component={Link} to={listLink('decisions', { againstRecommendation: true })}>
            {translate('app.dashboard.decisions.against_link')}
          </MuiLink>
          <MuiLink component={Link} to="/decisions">
            {translate('app.dashboard.decisions.all', { smart_count: total ?? 0 })}
          </MuiLink>
        </Box>
      }
    >
      {!isPending && (data ?? []).length === 0 ? (
        <Typography variant="body2">{translate('app.dashboard.decisions.empty')}</Typography>
      ) : (
        <>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('app.dashboard.decisions.summary', { smart_count: data?.length ?? 0, against })}
          </Typography>
          <List dense disablePadding>
            {(data ?? []).map((decision) => (
              <ListItem key={decision.id} disableGutters divider>
                <ListItemText
                  primary={
                    <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
                      <MuiLink component={Link} to={pilotLink(decision.pilotId, 'decisions')}>
                        <RecordName reference="pilots" id={decision.pilotId} />
                      </MuiLink>
                      <span>
                        {translate(`app.choices.decision.${decision.decision}`)} · {formatDate(decision.date, locale)}
                      </span>
                      <AgainstRecommendationChip decision={decision} />
                    </Box>
                  }
                  secondary={decision.rationale.length > 140 ? `${decision.rationale.slice(0, 140)}…` : decision.rationale}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </WidgetCard>
  );
};
