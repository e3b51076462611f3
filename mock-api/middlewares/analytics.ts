/**
 * `GET /pilots/<id>/effects` and `GET /pilots/<id>/simulation`: did the pilot cause the change
 * (difference in differences against its comparison sites), and what would generalizing it save.
 * Computed by the domain's pure functions over the portfolio index, read-only, for any role that
 * may read pilots.
 */
import { Router } from 'express';
import { effectsOf, simulationEvidenceFrom } from '../../src/domain/dashboard';
import { grantFor } from '../../src/domain/permissions';
import { SCENARIO_SCHEMA } from '../../src/domain/schema';
import { defaultScenario, simulateGeneralization, type Scenario } from '../../src/domain/simulation';
import { checkFields, describeProblems } from '../../src/domain/validation';
import { HttpError, invalid } from '../errors';
import type { CurrentPortfolio } from '../portfolio';
import { actorOf } from './auth';

const ANALYSES = ['effects', 'simulation'] as const;
const ID = /^[1-9]\d{0,14}$/;

/** The scenario of a query: each field a number, the pilot's default where absent. */
export function scenarioOf(query: Record<string, unknown>, defaults: Scenario): Scenario {
  const unknown = Object.keys(query).filter((key) => !Object.hasOwn(SCENARIO_SCHEMA, key));
  if (unknown.length) throw invalid(Object.fromEntries(unknown.map((k) => [k, `Unknown query parameter: use ${Object.keys(SCENARIO_SCHEMA).join(', ')}`])));
  const input: Record<string, unknown> = { ...defaults };
  for (const [field, raw] of Object.entries(query)) input[field] = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  const { record, problems } = checkFields(SCENARIO_SCHEMA, input);
  if (Object.keys(problems).length) throw invalid(describeProblems(problems), 'Invalid scenario: see the fields in error');
  return record as unknown as Scenario;
}

export function serveAnalytics(portfolio: CurrentPortfolio): Router {
  const router = Router();
  router.all('/:id/:analysis', (req, res, next) => {
    const analysis = req.params.analysis as (typeof ANALYSES)[number];
    if (!ANALYSES.includes(analysis)) return next();
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      throw new HttpError(405, `The pilot's ${analysis} are computed from its measurements: they cannot be written`);
    }
    const actor = actorOf(res);
    if (!grantFor(actor.role, 'pilots', 'read')) throw new HttpError(403, `A ${actor.role} may not read pilots`);
    portfolio()
      .then((current) => {
        const pilot = ID.test(req.params.id) ? current.pilotsById.get(Number(req.params.id)) : undefined;
        if (!pilot) throw new HttpError(404, `No pilots record with id ${req.params.id}`);
        if (analysis === 'effects') {
          if (Object.keys(req.query).length) throw invalid(Object.fromEntries(Object.keys(req.query).map((k) => [k, 'Unknown query parameter: this call takes none'])));
          res.json(effectsOf(current, pilot));
          return;
        }
        res.json(simulateGeneralization(simulationEvidenceFrom(current, pilot), scenarioOf(req.query, defaultScenario(pilot))));
      })
      .catch(next);
  });
  return router;
}
