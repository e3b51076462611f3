/**
 * CSV imports (`POST /api/imports/<resource>`): what a file may fill in for each resource, and how a row is recognised as one already stored
 * (so that importing the same file twice creates nothing new).
 */
import { SCHEMAS } from './schema';
import { measurementSlot } from './validation';

export const IMPORTABLE = ['pilots', 'kpis', 'measurements', 'trainings', 'feedback'] as const;
export type ImportableResource = (typeof IMPORTABLE)[number];

export const isImportable = (resource: string): resource is ImportableResource => (IMPORTABLE as readonly string[]).includes(resource);

/**
 * The columns a file of `resource` may have: the fields a client may set, plus a measurement's
 * `pilotId`, which tells KPIs of the same name apart.
 */
export function importFields(resource: ImportableResource): string[] {
  const fields = Object.entries(SCHEMAS[resource])
    .filter(([, spec]) => !spec.serverSet && spec.type !== 'object')
    .map(([field]) => field);
  return resource === 'measurements' ? ['pilotId', ...fields] : fields;
}

const norm = (value: unknown) => String(value ?? '').trim().toLowerCase();

/** The natural key of a record: a pilot's name, a KPI's pilot and name, a measurement's KPI, group and date... */
export const NATURAL_KEYS: Record<ImportableResource, (record: Record<string, unknown>) => string> = {
  pilots: (r) => norm(r.name),
  kpis: (r) => `${String(r.pilotId)}|${norm(r.name)}`,
  measurements: (r) => measurementSlot({ kpiId: r.kpiId, group: r.group, date: r.date }),
  trainings: (r) => `${String(r.pilotId)}|${String(r.date)}|${norm(r.title)}`,
  feedback: (r) => `${String(r.pilotId)}|${String(r.date)}|${String(r.stakeholder)}|${String(r.rating)}|${norm(r.comment)}`,
};

/** The template of each resource's file: its header and one example row, `;`-separated as French Excel writes. */
export const TEMPLATE_EXAMPLES: Record<ImportableResource, Record<string, string>> = {
  pilots: {
    name: 'Online fishing permits',
    summary: 'Permits requested and paid online',
    category: 'online-procedure',
    department: 'Environment',
    region: 'Bretagne',
    ownerId: 'manager@example.org',
    stage: 'running',
    startDate: '01/06/2026',
    endDate: '31/05/2027',
    budget: '120 000',
    targetUsers: '4000',
    agentsToTrain: '40',
    published: 'non',
  },
  kpis: { pilotId: 'Online fishing permits', name: 'Active users', kind: 'adoption', unit: 'users', unitKind: 'count', scaleMax: '', direction: 'increase', baseline: '0', target: '3200' },
  measurements: { pilotId: 'Online fishing permits', kpiId: 'Active users', date: '01/10/2026', value: '1 250', group: 'pilot', note: 'From the analytics' },
  trainings: { pilotId: 'Online fishing permits', title: 'Getting started', date: '15/09/2026', format: 'in-person', durationHours: '3,5', participants: '12', completed: '11', satisfaction: '4,5' },
  feedback: { pilotId: 'Online fishing permits', date: '20/10/2026', stakeholder: 'citizen', rating: '4', comment: 'Quick and clear', status: 'new' },
};

/** A template file for `resource`: header and example, `;`-separated, with a BOM so that Excel reads it as UTF-8. */
export function templateCsv(resource: ImportableResource): string {
  const fields = importFields(resource);
  const example = TEMPLATE_EXAMPLES[resource];
  return `\ufeff${fields.join(';')}\r\n${fields.map((f) => example[f] ?? '').join(';')}\r\n`;
}

/** What an import answers, dry run or not. */
export interface ImportReport {
  dryRun: boolean;
  /** Rows read (the header aside). */
  total: number;
  /** Rows that break no rule. */
  valid: number;
  /** Each problem: the file's line (the header is line 1), the field, what is wrong. */
  errors: { row: number; field: string; message: string }[];
  /** Records created, and updated ("update instead"), or that would be on a dry run. */
  create: number;
  update: number;
  /** Rows already stored, left as they are. */
  unchanged: number;
  encoding: 'utf-8' | 'windows-1252';
  separator: ',' | ';';
  /** The file's header, and which of its columns fill which field. */
  columns: string[];
  mapping: Record<string, string>;
  /** The first rows as they would be stored. */
  preview: { row: number; action: 'create' | 'update' | 'unchanged' | 'error'; record: Record<string, unknown> }[];
}

/** The largest file and the most rows an import takes (413 beyond). */
export const IMPORT_LIMITS = { bytes: 20 * 1024 * 1024, rows: 100_000 } as const;
