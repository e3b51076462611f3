import { useStore } from 'react-admin';
import type { DashboardFilter } from '@/domain/types';

/** The filters of the whole dashboard (period, category, region, department), kept between visits. */
export const useDashboardFilter = () => useStore<DashboardFilter>('dashboard.filter', {});

/** The pilots chosen for the adoption chart and for comparing, kept between visits. */
export const useChosenPilots = (purpose: 'adoption' | 'compare') => useStore<number[]>(`dashboard.${purpose}.pilots`, []);
