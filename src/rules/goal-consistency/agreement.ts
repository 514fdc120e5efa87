// When two statements of one goal agree: a rough bound (超千亿元) when it holds, 左右 when the other figure is
// in its range, a threshold (超800亿元, 600家以上) when it is the same figure. Percentages are targets set to
// the digit: 2.6% and 3% are two goals, though 3% could be a rounding of 2.6% in a statistical table.
import { contains } from '../../quantity/interval.js';
import { sameFigure, type QuantitySettings } from '../../quantity/index.js';
import type { Goal } from './goals.js';

export type Figure = Pick<Goal, 'value' | 'precision' | 'coarse' | 'interval' | 'qualifier' | 'dimension'>;

const APPROXIMATE = new Set(['approx', 'near']);
const RATES = new Set(['percent', 'percentage-point']);

export function agree(a: Figure, b: Figure, q: QuantitySettings): boolean {
  if (a.coarse && b.coarse) return true;
  if (a.coarse) return contains(a.interval, b.value);
  if (b.coarse) return contains(b.interval, a.value);
  if (APPROXIMATE.has(a.qualifier) && contains(a.interval, b.value)) return true;
  if (APPROXIMATE.has(b.qualifier) && contains(b.interval, a.value)) return true;
  if (RATES.has(a.dimension)) {
    const finer = Math.min(a.precision, b.precision);
    return Math.abs(a.value - b.value) <= (finer / 2) * (1 + 1e-9) + q.relativeTolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
  }
  return sameFigure(a, b, q);
}
