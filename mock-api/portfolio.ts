/**
 * The portfolio index (scorecards, adoption series, latest KPI values) of the current data,
 * built again only after a change: one for the scorecards list and the dashboard's figures.
 */
import { buildPortfolio, type Portfolio } from '../src/domain/dashboard';
import type { Data } from './database';

export type CurrentPortfolio = () => Portfolio;

export function portfolioOf(data: Data): CurrentPortfolio {
  let cached: { revision: number; portfolio: Portfolio } | undefined;
  return () => {
    if (cached?.revision !== data.revision()) cached = { revision: data.revision(), portfolio: buildPortfolio(data.get()) };
    return cached.portfolio;
  };
}
