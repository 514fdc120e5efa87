// Digits spaced apart by PDF extraction (2 0 1 0年, 增长 1 2 . 5 %): single characters of a number with one
// space between each, standing next to Chinese text. A row of single-digit table cells has no Chinese beside it.
import { execAll } from '../regexp.js';

export interface SpacedDigits {
  /** Offsets in the block text. */
  start: number;
  end: number;
  /** The number as it should read (2010). */
  joined: string;
}

const RUN = /(?<![0-9A-Za-z.．])[0-9](?:[ \u00a0][0-9.．%％])+(?![0-9A-Za-z])/g;
const CJK = /[\u3400-\u9fff]/;
const MIN_DIGITS = 3;

export function findSpacedDigits(text: string): SpacedDigits[] {
  const found: SpacedDigits[] = [];
  for (const m of execAll(RUN, text)) {
    const joined = m[0].replace(/[ \u00a0]/g, '');
    const digits = (joined.match(/[0-9]/g) ?? []).length;
    const start = m.index;
    const end = start + m[0].length;
    // Two digits (草案6 6 个) only between Chinese on both sides: 表1 2 alone could be two references.
    if (digits < MIN_DIGITS && !(digits === 2 && between(text, start, end))) continue;
    if (!nextToChinese(text, start, end)) continue;
    found.push({ start, end, joined });
  }
  return found;
}

function between(text: string, start: number, end: number): boolean {
  const before = text[start - 1] === ' ' ? text[start - 2] : text[start - 1];
  const after = text[end] === ' ' ? text[end + 1] : text[end];
  return before !== undefined && after !== undefined && CJK.test(before) && CJK.test(after);
}

/** The run touches a Chinese character on either side, with at most one space between. */
function nextToChinese(text: string, start: number, end: number): boolean {
  const before = text[start - 1] === ' ' ? text[start - 2] : text[start - 1];
  const after = text[end] === ' ' ? text[end + 1] : text[end];
  return (before !== undefined && CJK.test(before)) || (after !== undefined && CJK.test(after));
}
