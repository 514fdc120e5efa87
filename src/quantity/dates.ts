// Calendar dates as written in Chinese documents (2016年4月27日, 二〇一六年四月二十七日): found and read here,
// with the numeral parsing of ./numerals.js, so that no rule reads digits itself.
import { parseChineseInteger, readingView, sourceStart, TENS_NUMERAL_CLASS } from './numerals.js';
export { findYearSpans, type YearSpan } from './years.js';

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

// On the reading view, every year is Arabic (2016年, ２０１６年, 二〇一六年, 2 0 1 6年); months and days may be either.
const CN_MONTH = `${TENS_NUMERAL_CLASS}{1,2}`;
const CN_DAY = `${TENS_NUMERAL_CLASS}{1,3}`;
const DATE = new RegExp(
  `(\\d{4})\\s*年\\s*(\\d{1,2}|${CN_MONTH})\\s*月(?:\\s*(\\d{1,2}|${CN_DAY})\\s*日)?`,
  'g',
);
const readPart = (s: string): number | null => (/^\d+$/.test(s) ? Number(s) : parseChineseInteger(s));

/** Dates with a year and a month (and usually a day), in text order; impossible months and days are skipped. */
export function findDates(text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  if (!text.includes('年') || !text.includes('月')) return out;
  const view = readingView(text);
  DATE.lastIndex = 0;
  for (let m = DATE.exec(view); m; m = DATE.exec(view)) {
    // 12016年: part of a longer figure.
    if (m.index > 0 && /[0-9]/.test(view[m.index - 1]!)) continue;
    const year = Number(m[1]);
    const month = readPart(m[2]!);
    const day = m[3] === undefined ? null : readPart(m[3]);
    if (month === null || month < 1 || month > 12) continue;
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
      // As the writer wrote the year: 二〇一六年 in Chinese numerals, 2016年 and ２０１６年 in Arabic.
      numerals: /[0-9０-９]/.test(text[m.index]!) ? 'arabic' : 'chinese',
      monthAt: [monthStart, monthStart + m[2]!.length],
      dayAt: m[3] === undefined ? null : [dayStart, dayStart + m[3].length],
    });
  }
  return out;
}

/**
 * The year a document is dated (the latest full date in it, `2016年4月27日`, `二〇一六年四月二十七日`): a figure
 * for a later year is a target, whatever its wording. Null when the text carries no full date.
 */
export function documentYear(text: string): number | null {
  // Only dates with a day count, and a day is written with 日.
  if (!text.includes('日')) return null;
  let latest: number | null = null;
  for (const d of findDates(text)) if (d.day !== null && (latest === null || d.year > latest)) latest = d.year;
  return latest;
}

/** A 发文字号 (国发〔2016〕67号): the bracketed year and the serial number, as written and as read. */
export interface DocumentNumber {
  /** Offsets of the opening bracket and just past the closing one. */
  start: number;
  bracketEnd: number;
  open: string;
  close: string;
  /** The year as written (`2016`, `２０１６`, `16`) and its value. */
  yearText: string;
  year: number;
  /** How many digits the year has (`〔16〕` has two), however they were spaced. */
  yearDigits: number;
  /** ` 第 ` between the bracket and the serial, when written. */
  ordinal: string | undefined;
  serialStart: number;
  /** The serial as written, its value and its digits in ASCII (`05` keeps its zero). */
  serialText: string;
  serial: number;
  serialDigits: string;
}

/**
 * An issuer's code (ends in a Han character), a bracketed year, an optional 第 and a serial number with 号:
 * 国发〔2016〕67号, 粤府函[2023]12号, 国发〔２０１６〕６７号. Court case numbers ((2016)最高法民再1号) put letters
 * after the bracket and no issuer before it, so they do not match.
 */
const DOC_NUMBER = /(?<=\p{Script=Han})([〔[［(（【〖])\s*([0-9]{2,4})\s*([〕\]］)）】〗])(\s*第\s*)?([0-9]+)(?=\s*号)/gu;

export function findDocumentNumbers(text: string): DocumentNumber[] {
  const view = readingView(text);
  const out: DocumentNumber[] = [];
  DOC_NUMBER.lastIndex = 0;
  for (let m = DOC_NUMBER.exec(view); m; m = DOC_NUMBER.exec(view)) {
    const [, open, yearDigits, close, ordinal, serialDigits] = m as unknown as [string, string, string, string, string | undefined, string];
    const yearAt = m.index + m[0].indexOf(yearDigits, open.length);
    const bracketEnd = m.index + open.length + m[0].slice(open.length).indexOf(close) + close.length;
    const serialStart = m.index + m[0].length - serialDigits.length;
    out.push({
      start: m.index,
      bracketEnd,
      open,
      close,
      yearText: text.slice(sourceStart(view, text, yearAt), yearAt + yearDigits.length),
      year: Number(yearDigits),
      yearDigits: yearDigits.length,
      ordinal,
      serialStart,
      serialText: text.slice(sourceStart(view, text, serialStart), serialStart + serialDigits.length),
      serial: Number(serialDigits),
      serialDigits,
    });
  }
  return out;
}

/** Orders dates (a month alone counts as its first day). */
export function compareDates(a: WrittenDate, b: WrittenDate): number {
  return a.year - b.year || a.month - b.month || (a.day ?? 1) - (b.day ?? 1);
}

/** 2016年4月27日, as a reader expects it (for messages). */
export function formatDate(d: Pick<WrittenDate, 'year' | 'month' | 'day'>): string {
  return `${d.year}年${d.month}月${d.day === null ? '' : `${d.day}日`}`;
}

