/**
 * The portfolio index (scorecards, adoption series, latest KPI values) of the current data,
 * built again only after a change or when the day changes: one for the scorecards list and the dashboard's figures.
 */
import { buildPortfolio, type Portfolio } from '../src/domain/dashboard';
import { todayIso } from '../src/domain/format';
import type { Data } from './database';

export type CurrentPortfolio = () => Portfolio;

export function portfolioOf(data: Data): CurrentPortfolio {
  let cached: { revision: number; today: string; portfolio: Portfolio } | undefined;
  return () => {
    const today = todayIso();
    if (cached?.revision !== data.revision() || cached.today !== today) {
      cached = { revision: data.revision(), today, portfolio: buildPortfolio(data.get(), today) };
    }
    return cached.portfolio;
  };
}
