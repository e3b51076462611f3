/**
 * `GET /dashboard/<aggregate>`: the executive dashboard's figures, computed here by the domain's
 * pure functions (`src/domain/dashboard/`) over a portfolio index rebuilt only after a change, so
 * that the SPA never downloads the measurements behind them.
 */
import { Router } from 'express';
import {
  adoptionOverTime,
  buildPortfolio,
  facetsOf,
  generalizationCandidates,
  headlineFigures,
  readinessMatrix,
  trainingAndFeedback,
  type Portfolio,
} from '../../src/domain/dashboard';
import { todayIso } from '../../src/domain/format';
import { grantFor } from '../../src/domain/permissions';
import { DASHBOARD_AGGREGATES, parseDashboardQuery, type DashboardAggregate } from '../dashboardQuery';
import type { Data } from '../database';
import { HttpError } from '../errors';
import { actorOf } from './auth';

function portfolioCache(data: Data) {
  let cached: { revision: number; portfolio: Portfolio } | undefined;
  return () => {
    if (cached?.revision !== data.revision()) cached = { revision: data.revision(), portfolio: buildPortfolio(data.get()) };
    return cached.portfolio;
  };
}

export function serveDashboard(data: Data): Router {
  const portfolio = portfolioCache(data);
  const router = Router();
  router.all('/:aggregate', (req, res) => {
    const aggregate = req.params.aggregate as DashboardAggregate;
    if (!DASHBOARD_AGGREGATES.includes(aggregate)) throw new HttpError(404, `No such dashboard figure: ${req.params.aggregate}`);
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      throw new HttpError(405, 'The dashboard is computed from the records: it cannot be written');
    }
    const actor = actorOf(res);
    if (!grantFor(actor.role, 'dashboard', 'read')) throw new HttpError(403, `A ${actor.role} may not read the dashboard`);
    const { filter, adoption, candidates } = parseDashboardQuery(aggregate, req.query);
    const today = todayIso();
    const current = portfolio();
    switch (aggregate) {
      case 'headline':
        return void res.json(headlineFigures(current, filter, today));
      case 'adoption':
        return void res.json(adoptionOverTime(current, filter, today, adoption));
      case 'matrix':
        return void res.json(readinessMatrix(current, filter));
      case 'candidates':
        return void res.json(generalizationCandidates(current, filter, today, candidates));
      case 'training':
        return void res.json(trainingAndFeedback(current, filter, today));
      case 'facets':
        return void res.json(facetsOf(current.pilots));
    }
  });
  return router;
}
