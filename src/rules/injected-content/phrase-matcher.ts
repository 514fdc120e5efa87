// Lexicon matching in one pass over the text, not one scan per word: a table of the characters phrases start
// with, and a hashed table of their first two characters, let the scan skip almost every position with two
// lookups; at the few that remain, the phrases starting with that character are tried longest first
// (leftmost-longest, non-overlapping).

export interface PhraseMatch<T> {
  index: number;
  end: number;
  text: string;
  value: T;
}

const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
/** Flags in `starts`: a phrase of two or more characters, a phrase of one, starts with this character. */
const LONG = 1;
const SINGLE = 2;
const START_BITS = LONG | SINGLE;
/** Above the start flags, `starts` may hold classes of characters given to the constructor (visitAllAndSummarise). */
const CLASS_SHIFT = 2;
const pairKey = (a: number, b: number) => (a * 31 + b) & 0xffff;

export class PhraseMatcher<T> {
  /** Start flags by code unit and, above them, the classes of characters summarised (one table: one load a character). */
  private readonly starts = new Uint8Array(0x10000);
  /** Hashed first two characters of the longer phrases (a collision only costs a useless try). */
  private readonly pairs = new Uint8Array(0x10000);
  private readonly byFirst = new Map<number, { phrase: string; value: T }[]>();

  /**
   * With `ignoreCase`, ASCII letters match either case. `classes` (up to six bits by code unit) are the kinds of
   * character visitAllAndSummarise reports a text to hold.
   */
  constructor(entries: Iterable<[string, T]>, private readonly ignoreCase = false, classes?: Uint8Array) {
    if (classes) {
      for (let c = 0; c < 0x10000; c++) {
        if (classes[c]! >> (8 - CLASS_SHIFT)) throw new Error('PhraseMatcher: classes have at most six bits');
        this.starts[c] = classes[c]! << CLASS_SHIFT;
      }
    }
    for (const [raw, value] of entries) {
      if (raw.length === 0) continue;
      const phrase = ignoreCase ? raw.replace(/[A-Z]/g, (c) => c.toLowerCase()) : raw;
      const first = phrase.charCodeAt(0);
      const flag = phrase.length > 1 ? LONG : SINGLE;
      this.starts[first]! |= flag;
      if (ignoreCase && first >= 0x61 && first <= 0x7a) this.starts[first - 32]! |= flag;
      if (phrase.length > 1) this.pairs[pairKey(first, phrase.charCodeAt(1))] = 1;
      const list = this.byFirst.get(first) ?? [];
      list.push({ phrase, value });
      this.byFirst.set(first, list.sort((a, b) => b.phrase.length - a.phrase.length));
    }
  }

  private matchAt(text: string, i: number): { phrase: string; value: T } | undefined {
    return this.candidatesAt(text, i)?.find(({ phrase }) => this.phraseAt(text, i, phrase));
  }

  private candidatesAt(text: string, i: number): { phrase: string; value: T }[] | undefined {
    const c = text.charCodeAt(i);
    return this.byFirst.get(this.ignoreCase ? lower(c) : c);
  }

  private phraseAt(text: string, i: number, phrase: string): boolean {
    if (i + phrase.length > text.length) return false;
    for (let t = 1; t < phrase.length; t++) {
      const a = text.charCodeAt(i + t);
      if ((this.ignoreCase ? lower(a) : a) !== phrase.charCodeAt(t)) return false;
    }
    return true;
  }

  /** Whether a phrase may start at i: the first character, then the first two, looked up. */
  private mayStartAt(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    const flags = this.starts[c]! & START_BITS;
    if (flags !== LONG) return flags !== 0;
    if (i + 1 >= text.length) return false;
    const next = text.charCodeAt(i + 1);
    return this.pairs[this.ignoreCase ? pairKey(lower(c), lower(next)) : pairKey(c, next)] === 1;
  }

  matches(text: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!this.mayStartAt(text, i)) continue;
      const hit = this.matchAt(text, i);
      if (!hit) continue;
      const end = i + hit.phrase.length;
      out.push({ index: i, end, text: text.slice(i, end), value: hit.value });
      i = end - 1;
    }
    return out;
  }

  /** Calls `visit` with the value of every phrase that occurs, overlapping occurrences included. */
  visitAll(text: string, visit: (value: T) => void): void {
    for (let i = 0; i < text.length; i++) {
      if (!this.mayStartAt(text, i)) continue;
      for (const { phrase, value } of this.candidatesAt(text, i)!) if (this.phraseAt(text, i, phrase)) visit(value);
    }
  }

  /**
   * As visitAll, and in the same pass over the text the OR of `classes` over its code units: a summary of what
   * kinds of character it holds, for other detectors to skip the texts that lack theirs.
   */
  visitAllAndSummarise(text: string, visit: (value: T) => void): number {
    let summary = 0;
    const starts = this.starts;
    for (let i = 0; i < text.length; i++) {
      const flags = starts[text.charCodeAt(i)]!;
      // Most characters of prose neither start a phrase nor belong to a class.
      if (flags === 0) continue;
      summary |= flags;
      if ((flags & START_BITS) === 0 || !this.mayStartAt(text, i)) continue;
      for (const { phrase, value } of this.candidatesAt(text, i)!) if (this.phraseAt(text, i, phrase)) visit(value);
    }
    return summary >> CLASS_SHIFT;
  }

  /** True as soon as one phrase occurs. */
  test(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      if (this.mayStartAt(text, i) && this.matchAt(text, i)) return true;
    }
    return false;
  }
}

/** True when one of `phrases` occurs in `text` at a place that contains all of [start, end). */
export function coveredByPhrase(text: string, start: number, end: number, phrases: ReadonlySet<string>, lengths: readonly number[]): boolean {
  for (const len of lengths) {
    if (len < end - start) continue;
    for (let p = Math.max(0, end - len); p <= start && p + len <= text.length; p++) {
      if (phrases.has(text.slice(p, p + len))) return true;
    }
  }
  return false;
}
