import { describe, expect, it } from 'vitest';
import { linearScale, symbolPath } from '@/components/charts/symbols';

/** The points of a path made of M/L commands only. */
const corners = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
/** The area of a polygon (shoelace formula). */
const area = (points: number[][]) => Math.abs(points.reduce((sum, [x, y], i) => { const [nx, ny] = points[(i + 1) % points.length]; return sum + x * ny - nx * y; }, 0)) / 2;

describe('chart symbols', () => {
  it('draws a square of the given area centred on the point', () => {
    expect(symbolPath('square', 100, 50, 20)).toBe('M45,15L55,15L55,25L45,25Z');
  });

  it('gives the triangle and the star the area asked for, around the point', () => {
    for (const shape of ['triangle', 'star'] as const) {
      const points = corners(symbolPath(shape, 400, 0, 0));
      expect(area(points)).toBeCloseTo(400, -0.5);
      expect(Math.max(...points.map(([x]) => Math.abs(x)))).toBeLessThan(20);
    }
    expect(corners(symbolPath('star', 400, 0, 0))).toHaveLength(10);
  });

  it('draws a circle of the given area as two arcs', () => {
    const r = Math.sqrt(314.159 / Math.PI);
    expect(symbolPath('circle', 314.159, 0, 0)).toBe(`M10,0A${r.toFixed(0)},${r.toFixed(0)},0,1,1,-10,0A10,10,0,1,1,10,0Z`);
  });

  it('scales linearly, and places a single value in the middle of the range', () => {
    expect(linearScale([0, 100], [30, 400])(50)).toBe(215);
    expect(linearScale([7, 7], [30, 400])(7)).toBe(215);
  });
});
