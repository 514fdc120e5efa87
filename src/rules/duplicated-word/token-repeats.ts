// Word-level repeats: two adjacent windows of 1–4 words with the same text. Working on words, not
// characters, keeps 人民民主 (人民|民主) and 会议议程 (会议|议程) out.
import type { Word } from '../../document/segmentation.js';

export interface Repeat {
  /** The first copy [start, mid), the second [second, end), in block text offsets. */
  start: number;
  mid: number;
  second: number;
  end: number;
  unit: string;
  /** Every word of both copies is one character: the dictionary knew no longer word there. */
  singleCharacterWords?: boolean;
}

const MAX_WINDOW = 4;
const LATIN_WORD = /^[A-Za-z]+$/;
const WHITESPACE = /^\s+$/;

/** Whitespace between copies counts only for Latin words or a soft line break inside a paragraph. */
function gapAllowed(gap: string, unit: string): boolean {
  return gap === '' || gap.includes('\n') || LATIN_WORD.test(unit.replace(/\s+/g, ''));
}

/** Single Han characters doubled (看看 试试 村村) are reduplication, not typing slips; see particles. */
function unitWorthChecking(unit: string): boolean {
  if (LATIN_WORD.test(unit)) return unit.length > 1 || unit.toLowerCase() === 'a';
  return unit.length > 1;
}

export function tokenRepeats(words: readonly Word[]): Repeat[] {
  const out: Repeat[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_WINDOW && i + n <= words.length; n++) {
      if (!words[i + n - 1]!.isWordLike) break;
      let j = i + n;
      let gap = '';
      while (j < words.length && !words[j]!.isWordLike && WHITESPACE.test(words[j]!.text)) {
        gap += words[j]!.text;
        j++;
      }
      if (j + n > words.length) continue;
      let first = '';
      let second = '';
      let ok = true;
      for (let t = 0; t < n && ok; t++) {
        ok = words[j + t]!.isWordLike;
        first += words[i + t]!.text;
        second += words[j + t]!.text;
      }
      if (!ok || first.toLowerCase() !== second.toLowerCase()) continue;
      if (!gapAllowed(gap, first) || !unitWorthChecking(first)) continue;
      const last = words[j + n - 1]!;
      let singleCharacterWords = true;
      for (let t = i; t < j + n && singleCharacterWords; t++) singleCharacterWords = !words[t]!.isWordLike || words[t]!.text.length === 1;
      out.push({ start: words[i]!.index, mid: words[i]!.index + first.length, second: words[j]!.index, end: last.index + last.text.length, unit: first, singleCharacterWords });
      break;
    }
  }
  return out;
}
