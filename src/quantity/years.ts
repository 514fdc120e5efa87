// Years as documents write them: 2025年, ２０２５年, 二〇二五年, 2 0 2 5年 (PDF extraction), spans (2021—2025年,
// 2021年至2025年), boundaries (2024年底前, 2022年初, 上半年) and five-year plans (“十四五”). Every reader works on
// the reading view of numerals.ts, whose offsets are the source's, so callers never see how a year was written.
import { parseChineseInteger, readingView, TENS_NUMERAL_CLASS, WRITTEN_YEAR } from './numerals.js';

/** A year as written in the source (numerals.ts), for patterns that cannot run on the reading view. */
export { WRITTEN_YEAR };
/** What joins the two ends of a span: dashes of every width, 至, 到. */
export const SPAN_DASH = '(?:[-－—–~～]+|至|到)';
/** Where in a year a boundary falls: 2021年底, 2022年初, 2024年底前, 上半年. */
export const YEAR_PART = '(?:底前|末前|底|末|初|前|内|中|上半年|下半年)';

export function isPlausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

export interface YearSpan {
  /** Offsets in the text searched (the span through the 年 after the second year). */
  start: number;
  end: number;
  from: number;
  to: number;
  /** The joining mark as written (`-`, `—`, `至`) and its offset. */
  dash: string;
  dashAt: number;
}

const YEAR_SPAN = new RegExp(`(?<![\\d./:#A-Za-z-])(\\d{4})(\\s*(?:年\\s*)?)(${SPAN_DASH})\\s*(\\d{4})\\s*年`, 'g');

/** Spans of years (2016-2018年, 2016年—2018年, ２０１６年至二〇一八年), in text order; backward spans are skipped. */
export function findYearSpans(text: string): YearSpan[] {
  const view = readingView(text);
  const out: YearSpan[] = [];
  YEAR_SPAN.lastIndex = 0;
  for (let m = YEAR_SPAN.exec(view); m; m = YEAR_SPAN.exec(view)) {
    const from = Number(m[1]);
    const to = Number(m[4]);
    if (to <= from || !isPlausibleYear(from) || !isPlausibleYear(to)) continue;
    const dashAt = m.index + m[1]!.length + m[2]!.length;
    out.push({ start: m.index, end: m.index + m[0].length, from, to, dash: text.slice(dashAt, dashAt + m[3]!.length), dashAt });
  }
  return out;
}

/**
 * The years of a five-year plan named by its ordinal (“十四五” → 2021—2025). The first two plans ran 1953—1962;
 * three years of readjustment followed, so the third began in 1966.
 */
export function fiveYearPlanYears(ordinal: string): { from: number; to: number } | null {
  const n = parseChineseInteger(ordinal);
  if (n === null || n < 1 || n > 30) return null;
  const from = n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3);
  return { from, to: from + 4 };
}

/** “十四五” (quoted), or 十四五 before 时期/规划…: a five-year plan; `十五个` is not one. */
const N = TENS_NUMERAL_CLASS;
export const FIVE_YEAR_PLAN = new RegExp(`[“"‘](${N}{1,3})五[”"’]|(?<![${N.slice(1, -1)}百千第])(${N}{1,3})五(?=时期|期间|规划|计划)`, 'g');

/** The years of the five-year plans a text mentions, in text order. */
export function findFiveYearPlans(text: string): { start: number; end: number; from: number; to: number }[] {
  const out: { start: number; end: number; from: number; to: number }[] = [];
  FIVE_YEAR_PLAN.lastIndex = 0;
  for (let m = FIVE_YEAR_PLAN.exec(text); m; m = FIVE_YEAR_PLAN.exec(text)) {
    const years = fiveYearPlanYears((m[1] ?? m[2])!);
    if (years) out.push({ start: m.index, end: m.index + m[0].length, ...years });
  }
  return out;
}
