/** Appends to the audit trail, in the same commit as the change it records. */
import type { AuditEntry, Database } from '../src/domain/types';

type Changes = NonNullable<AuditEntry['changes']>;

/** Each field whose value differs between `before` and `after`, with both values. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

export function appendAudit(db: Database, entry: Omit<AuditEntry, 'id' | 'at'>): AuditEntry {
  const recorded: AuditEntry = { id: db._sequences.audit, at: new Date().toISOString(), ...entry };
  db._sequences.audit += 1;
  db.audit.push(recorded);
  return recorded;
}
