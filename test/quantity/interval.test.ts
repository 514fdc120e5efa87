import { describe, expect, it } from 'vitest';
import { contains, formatInterval, formatNumber, interval, intersects, sumIntervals, widen } from '../../src/quantity/interval.js';

describe('interval arithmetic', () => {
  const gt = (x: number) => interval(x, Infinity, true);
  const near = (x: number) => interval(x * 0.9, x, false, true);
  it('adds open and closed ends', () => {
    expect(sumIntervals([gt(400), near(300)])).toEqual(interval(670, Infinity, true));
    expect(sumIntervals([interval(1, 2), interval(3, 4, false, true)])).toEqual(interval(4, 6, false, true));
  });
  it('meets only where a value lies in both', () => {
    expect(intersects(sumIntervals([gt(400), near(300)]), gt(700))).toBe(true); // 超400 + 近300 vs 超700
    expect(intersects(sumIntervals([near(300), near(200)]), gt(600))).toBe(false);
    expect(intersects(interval(1, 2), interval(2, 3))).toBe(true);
    expect(intersects(interval(1, 2, false, true), interval(2, 3))).toBe(false);
    expect(intersects(interval(1, 2), interval(2, 3, true))).toBe(false);
  });
  it('contains, widens and prints', () => {
    expect(contains(gt(1000), 1100)).toBe(true);
    expect(contains(gt(1000), 1000)).toBe(false);
    expect(widen(interval(1, 2, true, true), 0.5)).toEqual(interval(0.5, 2.5));
    expect(formatInterval(interval(45e9, 50e9, false, true), 1e8)).toBe('[450, 500)');
    expect(formatInterval(gt(5), 1)).toBe('(5, ∞)');
    expect(formatNumber(5.66 + 1.3 + 0.5 + 4.4)).toBe('11.86');
  });
});
