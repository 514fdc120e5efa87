// Interval arithmetic on qualified figures (the XBRL Calculations 1.1 idea: a stated figure stands for
// the set of values it allows; a sum is consistent when the sum of the parts' sets can meet the total's).

export interface Interval {
  lo: number;
  hi: number;
  /** True when `lo` itself is excluded (超 X → (X, ∞)). Infinite ends are always open. */
  loOpen: boolean;
  hiOpen: boolean;
}

export function interval(lo: number, hi: number, loOpen = false, hiOpen = false): Interval {
  return { lo, hi, loOpen: loOpen || lo === -Infinity, hiOpen: hiOpen || hi === Infinity };
}

/** The set of sums a + b with a ∈ x, b ∈ y (an end is open when either contributing end is). */
export function addIntervals(x: Interval, y: Interval): Interval {
  return interval(x.lo + y.lo, x.hi + y.hi, x.loOpen || y.loOpen, x.hiOpen || y.hiOpen);
}

export function sumIntervals(list: readonly Interval[]): Interval {
  return list.reduce(addIntervals, interval(0, 0));
}

/** Widens both finite ends by `by` (rounding tolerance); a widened end becomes closed. */
export function widen(x: Interval, by: number): Interval {
  if (by <= 0) return x;
  return interval(
    x.lo === -Infinity ? x.lo : x.lo - by,
    x.hi === Infinity ? x.hi : x.hi + by,
    x.lo === -Infinity,
    x.hi === Infinity,
  );
}

/** True when some value lies in both intervals, honouring open and closed ends. */
export function intersects(x: Interval, y: Interval): boolean {
  const lo = Math.max(x.lo, y.lo);
  const hi = Math.min(x.hi, y.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // They touch at one point: it must belong to both.
  return contains(x, lo) && contains(y, lo);
}

export function contains(x: Interval, v: number): boolean {
  const aboveLo = x.loOpen ? v > x.lo : v >= x.lo;
  const belowHi = x.hiOpen ? v < x.hi : v <= x.hi;
  return aboveLo && belowHi;
}

/** `[1, 2)`, `(500, ∞)` in a given scale, for messages. */
export function formatInterval(x: Interval, scale = 1): string {
  const end = (v: number): string => (Math.abs(v) === Infinity ? (v > 0 ? '∞' : '−∞') : formatNumber(v / scale));
  return `${x.loOpen ? '(' : '['}${end(x.lo)}, ${end(x.hi)}${x.hiOpen ? ')' : ']'}`;
}

/** A figure without float noise: 11.860000000000001 → `11.86`. */
export function formatNumber(v: number): string {
  const rounded = Number(v.toPrecision(12));
  return String(rounded);
}
