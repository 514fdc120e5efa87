// Repeats that are structure, not slips, recognised from the shape of the text around them (issue 14).
import { isWordChar } from './repeat-scan.js';
import type { Repeat } from './token-repeats.js';
import data from './structures.json' with { type: 'json' };
import { longestFirstAlternation } from '../../regexp.js';

/** 一批一批, 一桩事一桩事地: 一 + a measure word (+ a short noun), repeated, means "one by one". */
const MAX_ONE_BY_ONE = 6;
const ONE_BY_ONE = new RegExp(`^一(?:${longestFirstAlternation(data.measureWords)})[\\p{Script=Han}]{0,3}$`, 'u');
/** 郑州 郑州东站, 单位 单位名称: the second copy begins a longer term. */
const COMPOUND_TAIL = new RegExp(`^(?:${longestFirstAlternation(data.compoundTails)})`);
const LONGEST_TAIL = Math.max(...data.compoundTails.map((t) => t.length));
const OPENING_QUOTES = new Set([...'“‘「『"\'']);
const CLOSING_QUOTES = new Set([...'”’」』"\'']);

export function isStructure(text: string, r: Repeat): boolean {
  if (oneByOne(r.unit)) return true;
  // A third copy right after (合计合计合计) makes a run of one word: a slip, whatever the copies could begin.
  if (text.startsWith(r.unit, r.end)) return false;
  return citedAsExample(text, r) || beginsCompound(text, r) || insideCoordinatedChain(text, r);
}

/** 一笔账一笔账, also when the repeat found starts inside it (每一笔账一笔账一笔账 read as 笔账一 笔账一). */
function oneByOne(unit: string): boolean {
  // 一 + a measure word + at most three characters: longer units (a run of digits read as one word) never are.
  if (unit.length > MAX_ONE_BY_ONE) return false;
  for (let i = 0; i < unit.length; i++) if (ONE_BY_ONE.test(unit.slice(i) + unit.slice(0, i))) return true;
  return false;
}

/** 避免“的的”: the doubled text quoted as an example of the slip. */
function citedAsExample(text: string, r: Repeat): boolean {
  return OPENING_QUOTES.has(text[r.start - 1] ?? '') && CLOSING_QUOTES.has(text[r.end] ?? '');
}

function beginsCompound(text: string, r: Repeat): boolean {
  return r.unit.length > 1 && COMPOUND_TAIL.test(text.slice(r.end, r.end + LONGEST_TAIL));
}

/**
 * 构建共建共治: read in pairs from one character later, the doubled "建共建共" is 共建 共治, two different
 * compounds sharing their first character (共商共建共享, 联防联控, 群防群治). Only where the dictionary knows none of
 * the characters as a longer word: a known word doubled (发展发展) is a slip whatever follows.
 */
function insideCoordinatedChain(text: string, r: Repeat): boolean {
  if (!r.singleCharacterWords || r.unit.length !== 2 || r.second !== r.mid) return false;
  const [a, b] = [r.start + 1, r.start + 3];
  const next = text[b + 1];
  return text[a] === text[b] && next !== undefined && isWordChar(next.charCodeAt(0)) && next !== text[a + 1];
}
