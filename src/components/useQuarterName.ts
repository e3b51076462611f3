import { useTranslate } from 'react-admin';

/** `2026-Q3` the language's way: "Q3 2026", "T3 2026". */
export function useQuarterName() {
  const translate = useTranslate();
  return (quarter: string) => translate('app.dashboard.quarter', { quarter: quarter.slice(6), year: quarter.slice(0, 4) });
}
