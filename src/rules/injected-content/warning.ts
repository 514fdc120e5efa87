// Text that warns against injected content (警惕…骗局, 严厉打击…网络赌博) quotes it: such a sentence is no injection.
import data from './shape-lexicon.json' with { type: 'json' };
import { longestFirstAlternation } from '../../regexp.js';

const WARNING_CUE = new RegExp(longestFirstAlternation(data.warningCues));
const SENTENCE_END = /[。！？!?；;\n]/;

/** Whether the sentence around [start, end) warns against such content (警惕…骗局, 严厉打击…). */
export const inWarning = (text: string, start: number, end: number): boolean => WARNING_CUE.test(sentenceAround(text, start, end));

const sentenceAround = (text: string, start: number, end: number): string => {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  return text.slice(s, e);
};
