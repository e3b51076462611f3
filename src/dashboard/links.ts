/** Links from a figure to the records behind it: react-admin lists with their filter in the URL. */
import type { DashboardFilter } from '@/domain/types';

export const listLink = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** The pilots list narrowed like the dashboard (category, region, department) and by `extra`. */
export const pilotsLink = (filter: DashboardFilter, extra: Record<string, unknown> = {}) =>
  listLink('pilots', Object.fromEntries(Object.entries({ category: filter.category, region: filter.region, department: filter.department, ...extra }).filter(([, v]) => v !== undefined)));

export const pilotLink = (pilotId: number, tab?: string) => `/pilots/${pilotId}/show${tab ? `/${tab}` : ''}`;

export const recordDecisionLink = (pilotId: number) => `/decisions/create?source=${encodeURIComponent(JSON.stringify({ pilotId }))}`;
