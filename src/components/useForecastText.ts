import { useLocale, useTranslate } from 'react-admin';
import type { Forecast } from '@/domain/forecast';
import { formatMonth, formatShortMonth } from '@/domain/format';

const LONG = { not_enough_data: 'app.outlook.not_enough_data', reached: 'app.outlook.reached', projected: 'app.outlook.projected', not_reached: 'app.outlook.not_reached' };
const SHORT = {
  not_enough_data: 'app.outlook.short.not_enough_data',
  reached: 'app.outlook.short.reached',
  projected: 'app.outlook.short.projected',
  not_reached: 'app.outlook.short.not_reached',
};

/** A forecast of adoption reaching `share` of the target users, as a sentence (or, `short`, a table cell's few words). */
export function useForecastText(short = false) {
  const translate = useTranslate();
  const locale = useLocale();
  const key = short ? SHORT : LONG;
  const month = (value: string) => (short ? formatShortMonth(value, locale) : formatMonth(value, locale));
  return (forecast: Forecast, share: number) => {
    const percent = `${Math.round(share * 100)}%`;
    switch (forecast.status) {
      case 'not-enough-data':
        return translate(key.not_enough_data, { months: forecast.months });
      case 'reached':
        return translate(key.reached, { share: percent, month: month(forecast.month) });
      case 'projected':
        return translate(key.projected, { share: percent, month: month(forecast.month) });
      case 'not-reached':
        return translate(key.not_reached, { share: percent });
    }
  };
}
