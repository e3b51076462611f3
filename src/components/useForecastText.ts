import { useLocale, useTranslate } from 'react-admin';
import type { Forecast } from '@/domain/forecast';
import { formatMonth } from '@/domain/format';

/** A forecast of adoption reaching `share` of the target users, as a sentence. */
export function useForecastText() {
  const translate = useTranslate();
  const locale = useLocale();
  return (forecast: Forecast, share: number) => {
    const percent = `${Math.round(share * 100)}%`;
    switch (forecast.status) {
      case 'not-enough-data':
        return translate('app.outlook.not_enough_data', { months: forecast.months });
      case 'reached':
        return translate('app.outlook.reached', { share: percent, month: formatMonth(forecast.month, locale) });
      case 'projected':
        return translate('app.outlook.projected', { share: percent, month: formatMonth(forecast.month, locale) });
      case 'not-reached':
        return translate('app.outlook.not_reached', { share: percent });
    }
  };
}
