import { useRecordContext } from 'react-admin';
import type { Kpi } from '@/domain/types';
import { useUnit } from './useUnit';

/** A KPI's unit in the reader's language (the templates' units are translated). */
export const UnitField = (_props: { source?: string; label?: string }) => {
  const kpi = useRecordContext<Kpi>();
  const unit = useUnit();
  return kpi ? <>{unit.label(kpi.unit)}</> : null;
};
