/**
 * Open data: the published pilots' results as a Frictionless Data Package (the format behind
 * schema.data.gouv.fr), CSV files (UTF-8, `,`) each with its Table Schema, described in English
 * and French. Only pilots marked `published`; no person's name, email, comment or account id.
 */
import Papa from 'papaparse';
import { atPilotSites } from './comparison';
import { measurementsOfKpi, unpackActivity, type Portfolio } from './dashboard/portfolio';
import { monthlyLatest, quarterOf } from './series';
import { DECISION_KINDS, KPI_KINDS, PILOT_CATEGORIES, PILOT_STAGES, RECOMMENDATIONS, STAKEHOLDERS, type Pilot } from './types';

export type Cell = string | number | null;
export interface TableField {
  name: string;
  type: 'integer' | 'number' | 'string' | 'date' | 'yearmonth';
  description: string;
  description_fr: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; maximum?: number; enum?: readonly string[]; pattern?: string };
}
export interface OpenTable {
  name: string;
  title: string;
  title_fr: string;
  fields: TableField[];
  primaryKey?: string[];
  rows: Cell[][];
}
export type OpenTableDescription = Omit<OpenTable, 'rows'>;

const field = (name: string, type: TableField['type'], description: string, description_fr: string, constraints?: TableField['constraints']): TableField => ({
  name,
  type,
  description,
  description_fr,
  ...(constraints ? { constraints } : {}),
});
const pilotId = field('pilot_id', 'integer', 'Id of the pilot (pilots.csv)', 'Identifiant de l’expérimentation (pilots.csv)', { required: true, minimum: 1 });

/** The four tables of the package, described (their rows come from `pilotOpenRows`). */
export const OPEN_TABLES: readonly OpenTableDescription[] = [
  {
    name: 'pilots',
    title: 'Published pilots',
    title_fr: 'Expérimentations publiées',
    primaryKey: ['id'],
    fields: [
      field('id', 'integer', 'Id of the pilot', 'Identifiant de l’expérimentation', { required: true, unique: true, minimum: 1 }),
      field('name', 'string', 'Name of the pilot', 'Nom de l’expérimentation', { required: true }),
      field('category', 'string', 'Kind of tool tried', 'Type d’outil expérimenté', { required: true, enum: PILOT_CATEGORIES }),
      field('region', 'string', 'Region', 'Région', { required: true }),
      field('department', 'string', 'Department or service running it', 'Direction ou service qui la mène', { required: true }),
      field('stage', 'string', 'Stage: proposed, running, evaluating, generalized or stopped', 'Étape : proposée, en cours, en évaluation, généralisée ou arrêtée', { required: true, enum: PILOT_STAGES }),
      field('start_date', 'date', 'Start of the pilot', 'Début de l’expérimentation', { required: true }),
      field('end_date', 'date', 'Planned end of the pilot', 'Fin prévue de l’expérimentation', { required: true }),
      field('target_users', 'integer', 'People the tool is meant to serve', 'Usagers visés par l’outil', { required: true, minimum: 1 }),
      field('readiness', 'number', 'Readiness for generalization, 0 to 1 (empty when not measured)', 'Maturité pour la généralisation, de 0 à 1 (vide si non mesurée)', { minimum: 0, maximum: 1 }),
      field('recommendation', 'string', 'What the evidence recommends', 'Ce que recommandent les résultats', { required: true, enum: RECOMMENDATIONS }),
    ],
  },
  {
    name: 'kpi-series',
    title: 'Monthly KPI values at the pilots’ sites',
    title_fr: 'Valeurs mensuelles des indicateurs sur les sites des expérimentations',
    primaryKey: ['pilot_id', 'kpi', 'month'],
    fields: [
      pilotId,
      field('kpi', 'string', 'Name of the KPI', 'Nom de l’indicateur', { required: true }),
      field('kind', 'string', 'What the KPI measures (adoption: active users)', 'Ce que mesure l’indicateur (adoption : utilisateurs actifs)', { required: true, enum: KPI_KINDS }),
      field('unit', 'string', 'Unit of its values', 'Unité de ses valeurs', { required: true }),
      field('baseline', 'number', 'Value before the pilot', 'Valeur avant l’expérimentation', { required: true }),
      field('target', 'number', 'Value aimed at', 'Valeur visée', { required: true }),
      field('month', 'yearmonth', 'Month of the value (YYYY-MM)', 'Mois de la valeur (AAAA-MM)', { required: true }),
      field('value', 'number', 'Latest value measured that month', 'Dernière valeur mesurée ce mois-là', { required: true }),
    ],
  },
  {
    name: 'decisions',
    title: 'Decisions on the pilots',
    title_fr: 'Décisions sur les expérimentations',
    fields: [
      pilotId,
      field('date', 'date', 'Date of the decision', 'Date de la décision', { required: true }),
      field('outcome', 'string', 'Generalize, extend or stop', 'Généraliser, prolonger ou arrêter', { required: true, enum: DECISION_KINDS }),
      field('rationale', 'string', 'Why', 'Pourquoi', { required: true }),
    ],
  },
  {
    name: 'satisfaction',
    title: 'Satisfaction by quarter and stakeholder group',
    title_fr: 'Satisfaction par trimestre et par groupe',
    primaryKey: ['pilot_id', 'quarter', 'stakeholder'],
    fields: [
      pilotId,
      field('quarter', 'string', 'Quarter (YYYY-Qn)', 'Trimestre (AAAA-Tn écrit AAAA-Qn)', { required: true, pattern: '\\d{4}-Q[1-4]' }),
      field('stakeholder', 'string', 'Who answered', 'Qui a répondu', { required: true, enum: STAKEHOLDERS }),
      field('responses', 'integer', 'Number of answers', 'Nombre de réponses', { required: true, minimum: 1 }),
      field('mean_rating', 'number', 'Mean rating, 1 to 5', 'Note moyenne, de 1 à 5', { required: true, minimum: 1, maximum: 5 }),
    ],
  },
];

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One published pilot's rows, table by table in `OPEN_TABLES` order, from the portfolio's index of
 * it: its scorecard, its KPIs' values at its sites month by month, its decisions, and its feedback
 * by quarter and group (from the monthly sums the index keeps).
 */
export function pilotOpenRows(portfolio: Portfolio, pilot: Pilot): Cell[][][] {
  const card = portfolio.scorecards.get(pilot.id);
  const satisfaction = new Map<string, { quarter: string; stakeholder: string; sum: number; count: number }>();
  for (const [month, { ratingSum, ratings }] of unpackActivity(portfolio.activity.get(pilot.id)?.months)) {
    const quarter = quarterOf(`${month}-01`);
    STAKEHOLDERS.forEach((stakeholder, i) => {
      if (!ratings[i]) return;
      const key = `${quarter}|${stakeholder}`;
      const group = satisfaction.get(key) ?? { quarter, stakeholder, sum: 0, count: 0 };
      group.sum += ratingSum[i];
      group.count += ratings[i];
      satisfaction.set(key, group);
    });
  }
  return [
    [[pilot.id, pilot.name, pilot.category, pilot.region, pilot.department, pilot.stage, pilot.startDate, pilot.endDate, pilot.targetUsers, card?.readiness == null ? null : Math.round(card.readiness * 1000) / 1000, card?.recommendation ?? 'insufficient-data']],
    (portfolio.kpis.get(pilot.id) ?? []).flatMap((kpi) =>
      monthlyLatest(atPilotSites(measurementsOfKpi(portfolio, pilot.id, kpi.id))).map((point) => [pilot.id, kpi.name, kpi.kind, kpi.unit, kpi.baseline, kpi.target, point.month, point.value]),
    ),
    (portfolio.decisions.get(pilot.id) ?? []).map((d) => [pilot.id, d.date, d.decision, d.rationale]),
    [...satisfaction.values()]
      .sort((a, b) => byName(a.quarter, b.quarter) || byName(a.stakeholder, b.stakeholder))
      .map((g) => [pilot.id, g.quarter, g.stakeholder, g.count, Math.round((g.sum / g.count) * 100) / 100]),
  ];
}

/** The pilots marked published, by id: the package holds them only. */
export const publishedPilots = (portfolio: Portfolio) => portfolio.pilots.filter((p) => p.published);

/** The four tables of the package, from the current portfolio. */
export function openDataTables(portfolio: Portfolio): OpenTable[] {
  const rows = publishedPilots(portfolio).map((pilot) => pilotOpenRows(portfolio, pilot));
  return OPEN_TABLES.map((table, i) => ({ ...table, rows: rows.flatMap((ofPilot) => ofPilot[i]) }));
}

/** Rows as CSV lines: `,`, `\r\n` between lines, empty cells for missing values; '' for none. */
export const rowsCsv = (rows: readonly Cell[][]) => (rows.length ? Papa.unparse(rows.map((row) => row.map((c) => c ?? '')), { newline: '\r\n' }) : '');

/** A table's header line. */
export const headerCsv = (table: OpenTableDescription) => Papa.unparse([table.fields.map((f) => f.name)], { newline: '\r\n' });

/** A table as CSV: UTF-8, a header, then its rows in chunks (a pilot's each), `\r\n` between lines. */
export const tableCsv = (table: OpenTableDescription, chunks: readonly string[]) => [headerCsv(table), ...chunks.filter(Boolean)].join('\r\n');

/** The Data Package descriptor: one tabular resource per table, each with its Table Schema. */
export function dataPackage(tables: readonly OpenTableDescription[], updated: string) {
  return {
    profile: 'tabular-data-package',
    name: 'pilot-tracker-open-data',
    title: 'Digital-transformation pilots: adoption, outcomes and decisions',
    title_fr: 'Expérimentations de transformation numérique : adoption, résultats et décisions',
    description: 'Pilots that public administrations chose to publish: their KPIs month by month, satisfaction and the decisions taken on them.',
    description_fr: 'Les expérimentations que les administrations ont choisi de publier : leurs indicateurs mois par mois, la satisfaction et les décisions prises.',
    licenses: [{ name: 'etalab-2.0', path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/', title: 'Licence Ouverte / Open Licence 2.0' }],
    updated,
    resources: tables.map((t) => ({
      name: t.name,
      path: `${t.name}.csv`,
      title: t.title,
      title_fr: t.title_fr,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', header: true },
      schema: { fields: t.fields, ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}), missingValues: [''] },
    })),
  };
}
