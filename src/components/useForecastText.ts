import { useLocale, useTranslate } from 'react-admin';
import type { Forecast } from '@/domain/forecast';
import { formatMonth } from '@/domain/format';

/** A forecast of adoption reaching `share` of the target users, as a sentence (or, `short`, a table cell's few words). */
export function useForecastText(short = false) {
  const translate = useTranslate();
  const locale = useLocale();
  const key = short ? 'app.outlook.short' : 'app.outlook';
  const month = (value: string) => (short ? new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(new Date(`${value}-15`)) : formatMonth(value, locale));
  return (forecast: Forecast, share: number) => {
    const percent = `${Math.round(share * 100)}%`;
    switch (forecast.status) {
      case 'not-enough-data':
        return translate(`${key}.not_enough_data`, { months: forecast.months });
      case 'reached':
        return translate(`${key}.reached`, { share: percent, month: month(forecast.month) });
      case 'projected':
        return translate(`${key}.projected`, { share: percent, month: month(forecast.month) });
      case 'not-reached':
        return translate(`${key}.not_reached`, { share: percent });
    }
  };
}
