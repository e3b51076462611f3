/**
 * Serves reads that json-server's router cannot: every list (in the ra-data-simple-rest dialect,
 * with `Content-Range`) and the computed scorecards.
 */
import type { RequestHandler } from 'express';
import { SCHEMAS, SCORECARD_SCHEMA } from '../../src/domain/schema';
import { computeScorecards } from '../../src/domain/scorecard';
import type { Database, Scorecard } from '../../src/domain/types';
import { collection, targetOf, type GetDatabase } from '../context';
import { HttpError } from '../errors';
import { applyListQuery, contentRange, parseListQuery } from '../listQuery';

/** Scorecards of the current state, computed again only after a write. */
function scorecardCache(getDb: GetDatabase, getRevision: () => number) {
  let cached: { revision: number; db: Database; scorecards: Scorecard[] } | undefined;
  return () => {
    const db = getDb();
    if (!cached || cached.revision !== getRevision() || cached.db !== db) {
      cached = { revision: getRevision(), db, scorecards: computeScorecards(db) };
    }
    return cached.scorecards;
  };
}

export function listRecords(getDb: GetDatabase, getRevision: () => number): RequestHandler {
  const scorecards = scorecardCache(getDb, getRevision);
  return (req, res, next) => {
    if (req.method !== 'GET') {
      next();
      return;
    }
    const { resource, id } = targetOf(res);
    if (resource === 'scorecards') {
      if (id !== undefined) {
        const card = scorecards().find((s) => s.id === id);
        if (!card) throw new HttpError(404, `No scorecard for pilot ${id}`);
        res.json(card);
        return;
      }
      const result = applyListQuery(scorecards(), parseListQuery(req.query, SCORECARD_SCHEMA));
      res.setHeader('Content-Range', contentRange(resource, result));
      res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
      res.json(result.page);
      return;
    }
    if (id !== undefined) {
      next();
      return;
    }
    const result = applyListQuery(collection(getDb(), resource), parseListQuery(req.query, SCHEMAS[resource]));
    res.setHeader('Content-Range', contentRange(resource, result));
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
    res.json(result.page);
  };
}
