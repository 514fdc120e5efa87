// When two statements of one goal agree: a rough bound (超千亿元) when it holds, 左右 when the other figure is
// in its range, a threshold (超800亿元, 600家以上) when it is the same figure. Amounts agree when the finer one
// rounds to the coarser (24300亿元 is 2.4万亿元; 3.5亿美元 is not 3亿美元); percentages are targets set to the
// digit (2.6% and 3% are two goals).
import { contains } from '../../quantity/interval.js';
import type { QuantitySettings } from '../../quantity/index.js';
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
  const coarser = Math.max(a.precision, b.precision);
  return Math.abs(a.value - b.value) < coarser / 2 - q.relativeTolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
}
