/**
 * The query of a dashboard aggregate: `filter` (JSON: from, to, category, region, department) and
 * each aggregate's own options. Anything else, or a value of the wrong shape, is a 400 that names
 * the parameter at fault.
 */
import { CANDIDATE_RANKINGS, MAX_PILOT_LINES, type CandidateRanking, type DashboardFigure, type FigureQuery } from '../src/domain/dashboard';
import { PILOT_CATEGORIES, PILOT_STAGES, type AdoptionGrouping, type DashboardFilter, type PilotCategory, type PilotStage } from '../src/domain/types';
import { invalid } from './errors';
import { parseJsonParam } from './listQuery';

const OPTIONS: Record<DashboardFigure, readonly string[]> = {
  headline: ['filter'],
  adoption: ['filter', 'groupBy', 'ids', 'limit', 'share'],
  matrix: ['filter'],
  candidates: ['filter', 'ids', 'stage', 'range', 'share', 'rankBy'],
  training: ['filter'],
  facets: [],
};
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const GROUPINGS: readonly AdoptionGrouping[] = ['pilot', 'category', 'region'];
/** The most pilots compared side by side, and the longest page of candidates. */
export const MAX_IDS = 12;
export const MAX_CANDIDATES = 50;

function parseFilter(raw: unknown): DashboardFilter {
  const value = parseJsonParam('filter', raw) ?? {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid({ filter: 'Must be a JSON object' });
  const errors: Record<string, string> = {};
  const filter: DashboardFilter = {};
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (field === undefined || field === null || field === '') continue;
    if (key === 'from' || key === 'to') {
      if (typeof field === 'string' && MONTH.test(field)) filter[key] = field;
      else errors[key] = 'Must be a month, YYYY-MM';
    } else if (key === 'category') {
      if ((PILOT_CATEGORIES as readonly unknown[]).includes(field)) filter.category = field as PilotCategory;
      else errors.category = `Must be one of ${PILOT_CATEGORIES.join(', ')}`;
    } else if (key === 'region' || key === 'department') {
      if (typeof field === 'string' && field.length <= 120) filter[key] = field;
      else errors[key] = 'Must be a text of at most 120 characters';
    } else {
      errors[key] = 'Unknown filter: use from, to, category, region and department';
    }
  }
  if (filter.from && filter.to && filter.from > filter.to) errors.to = 'Must not be before the start of the period';
  if (Object.keys(errors).length) throw invalid(errors);
  return filter;
}

function parseIds(raw: unknown): number[] | undefined {
  const value = parseJsonParam('ids', raw);
  if (value === undefined) return undefined;
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    value.length > MAX_IDS ||
    !value.every((id) => Number.isSafeInteger(id) && id > 0) ||
    new Set(value).size !== value.length
  ) {
    throw invalid({ ids: `Must be a JSON array of 1 to ${MAX_IDS} different pilot ids` });
  }
  return value as number[];
}

/** The share of target users a forecast looks for: from 5% to 100%. */
function parseShare(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const share = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !(share >= 0.05 && share <= 1)) throw invalid({ share: 'Must be a number from 0.05 to 1' });
  return share;
}

export function parseDashboardQuery(aggregate: DashboardFigure, query: Record<string, unknown>): FigureQuery {
  const allowed = OPTIONS[aggregate];
  const unknown = Object.keys(query).filter((key) => !allowed.includes(key));
  if (unknown.length) {
    const hint = allowed.length ? `use ${allowed.join(', ')}` : 'this figure takes none';
    throw invalid(Object.fromEntries(unknown.map((k) => [k, `Unknown query parameter: ${hint}`])));
  }
  const result: FigureQuery = { filter: parseFilter(query.filter), adoption: {}, candidates: {} };
  const ids = parseIds(query.ids);
  const share = parseShare(query.share);
  if (aggregate === 'adoption') {
    const groupBy = query.groupBy;
    if (groupBy !== undefined && !GROUPINGS.includes(groupBy as AdoptionGrouping)) throw invalid({ groupBy: `Must be one of ${GROUPINGS.join(', ')}` });
    const limit = query.limit === undefined ? undefined : Number(query.limit);
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= MAX_PILOT_LINES)) {
      throw invalid({ limit: `Must be a whole number from 1 to ${MAX_PILOT_LINES}` });
    }
    result.adoption = { groupBy: groupBy as AdoptionGrouping | undefined, ids, limit, share };
  }
  if (aggregate === 'candidates') {
    const stage = parseJsonParam('stage', query.stage);
    if (stage !== undefined && !(Array.isArray(stage) && stage.length > 0 && stage.every((s) => (PILOT_STAGES as readonly unknown[]).includes(s)))) {
      throw invalid({ stage: `Must be a JSON array of stages: ${PILOT_STAGES.join(', ')}` });
    }
    const range = parseJsonParam('range', query.range);
    if (
      range !== undefined &&
      !(Array.isArray(range) && range.length === 2 && range.every((n) => Number.isInteger(n) && n >= 0) && range[0] <= range[1] && range[1] - range[0] < MAX_CANDIDATES)
    ) {
      throw invalid({ range: `Must be [start, end], whole numbers, at most ${MAX_CANDIDATES} rows` });
    }
    const rankBy = query.rankBy;
    if (rankBy !== undefined && !CANDIDATE_RANKINGS.includes(rankBy as CandidateRanking)) throw invalid({ rankBy: `Must be one of ${CANDIDATE_RANKINGS.join(', ')}` });
    result.candidates = { ids, stages: stage as PilotStage[] | undefined, range: range as [number, number] | undefined, share, rankBy: rankBy as CandidateRanking | undefined };
  }
  return result;
}
