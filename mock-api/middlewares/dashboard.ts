/**
 * `GET /dashboard/<aggregate>`: the executive dashboard's figures, computed here by the domain's
 * pure functions (`src/domain/dashboard/`) over a portfolio index rebuilt only after a change, so
 * that the SPA never downloads the measurements behind them.
 */
import { Router } from 'express';
import { DASHBOARD_FIGURES, dashboardFigure, type DashboardFigure } from '../../src/domain/dashboard';
import { todayIso } from '../../src/domain/format';
import { grantFor } from '../../src/domain/permissions';
import { parseDashboardQuery } from '../dashboardQuery';
import { HttpError } from '../errors';
import type { CurrentPortfolio } from '../portfolio';
import { actorOf } from './auth';

export function serveDashboard(portfolio: CurrentPortfolio): Router {
  const router = Router();
  router.all('/:figure', (req, res) => {
    const figure = req.params.figure as DashboardFigure;
    if (!DASHBOARD_FIGURES.includes(figure)) throw new HttpError(404, `No such dashboard figure: ${req.params.figure}`);
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      throw new HttpError(405, 'The dashboard is computed from the records: it cannot be written');
    }
    const actor = actorOf(res);
    if (!grantFor(actor.role, 'dashboard', 'read')) throw new HttpError(403, `A ${actor.role} may not read the dashboard`);
    res.json(dashboardFigure(portfolio(), figure, parseDashboardQuery(figure, req.query), todayIso()));
  });
  return router;
}
