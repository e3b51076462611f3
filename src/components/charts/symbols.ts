/**
 * SVG paths of the chart symbols (circle, square, triangle, star) of a given area, centred on a
 * point: d3-shape's symbols, written out so that a chart of thousands of points draws each with a
 * plain `<path>` instead of a component per point.
 */
export type SymbolShape = 'circle' | 'square' | 'triangle' | 'star';

const r2 = (n: number) => Math.round(n * 100) / 100;
const SQRT3 = Math.sqrt(3);
const STAR_KA = 0.8908130915292852;
const STAR_KR = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
const STAR_KX = Math.sin((2 * Math.PI) / 10) * STAR_KR;
const STAR_KY = -Math.cos((2 * Math.PI) / 10) * STAR_KR;

/** The path of `shape` with the area `size` (in square pixels) at (`x`, `y`). */
export function symbolPath(shape: SymbolShape, size: number, x: number, y: number): string {
  const at = (dx: number, dy: number) => `${r2(x + dx)},${r2(y + dy)}`;
  switch (shape) {
    case 'circle': {
      const r = Math.sqrt(size / Math.PI);
      return `M${at(r, 0)}A${r2(r)},${r2(r)},0,1,1,${at(-r, 0)}A${r2(r)},${r2(r)},0,1,1,${at(r, 0)}Z`;
    }
    case 'square': {
      const h = Math.sqrt(size) / 2;
      return `M${at(-h, -h)}L${at(h, -h)}L${at(h, h)}L${at(-h, h)}Z`;
    }
    case 'triangle': {
      const t = -Math.sqrt(size / (SQRT3 * 3));
      return `M${at(0, 2 * t)}L${at(-SQRT3 * t, -t)}L${at(SQRT3 * t, -t)}Z`;
    }
    case 'star': {
      const r = Math.sqrt(size * STAR_KA);
      const sx = STAR_KX * r;
      const sy = STAR_KY * r;
      let d = `M${at(0, -r)}L${at(sx, sy)}`;
      for (let i = 1; i < 5; i += 1) {
        const a = (2 * Math.PI * i) / 5;
        const c = Math.cos(a);
        const s = Math.sin(a);
        d += `L${at(s * r, -c * r)}L${at(c * sx - s * sy, s * sx + c * sy)}`;
      }
      return `${d}Z`;
    }
  }
}

/** A linear scale from `domain` to `range`, the middle of the range when the domain is one value. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}
