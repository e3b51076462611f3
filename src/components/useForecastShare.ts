import { useStore } from 'react-admin';
import { DEFAULT_FORECAST_SHARE } from '@/domain/forecast';

/** The share of target users adoption forecasts look for (80% unless the user picks another), kept between visits. */
export const useForecastShare = () => useStore<number>('dashboard.share', DEFAULT_FORECAST_SHARE);

export const FORECAST_SHARES = [0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;
