/** Small statistics helpers for the evidence: sample variance and Student's t quantiles. */

export const average = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** The sample variance (n - 1 in the denominator); 0 for fewer than two values. */
export function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = average(values);
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}

/** Student's t 97.5% quantile for 1 to 30 degrees of freedom (two-sided 95%). */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101,
  2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
const Z_975 = 1.959964;

/**
 * The t quantile that leaves 2.5% in each tail: from the table up to 30 degrees of freedom, then
 * the Cornish-Fisher expansion around the normal quantile (within 0.001 of the exact value).
 */
export function tQuantile975(degreesOfFreedom: number): number {
  const df = Math.floor(degreesOfFreedom);
  if (df < 1) return Number.POSITIVE_INFINITY;
  if (df <= T_975.length) return T_975[df - 1];
  const z = Z_975;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2);
}
