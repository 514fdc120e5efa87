import { describe, expect, it } from 'vitest';
import { parseChineseInteger, parseNumeral, toHalfWidthDigits } from '../../src/quantity/numerals.js';

describe('numerals', () => {
  it('keeps parseChineseInteger and toHalfWidthDigits as the numbering code uses them', () => {
    expect(parseChineseInteger('一千一百')).toBe(1100);
    expect(parseChineseInteger('三十五')).toBe(35);
    expect(parseChineseInteger('十九')).toBe(19);
    expect(parseChineseInteger('两万')).toBe(20000);
    expect(parseChineseInteger('二〇二五')).toBe(2025);
    expect(parseChineseInteger('万亿')).toBe(1e12);
    expect(parseChineseInteger('第一')).toBeNull();
    expect(toHalfWidthDigits('１２．５')).toBe('12.5');
  });
  it.each([
    ['300', 300, 1, 100, false],
    ['1,234.5', 1234.5, 0.1, 0.1, false],
    ['１２', 12, 1, 1, false],
    ['5000万', 5e7, 1e4, 1e7, false],
    ['1.1千亿', 1.1e11, 1e10, 1e10, false],
    ['11.86万亿', 1.186e13, 1e10, 1e10, false],
    ['一千一百', 1100, 1, 100, false],
    ['八千四百亿', 8.4e11, 1e8, 1e10, false],
    ['两', 2, 1, 1, false],
    ['十万', 1e5, 1e4, 1e5, false],
    ['千亿', 1e11, 1e11, 1e11, true],
    ['万', 1e4, 1e4, 1e4, true],
    ['百分之四十', 40, 1, 10, false],
    ['百分之三点五', 3.5, 0.1, 0.1, false],
    ['四點二', 4.2, 0.1, 0.1, false],
  ])('%s', (raw, value, precision, significantUnit, coarse) => {
    const n = parseNumeral(raw)!;
    expect(Math.abs(n.value - value)).toBeLessThanOrEqual(1e-9 * value);
    expect(n.precision).toBeCloseTo(precision, 9);
    expect(n.significantUnit).toBeCloseTo(significantUnit, 9);
    expect(n.coarse).toBe(coarse);
  });
  it('reads nothing from vague or malformed numerals', () => {
    expect(parseNumeral('几百')).toBeNull();
    expect(parseNumeral('点五')).toBeNull();
    expect(parseNumeral('1.2.3')).toBeNull();
  });
});
