/** Appends to the audit trail, in the same commit as the change it records. */
import type { AuditEntry, Database } from '../src/domain/types';
import { markChanged } from './store/changes';

type Changes = NonNullable<AuditEntry['changes']>;

/**
 * How far back the server reads the audit trail in memory: the failed sign-ins of a burst. On a
 * store that answers audit reads itself, the other entries, and older ones, leave memory once
 * written (`trimAudit`).
 */
export const RECENT_AUDIT_MS = 15 * 60_000;

/** The only entries the server reads back from memory (to count a burst's attempts). */
export const FAILED_SIGN_IN = 'login-failed' as const;

/**
 * Drops from memory the entries written (those below id `below`: a commit has them) but the
 * failed sign-ins since `cutoff` (an ISO time), in place: what stays is a burst's few entries and
 * those not written yet.
 */
export function trimAudit(db: Pick<Database, 'audit'>, below: number, cutoff: string): void {
  const trail = db.audit;
  let kept = 0;
  for (const entry of trail) if (entry.id >= below || (entry.action === FAILED_SIGN_IN && entry.at >= cutoff)) trail[kept++] = entry;
  trail.length = kept;
}

/** Bookkeeping that changes with every write, so not worth an entry's space. */
const UNTRACKED = new Set(['version']);

/** Each field whose value differs between `before` and `after`, with both values. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (UNTRACKED.has(field)) continue;
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/** The pilot a record belongs to: the pilot itself, or the one it points at. */
export function pilotOfRecord(resource: string, record: Record<string, unknown> | undefined): number | null {
  if (!record) return null;
  const id = resource === 'pilots' ? record.id : record.pilotId;
  return typeof id === 'number' ? id : null;
}

export function appendAudit(db: Database, entry: Omit<AuditEntry, 'id' | 'at'>): AuditEntry {
  // `pilotId` always present (null when none), so that every store reads the entry back as it was.
  const recorded: AuditEntry = { id: db._sequences.audit, at: new Date().toISOString(), ...entry, pilotId: entry.pilotId ?? null };
  db._sequences.audit += 1;
  db.audit.push(recorded);
  markChanged(db, 'audit', recorded.id);
  return recorded;
}
