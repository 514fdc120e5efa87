// Chinese and full-width numerals: the one place digits and 一二三 become numbers.

const DIGITS: Record<string, number> = {
  零: 0, '〇': 0, '○': 0, 'Ｏ': 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億';

/** Replaces full-width digits and separators (０-９ ，．) by ASCII. */
export function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Parses a Chinese integer such as 一千一百, 三十五, 十九, 两万, 二〇二五 (digit by digit).
 * Returns null when `s` is not entirely a Chinese numeral.
 */
export function parseChineseInteger(s: string): number | null {
  if (s.length === 0) return null;
  // 二〇二五 style: only digits, no units.
  if ([...s].every((c) => c in DIGITS)) {
    if (s.length === 1) return DIGITS[s]!;
    let v = 0;
    for (const c of s) v = v * 10 + DIGITS[c]!;
    return v;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c]!;
      digit = null;
    } else if (c in BIG_UNITS) {
      const unit = BIG_UNITS[c]!;
      const value = (section + (digit ?? 0)) || (total === 0 ? 1 : 0);
      // 万亿: the 万 already multiplied `total`; a bigger unit scales everything so far.
      if (unit > 1e4 || total < unit) total = (total + value) * unit;
      else total += value * unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
