// Years that date the two ends of a change (`从2020年的300亿元增至2023年的400亿元`, `“十四五”期间`), for
// share-consistency's growth over a span: read here because only src/quantity reads numbers.
import { parseChineseInteger, toHalfWidthDigits } from './numerals.js';

const YEAR_AT_END = /([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年(?:底|末|度)?(?:的|时)?\s*$/;
const FIVE_YEAR_PLAN = /[“"「]?([十][一二三四五六])五[”"」]?\s*(?:期间|时期|以来|末)/;

/** The year written right before `end` (`2020年的`, `二〇二〇年底`), or null. */
export function yearEndingAt(text: string, end: number): number | null {
  const m = YEAR_AT_END.exec(text.slice(Math.max(0, end - 12), end));
  if (!m) return null;
  const digits = m[1]!;
  const year = /^[0-9０-９]+$/.test(digits) ? Number(toHalfWidthDigits(digits)) : parseChineseInteger(digits);
  return year !== null && year >= 1900 && year <= 2100 ? year : null;
}

/** The years of a five-year plan named in `text` (`“十四五”期间` → 2021–2025), or null. */
export function fiveYearPlanIn(text: string): { from: number; to: number } | null {
  const m = FIVE_YEAR_PLAN.exec(text);
  if (!m) return null;
  const n = parseChineseInteger(m[1]!);
  if (n === null) return null;
  // 十一五 is 2006–2010; each plan five years on.
  const from = 2006 + (n - 11) * 5;
  return { from, to: from + 4 };
}
