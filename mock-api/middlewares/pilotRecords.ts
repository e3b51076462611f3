/**
 * Reads, before a write's checks, the measurements, trainings, feedback and decisions of the pilot
 * they look at (a measurement's slot among its KPI's; a KPI's unit against its measurements; a new
 * decision follows the latest and freezes the others in its evidence), when the store keeps them
 * to itself: the checks that follow run synchronously, in the same turn as the read's end, so
 * nothing committed meanwhile is missed.
 */
import type { RequestHandler } from 'express';
import type { ColdRecords } from '../coldRecords';
import type { Data } from '../database';
import { contextOf, isStored, targetOf } from '../context';
import { RESOURCES } from '../resources';
import type { Input } from '../../src/domain/validation';

export function readPilotRecords(data: Data, cold: ColdRecords | undefined): RequestHandler {
  return (req, res, next) => {
    const { resource, existing } = targetOf(res);
    const wanted = cold && isStored(resource) ? RESOURCES[resource].readsPilotRecords?.(data.get(), req.method, req.body as Input, existing) : undefined;
    if (!cold || !wanted) return next();
    cold
      .withPilots(
        [wanted.pilotId],
        (records) => {
          contextOf(res).pilotRecords = records;
          next();
        },
        wanted.collections,
        wanted.slot,
      )
      .catch(next);
  };
}
