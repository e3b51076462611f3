import { useLocale, useTranslate } from 'react-admin';
import { formatWithUnit } from '@/domain/format';
import { TEMPLATE_UNITS } from '@/domain/kpiTemplates';

/** i18n key of each unit the KPI templates write (`app.units.<key>`); other units are the user's own words. */
const unitKey = (unit: string) => unit.replace('%', 'percent').replace(/\s+/g, '_').toLowerCase();
const TRANSLATED = new Set(TEMPLATE_UNITS);

/** A KPI's unit in the user's language ("users" is "utilisateurs" in French), and values formatted with it. */
export function useUnit() {
  const translate = useTranslate();
  const locale = useLocale();
  const label = (unit: string) => (TRANSLATED.has(unit) ? translate(`app.units.${unitKey(unit)}`, { _: unit }) : unit);
  const format = (value: number | null | undefined, unit: string) => formatWithUnit(value, unit === 'EUR' ? unit : label(unit), locale);
  return { label, format };
}
