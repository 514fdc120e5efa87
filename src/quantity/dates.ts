// Calendar dates as written in Chinese documents (2016年4月27日, 二〇一六年四月二十七日): found and read here,
// with the numeral parsing of ./numerals.js, so that no rule reads digits itself.
import { parseChineseInteger, toHalfWidthDigits } from './numerals.js';

export interface WrittenDate {
  /** Offsets in the text searched. */
  start: number;
  end: number;
  year: number;
  month: number;
  /** Null for a month alone (2016年4月). */
  day: number | null;
  /** Arabic digits (2016年4月27日) or Chinese numerals (二〇一六年四月二十七日). */
  numerals: 'arabic' | 'chinese';
  /** Offsets and text of the month and day figures as written (`04`). */
  monthAt: [number, number];
  dayAt: [number, number] | null;
}

const ARABIC_DATE = /([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月(?:\s*([0-9０-９]{1,2})\s*日)?/g;
const CHINESE_DATE = /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?/g;

/** Dates with a year and a month (and usually a day), in text order; impossible months and days are skipped. */
export function findDates(text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  if (text.includes('年') && text.includes('月')) {
    collect(ARABIC_DATE, 'arabic', (s) => Number(toHalfWidthDigits(s)));
    collect(CHINESE_DATE, 'chinese', parseChineseInteger);
  }
  return out.sort((a, b) => a.start - b.start);

  function collect(re: RegExp, numerals: WrittenDate['numerals'], read: (s: string) => number | null): void {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // 12016年: part of a longer figure.
      if (m.index > 0 && /[0-9０-９]/.test(text[m.index - 1]!)) continue;
      const year = read(m[1]!);
      const month = read(m[2]!);
      const day = m[3] === undefined ? null : read(m[3]);
      if (year === null || month === null || month < 1 || month > 12) continue;
      if (day !== null && (day < 1 || day > 31)) continue;
      if (m[3] !== undefined && day === null) continue;
      const monthStart = m.index + m[0].indexOf(m[2]!, m[1]!.length);
      const dayStart = m[3] === undefined ? -1 : m.index + m[0].lastIndexOf(m[3]);
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        year,
        month,
        day,
        numerals,
        monthAt: [monthStart, monthStart + m[2]!.length],
        dayAt: m[3] === undefined ? null : [dayStart, dayStart + m[3].length],
      });
    }
  }
}

/** Orders dates (a month alone counts as its first day). */
export function compareDates(a: WrittenDate, b: WrittenDate): number {
  return a.year - b.year || a.month - b.month || (a.day ?? 1) - (b.day ?? 1);
}

/** 2016年4月27日, as a reader expects it (for messages). */
export function formatDate(d: Pick<WrittenDate, 'year' | 'month' | 'day'>): string {
  return `${d.year}年${d.month}月${d.day === null ? '' : `${d.day}日`}`;
}

export interface YearSpan {
  start: number;
  end: number;
  from: number;
  to: number;
}

const YEAR_SPAN = /([0-9]{4})\s*年?\s*[-—–~～至到]\s*([0-9]{4})\s*年/g;

/** Spans of years (2016-2018年, 2016年—2018年), in text order; a span that runs backwards is skipped. */
export function findYearSpans(text: string): YearSpan[] {
  const out: YearSpan[] = [];
  YEAR_SPAN.lastIndex = 0;
  for (let m = YEAR_SPAN.exec(text); m; m = YEAR_SPAN.exec(text)) {
    if (m.index > 0 && /[0-9]/.test(text[m.index - 1]!)) continue;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to > from) out.push({ start: m.index, end: m.index + m[0].length, from, to });
  }
  return out;
}
