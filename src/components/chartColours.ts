/** Okabe-Ito: a palette that stays distinct for the common colour-vision deficiencies. */
export const CHART_COLOURS = {
  series: ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'],
  baseline: '#7f7f7f',
  target: '#009E73',
} as const;
