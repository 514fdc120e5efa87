// The structural signal that needs no lexicon: one foreign label glued into many different sentences
// (…也是澳门和记娱乐场,菠菜导航网:制造业… / …全面落实澳门和记娱乐场,菠菜导航网:第十四次…), replacing a
// name or standing in front of it. A phrase a document legitimately repeats starts after punctuation
// (（责任单位： / 。到2025年,); an inserted label often sits right after a word, after different words.
import type { Block } from '../../document/block.js';
import { execAll } from '../../regexp.js';


/** Punctuation an insertion may contain (澳门和记娱乐场,菠菜导航网:); it never grows over other punctuation. */
const JOINER = /[,，:：;；|｜]/;
const BREAK = /[\s\p{P}\p{S}]/u;
const MIN_OCCURRENCES = 5;
const MIN_DISTINCT_CONTEXTS = 3;
const MIN_LENGTH = 6;
/** A label stuck in front of a name ends in one of these (…导航网:开平市 with 开平市 gone). */
const LABEL_END = /[:：|｜丨]$/;
/** The separators as characters (triggers.ts notes which blocks hold one). */
export const LABEL_SEPARATORS = ':：|｜丨';
const LABEL_SEPARATOR = new RegExp(`[${LABEL_SEPARATORS}]`, 'g');
const MIN_GLUED_SHARE = 0.25;
const MAX_EXTENSION = 24;
const KEY_LENGTH = 4;
/** Share of occurrences that must agree on a character to extend the string over it. */
const AGREEMENT = 0.8;
const isWordChar = (ch: string | undefined) => ch !== undefined && !BREAK.test(ch);

interface Occurrence {
  block: Block;
  start: number;
  end: number;
}

export interface Insertion {
  text: string;
  occurrences: Occurrence[];
}

/** Places where a label separator is glued to the word after it (导航网:先进), grouped by the characters before it. */
function gluedSegments(blocks: readonly Block[], mayHold?: (i: number) => boolean): Map<string, Occurrence[]> {
  const groups = new Map<string, Occurrence[]>();
  for (let b = 0; b < blocks.length; b++) {
    if (mayHold && !mayHold(b)) continue;
    const block = blocks[b]!;
    const text = block.text;
    // exec on the pattern itself: matchAll copies it for each block, which cost more than the search.
    for (const m of execAll(LABEL_SEPARATOR, text)) {
      const i = m.index;
      if (!isWordChar(text[i + 1])) continue;
      // Grouped by their last characters: the words in front of an insertion differ from place to place.
      let start = i;
      while (start > 0 && i - start < KEY_LENGTH && isWordChar(text[start - 1])) start--;
      if (start === i) continue;
      const key = text.slice(start, i + 1);
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push({ block, start, end: i + 1 });
    }
  }
  return groups;
}

/** The character `n` places before an occurrence, if a label could grow over it (words and joiners only). */
function charBefore(o: Occurrence, n: number): string | undefined {
  const ch = o.block.text[o.start - n - 1];
  return isWordChar(ch) || (ch !== undefined && JOINER.test(ch)) ? ch : undefined;
}

function bucketsAt(group: Occurrence[], n: number): Occurrence[][] {
  const buckets = new Map<string, Occurrence[]>();
  for (const o of group) {
    const ch = charBefore(o, n);
    if (ch === undefined) continue;
    let list = buckets.get(ch);
    if (!list) buckets.set(ch, (list = []));
    list.push(o);
  }
  return [...buckets.values()];
}

/**
 * Grows a group of occurrences to the left while most of them agree on the next character. Where they
 * part, the string so far is tried as a label; if it is not one, each large enough branch is grown on
 * (two labels ending in the same characters part there).
 */
function resolve(group: Occurrence[], n: number, blocks: readonly Block[], out: Insertion[]): void {
  let buckets = bucketsAt(group, n);
  while (n < MAX_EXTENSION && buckets.some((b) => b.length >= group.length * AGREEMENT)) {
    n++;
    buckets = bucketsAt(group, n);
  }
  const model = group.find((o) => o.start - n >= 0) ?? group[0]!;
  const insertion = asInsertion(model.block.text.slice(model.start - n, model.end), blocks);
  if (insertion) {
    if (!out.some((i) => i.text === insertion.text)) out.push(insertion);
    return;
  }
  if (n >= MAX_EXTENSION) return;
  for (const branch of buckets) if (branch.length >= MIN_OCCURRENCES) resolve(branch, n + 1, blocks, out);
}

/** Every place the string stands, also where it is not glued to a word (at a line end, before punctuation). */
function occurrencesOf(text: string, blocks: readonly Block[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const block of blocks) {
    for (let at = block.text.indexOf(text); at !== -1; at = block.text.indexOf(text, at + text.length)) {
      out.push({ block, start: at, end: at + text.length });
    }
  }
  return out;
}

const distinct = (values: string[]) => new Set(values).size;
const STRUCTURE_SHARE = 0.6;
/** The document's prose as one string, built once per block list. */
const wholeTexts = new WeakMap<readonly Block[], string>();
const OPEN = /[（(［[【]/;
const CLOSE = /[）)］\]】]/;
const ITEM_END = /[。；;！？\n]/;

/** Whether an opening bracket before the occurrence (in its sentence) closes after it, before the sentence ends. */
function insideBrackets(o: Occurrence): boolean {
  const text = o.block.text;
  let i = o.start - 1;
  let depth = 0;
  for (; i >= 0 && !ITEM_END.test(text[i]!); i--) {
    if (CLOSE.test(text[i]!)) depth++;
    else if (OPEN.test(text[i]!)) {
      if (depth === 0) break;
      depth--;
    }
  }
  if (i < 0 || !OPEN.test(text[i]!)) return false;
  for (let j = o.end; j < text.length && !ITEM_END.test(text[j]!); j++) if (CLOSE.test(text[j]!)) return true;
  return false;
}

/** Share of the string's Han bigrams that the document also uses outside the string's own occurrences. */
function ownWordShare(text: string, occurrences: number, blocks: readonly Block[]): number {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) if (/\p{Script=Han}{2}/u.test(text.slice(i, i + 2))) pairs.push(text.slice(i, i + 2));
  if (pairs.length === 0) return 0;
  let whole = wholeTexts.get(blocks);
  if (whole === undefined) wholeTexts.set(blocks, (whole = blocks.map((b) => b.text).join('\n')));
  const prose = whole;
  // Whether the pair occurs more often than the string does: counting stops there.
  const beyond = (p: string) => {
    let n = 0;
    for (let at = prose.indexOf(p); at !== -1; at = prose.indexOf(p, at + 1)) if (++n > occurrences) return true;
    return false;
  };
  return pairs.filter(beyond).length / pairs.length;
}

/** `mayHoldSeparator(i)`, when given, is false for blocks (by index in `blocks`) known to hold no label separator. */
export function findInsertions(blocks: readonly Block[], mayHoldSeparator?: (i: number) => boolean): Insertion[] {
  const out: Insertion[] = [];
  for (const [, group] of gluedSegments(blocks, mayHoldSeparator)) {
    if (group.length >= MIN_OCCURRENCES) resolve(group, 0, blocks, out);
  }
  return out;
}

/** The string as an insertion, with all its occurrences, or null when it looks like the document's own text. */
function asInsertion(text: string, blocks: readonly Block[]): Insertion | null {
  // A label stuck in front of what it displaces ends in a separator (…导航网:); a legal formula does not.
  if (text.length < MIN_LENGTH || !isWordChar(text[0]) || !LABEL_END.test(text)) return null;
  const occurrences = occurrencesOf(text, blocks);
  if (occurrences.length < MIN_OCCURRENCES) return null;
  // Stuck into running text: different words in front of it, and in the middle of a phrase in some places.
  // What follows may vary (it replaced a name) or not (it stands in front of the same name each time).
  const before = occurrences.map((o) => o.block.text[o.start - 1] ?? '^');
  const glued = before.filter(isWordChar).length;
  if (glued < occurrences.length * MIN_GLUED_SHARE || distinct(before) < MIN_DISTINCT_CONTEXTS) return null;
  // A tag repeated by design after each item（负责部门：…局，适用范围：…）sits inside brackets that close
  // before the sentence ends; an insertion runs on into the sentence it broke.
  if (occurrences.filter(insideBrackets).length >= occurrences.length * STRUCTURE_SHARE) return null;
  // A formula of the document's own (…会同有关部门研究提出了办理意见：) is made of words the document uses
  // elsewhere; a foreign label (…娱乐场,菠菜导航网:) is not.
  if (ownWordShare(text, occurrences.length, blocks) >= STRUCTURE_SHARE) return null;
  return { text, occurrences };
}
