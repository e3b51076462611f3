/**
 * Reads, before a write's checks, the trainings, feedback and decisions of the pilot they look at
 * (a new decision follows the latest and freezes the others in its evidence), when the store keeps
 * them to itself: the checks that follow run synchronously, in the same turn as the read's end,
 * so nothing committed meanwhile is missed.
 */
import type { RequestHandler } from 'express';
import type { ColdRecords } from '../coldRecords';
import { contextOf, isStored, targetOf } from '../context';
import { RESOURCES } from '../resources';
import type { Input } from '../../src/domain/validation';

export function readPilotRecords(cold: ColdRecords | undefined): RequestHandler {
  return (req, res, next) => {
    const { resource } = targetOf(res);
    const pilotId = cold && isStored(resource) ? RESOURCES[resource].readsPilotRecords?.(req.method, req.body as Input) : undefined;
    if (!cold || pilotId === undefined) return next();
    cold
      .withPilots([pilotId], (records) => {
        contextOf(res).pilotRecords = records;
        next();
      })
      .catch(next);
  };
}
