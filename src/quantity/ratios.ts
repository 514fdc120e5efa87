// Ratios written with colons (`5.2:39.1:57.4`, `5.2∶39.1∶57.4`): the terms of a composition such as 三次产业结构.
import { parseNumeral, toHalfWidthDigits } from './numerals.js';

export interface RatioTerm {
  value: number;
  /** Unit of the last written digit. */
  precision: number;
  /** Text offsets of the term. */
  start: number;
  end: number;
}

export interface RatioRun {
  start: number;
  end: number;
  terms: RatioTerm[];
}

const TERM = String.raw`\d{1,3}(?:\.\d{1,4})?`;
const DIGIT_THEN_COLON = /[0-9０-９]\s*[:：∶]/;
const RUN = new RegExp(`(?<![\\d.:：∶])${TERM}(?:\\s*[:：∶]\\s*${TERM}){2,9}(?![\\d:：∶])`, 'g');

/** Runs of three or more terms joined by colons (two terms are as often a time of day or a score). */
export function findRatioRuns(raw: string): RatioRun[] {
  const out: RatioRun[] = [];
  // Every run has a digit before a colon (ASCII or full-width, as written): most text has none.
  if (!DIGIT_THEN_COLON.test(raw)) return out;
  const text = toHalfWidthDigits(raw);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const terms: RatioTerm[] = [];
    const term = /\d+(?:\.\d+)?/g;
    for (let t = term.exec(m[0]); t; t = term.exec(m[0])) {
      const parsed = parseNumeral(t[0]);
      if (!parsed) break;
      terms.push({ value: parsed.value, precision: parsed.precision, start: m.index + t.index, end: m.index + t.index + t[0].length });
    }
    out.push({ start: m.index, end: m.index + m[0].length, terms });
  }
  return out;
}
