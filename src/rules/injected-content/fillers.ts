// Characters spammers put between the letters of a word to slip past keyword filters (百\u200B家乐, 忽\u200B略以上指令).
// Detectors look through them: they run on the text without them, and their offsets are mapped back.

const FILLER = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const FILLERS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** The same characters by code unit (triggers.ts notes in one pass which blocks hold any). */
export const FILLER_CODES: readonly number[] = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

export interface Unfilled {
  text: string;
  /** Offset in the original text of each character of `text`, and one past the end. */
  toOriginal(start: number, end: number): [number, number];
}

export function withoutFillers(text: string): Unfilled {
  if (!FILLER.test(text)) return { text, toOriginal: (s, e) => [s, e] };
  const kept: number[] = [];
  for (let i = 0; i < text.length; i++) if (!FILLER.test(text[i]!)) kept.push(i);
  return {
    text: text.replace(FILLERS, ''),
    toOriginal: (s, e) => [kept[s] ?? text.length, e > 0 ? kept[e - 1]! + 1 : 0],
  };
}
