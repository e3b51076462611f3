import { Box, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { MIN_COMPARISON_MONTHS, type EffectVerdict, type KpiEffect } from '@/domain/comparison';
import type { Kpi } from '@/domain/types';
import { CHIP_BACKGROUNDS, onChipBackground } from './chipColours';
import { useUnit } from './useUnit';

const VERDICT_COLOURS: Record<EffectVerdict, string> = {
  improved: CHIP_BACKGROUNDS.green,
  worsened: CHIP_BACKGROUNDS.red,
  'no-clear-effect': CHIP_BACKGROUNDS.grey,
};

/**
 * One KPI's effect in words: "Processing time fell 9 days more at the pilot's sites than at
 * comparison sites, 95% CI 7 to 11, from 31 months", with a chip saying what it means.
 */
export const EffectStatement = ({ effect, kpi }: { effect: KpiEffect; kpi: Pick<Kpi, 'name' | 'unit'> }) => {
  const translate = useTranslate();
  const unit = useUnit();
  if (effect.status === 'not-enough-data') {
    return (
      <Typography variant="body2">
        {translate('app.effect.not_enough_data', { name: kpi.name, before: effect.monthsBefore, after: effect.monthsAfter, min: MIN_COMPARISON_MONTHS })}
      </Typography>
    );
  }
  const amount = (value: number) => unit.format(Math.abs(value), kpi.unit);
  const months = effect.monthsBefore + effect.monthsAfter;
  const text =
    effect.verdict === 'no-clear-effect'
      ? translate('app.effect.no_clear', { name: kpi.name, effect: unit.format(effect.effect, kpi.unit), low: unit.format(effect.low, kpi.unit), high: unit.format(effect.high, kpi.unit), months })
      : effect.effect < 0
        ? translate('app.effect.fell', { name: kpi.name, amount: amount(effect.effect), low: amount(effect.high), high: amount(effect.low), months })
        : translate('app.effect.rose', { name: kpi.name, amount: amount(effect.effect), low: amount(effect.low), high: amount(effect.high), months });
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
      <Chip size="small" label={translate(`app.effect.verdict.${effect.verdict}`)} sx={onChipBackground(VERDICT_COLOURS[effect.verdict])} />
      <Typography variant="body2" sx={{ flex: 1, minWidth: 240 }}>
        {text}
      </Typography>
    </Box>
  );
};

/** Each effect under the name of its KPI; KPIs no longer known are left out. */
export const EffectList = ({ effects, kpis }: { effects: readonly KpiEffect[]; kpis: readonly Pick<Kpi, 'id' | 'name' | 'unit'>[] }) => (
  <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
    {effects.flatMap((effect) => {
      const kpi = kpis.find((k) => k.id === effect.kpiId);
      return kpi ? [
        <li key={effect.kpiId}>
          <EffectStatement effect={effect} kpi={kpi} />
        </li>,
      ] : [];
    })}
  </Box>
);
