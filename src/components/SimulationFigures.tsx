import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount, formatShare } from '@/domain/format';
import { CASES, type Simulation } from '@/domain/simulation';
import { LazySimulationChart } from './charts/LazyChart';
import { useUnit } from './useUnit';

const FIGURES = ['savingPerTransaction', 'monthlySaving', 'annualSaving', 'netBenefit', 'paybackMonth'] as const;

/**
 * What a simulation projects, case by case (a table, which is also the chart's text alternative),
 * and the chart of cumulative net benefit. For the simulator and for a decision's frozen evidence.
 */
export const SimulationFigures = ({ simulation }: { simulation: Simulation }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const unit = useUnit();
  if (simulation.status === 'not-enough-data') return <Alert severity="info">{translate(`app.simulation.unavailable.${simulation.reason}`)}</Alert>;
  const { cases, cost, scenario, months } = simulation;
  const central = cases.central;
  const figure = (name: (typeof FIGURES)[number], c: (typeof cases)['central']) => {
    if (name === 'paybackMonth') return c.paybackMonth === null ? translate('app.simulation.never', { months }) : translate('app.simulation.month', { month: c.paybackMonth });
    if (name === 'savingPerTransaction') return unit.format(c.savingPerTransaction, cost.unit);
    return formatAmount(c[name], cost.unit, locale);
  };
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="body2">
        {translate(central.netBenefit >= 0 ? 'app.simulation.summary_gain' : 'app.simulation.summary_loss', {
          sites: scenario.sites,
          months,
          net: formatAmount(Math.abs(central.netBenefit), cost.unit, locale),
          annual: formatAmount(central.annualSaving, cost.unit, locale),
          payback: central.paybackMonth ?? '–',
        })}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('app.simulation.based_on', {
          baseline: unit.format(cost.baseline, cost.unit),
          latest: unit.format(cost.latest, cost.unit),
          adoption: formatShare(simulation.adoptionAtHorizon.central, locale),
          spread: translate(`app.simulation.spread.${cost.spreadFrom}`),
        })}
      </Typography>
      <Table size="small" aria-label={translate('app.simulation.table', { months })}>
        <TableHead>
          <TableRow>
            <TableCell />
            {CASES.map((name) => (
              <TableCell key={name} align="right">
                {translate(`app.simulation.case.${name}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {FIGURES.map((name) => (
            <TableRow key={name}>
              <TableCell component="th" scope="row">
                {translate(`app.simulation.figure.${name}`, { months })}
              </TableCell>
              {CASES.map((c) => (
                <TableCell key={c} align="right">
                  {figure(name, cases[c])}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <LazySimulationChart cases={cases} unit={cost.unit} />
    </Box>
  );
};
