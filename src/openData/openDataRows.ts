/** The public page's rows: each published pilot with its adoption and outcome, from the open-data files. */

export interface OpenPilotRow {
  id: number;
  name: string;
  category: string;
  region: string;
  stage: string;
  startDate: string;
  endDate: string;
  recommendation: string;
  /** Latest active users over target users, 0-1; null when adoption is not published. */
  adoption: number | null;
  /** The latest decision's outcome and date, if any. */
  decision: { outcome: string; date: string } | null;
}

export interface OpenDataFilter {
  region?: string;
  category?: string;
  /** `YYYY-MM`: pilots running at some point between the two months. */
  from?: string;
  to?: string;
}

export function openPilotRows(files: { pilots: Record<string, string>[]; series: Record<string, string>[]; decisions: Record<string, string>[] }): OpenPilotRow[] {
  return files.pilots.map((p) => {
    const id = Number(p.id);
    const adoption = files.series.filter((s) => Number(s.pilot_id) === id && s.kind === 'adoption').sort((a, b) => (a.month < b.month ? -1 : 1)).at(-1);
    const decision = files.decisions.filter((d) => Number(d.pilot_id) === id).sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
    return {
      id,
      name: p.name,
      category: p.category,
      region: p.region,
      stage: p.stage,
      startDate: p.start_date,
      endDate: p.end_date,
      recommendation: p.recommendation,
      adoption: adoption ? Math.min(1, Number(adoption.value) / Number(p.target_users)) : null,
      decision: decision ? { outcome: decision.outcome, date: decision.date } : null,
    };
  });
}

export const matchesFilter = (row: OpenPilotRow, filter: OpenDataFilter) =>
  (!filter.region || row.region === filter.region) &&
  (!filter.category || row.category === filter.category) &&
  (!filter.from || row.endDate.slice(0, 7) >= filter.from) &&
  (!filter.to || row.startDate.slice(0, 7) <= filter.to);
