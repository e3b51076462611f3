/**
 * Open data: the published pilots' results as a Frictionless Data Package (the format behind
 * schema.data.gouv.fr), CSV files (UTF-8, `,`) each with its Table Schema, described in English
 * and French. Only pilots marked `published`; no person's name, email, comment or account id.
 */
import Papa from 'papaparse';
import { atPilotSites } from './comparison';
import { computeScorecards, groupByPilot } from './scorecard';
import { monthlyLatest, quarterOf } from './series';
import { DECISION_KINDS, KPI_KINDS, PILOT_CATEGORIES, PILOT_STAGES, RECOMMENDATIONS, STAKEHOLDERS, type Collections, type IsoDate } from './types';

type Cell = string | number | null;
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

const field = (name: string, type: TableField['type'], description: string, description_fr: string, constraints?: TableField['constraints']): TableField => ({
  name,
  type,
  description,
  description_fr,
  ...(constraints ? { constraints } : {}),
});
const pilotId = field('pilot_id', 'integer', 'Id of the pilot (pilots.csv)', 'Identifiant de l’expérimentation (pilots.csv)', { required: true, minimum: 1 });

/** The four tables of the package, from the current data. */
export function openDataTables(data: Pick<Collections, 'pilots' | 'kpis' | 'measurements' | 'trainings' | 'feedback' | 'decisions'>, today: IsoDate): OpenTable[] {
  const pilots = data.pilots.filter((p) => p.published).sort((a, b) => a.id - b.id);
  const published = new Set(pilots.map((p) => p.id));
  const ofPublished = <T extends { pilotId: number }>(records: readonly T[]) => records.filter((r) => published.has(r.pilotId));
  const scorecards = new Map(computeScorecards({ ...data, pilots }, today).map((s) => [s.pilotId, s]));
  const measurements = groupByPilot(atPilotSites(ofPublished(data.measurements)));
  const feedback = ofPublished(data.feedback);

  const satisfaction = new Map<string, { pilotId: number; quarter: string; stakeholder: string; sum: number; count: number }>();
  for (const f of feedback) {
    const key = `${f.pilotId}|${quarterOf(f.date)}|${f.stakeholder}`;
    const group = satisfaction.get(key) ?? { pilotId: f.pilotId, quarter: quarterOf(f.date), stakeholder: f.stakeholder, sum: 0, count: 0 };
    group.sum += f.rating;
    group.count += 1;
    satisfaction.set(key, group);
  }
  return [
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
      rows: pilots.map((p) => {
        const card = scorecards.get(p.id);
        return [p.id, p.name, p.category, p.region, p.department, p.stage, p.startDate, p.endDate, p.targetUsers, card?.readiness == null ? null : Math.round(card.readiness * 1000) / 1000, card?.recommendation ?? 'insufficient-data'];
      }),
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
      rows: ofPublished(data.kpis).sort((a, b) => a.pilotId - b.pilotId || a.id - b.id).flatMap((kpi) =>
        monthlyLatest((measurements.get(kpi.pilotId) ?? []).filter((m) => m.kpiId === kpi.id)).map((point) => [kpi.pilotId, kpi.name, kpi.kind, kpi.unit, kpi.baseline, kpi.target, point.month, point.value]),
      ),
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
      rows: ofPublished(data.decisions).sort((a, b) => a.pilotId - b.pilotId || (a.date < b.date ? -1 : 1)).map((d) => [d.pilotId, d.date, d.decision, d.rationale]),
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
      rows: [...satisfaction.values()]
        .sort((a, b) => a.pilotId - b.pilotId || (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : a.stakeholder < b.stakeholder ? -1 : 1))
        .map((g) => [g.pilotId, g.quarter, g.stakeholder, g.count, Math.round((g.sum / g.count) * 100) / 100]),
    },
  ];
}

/** A table as CSV: UTF-8, `,`, a header, `\r\n` between lines, empty cells for missing values. */
export const tableCsv = (table: OpenTable) => Papa.unparse({ fields: table.fields.map((f) => f.name), data: table.rows.map((row) => row.map((c) => c ?? '')) }, { newline: '\r\n' });

/** The Data Package descriptor: one tabular resource per table, each with its Table Schema. */
export function dataPackage(tables: readonly OpenTable[], updated: string) {
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
