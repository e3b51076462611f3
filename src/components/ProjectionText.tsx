import { Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount } from '@/domain/format';
import type { Candidate } from '@/domain/types';

/** A candidate's projected net benefit under the standard scenario, and when it pays back. */
export const ProjectionText = ({ projection }: { projection: Candidate['projection'] }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (!projection) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.simulation.not_simulated')}
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2">{formatAmount(projection.netBenefit, projection.unit, locale)}</Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {projection.paybackMonth === null ? translate('app.simulation.no_payback') : translate('app.simulation.payback', { month: projection.paybackMonth })}
      </Typography>
    </>
  );
};
