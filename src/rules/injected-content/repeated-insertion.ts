// The structural signal that needs no lexicon: one foreign string glued into many different sentences
// (…也是澳门和记娱乐场,菠菜导航网:制造业… / …全面落实澳门和记娱乐场,菠菜导航网:第十四次…), typically
// replacing a name. A phrase a document legitimately repeats starts after punctuation; an insertion
// sits between word characters, with different words on both sides.
import type { Block } from '../../document/block.js';

export interface Insertion {
  text: string;
  occurrences: Occurrence[];
}

/** Punctuation an insertion may contain (澳门和记娱乐场,菠菜导航网:); it never grows over other punctuation. */
const JOINER = /[,，:：;；|｜]/;
const BREAK = /[\s\p{P}\p{S}]/u;
const MIN_OCCURRENCES = 5;
const MIN_DISTINCT_CONTEXTS = 3;
const MIN_LENGTH = 6;
/** A label stuck in front of a name ends in one of these (…导航网:开平市 with 开平市 gone). */
const LABEL_END = /[:：|｜丨]$/;
const LABEL_SEPARATOR = /[:：|｜丨]/g;
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

/** Places where a label separator is glued to the word after it (导航网:先进), grouped by the characters before it. */
function gluedSegments(blocks: readonly Block[]): Map<string, Occurrence[]> {
  const groups = new Map<string, Occurrence[]>();
  for (const block of blocks) {
    const text = block.text;
    for (const m of text.matchAll(LABEL_SEPARATOR)) {
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

/** Extends all occurrences by one character at a time while most of them agree on it. */
function extend(occ: Occurrence[], direction: -1 | 1): number {
  let n = 0;
  for (; n < MAX_EXTENSION; n++) {
    const counts = new Map<string, number>();
    for (const o of occ) {
      const at = direction < 0 ? o.start - n - 1 : o.end + n;
      const ch = o.block.text[at];
      // Only over words and joiners: a phrase never grows across a sentence end, bracket or quote.
      if (isWordChar(ch) || (ch !== undefined && JOINER.test(ch))) counts.set(ch!, (counts.get(ch!) ?? 0) + 1);
    }
    const best = Math.max(0, ...counts.values());
    if (best < occ.length * AGREEMENT) break;
  }
  return n;
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

const distinct = (values: (string | undefined)[]) => new Set(values.filter((v) => v !== undefined)).size;

export function findInsertions(blocks: readonly Block[]): Insertion[] {
  const out: Insertion[] = [];
  const seen = new Set<string>();
  for (const [, group] of gluedSegments(blocks)) {
    if (group.length < MIN_OCCURRENCES) continue;
    const left = extend(group, -1);
    const right = extend(group, 1);
    const first = group[0]!;
    // Take the text from an occurrence that has the full extension, then keep the occurrences that match it.
    const model = group.find((o) => o.start - left >= 0 && o.end + right <= o.block.text.length) ?? first;
    const text = model.block.text.slice(model.start - left, model.end + right);
    if (text.length < MIN_LENGTH || seen.has(text)) continue;
    const occurrences = occurrencesOf(text, blocks);
    if (occurrences.length < MIN_OCCURRENCES) continue;
    // A label stuck in front of what it displaces ends in a separator (…导航网:); a legal formula does not.
    if (!isWordChar(text[0]) || !LABEL_END.test(text)) continue;
    const before = occurrences.map((o) => o.block.text[o.start - 1] ?? '^');
    const after = occurrences.map((o) => o.block.text[o.end]);
    // Stuck into running text: different words on both sides, and in the middle of a phrase in some places.
    const glued = before.filter(isWordChar).length;
    if (glued < occurrences.length * MIN_GLUED_SHARE) continue;
    if (distinct(before) < MIN_DISTINCT_CONTEXTS || distinct(after) < MIN_DISTINCT_CONTEXTS) continue;
    seen.add(text);
    out.push({ text, occurrences });
  }
  return out;
}
