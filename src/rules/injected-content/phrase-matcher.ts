// Lexicon matching in one pass over the text, not one scan per word: a bitmap of the characters phrases
// start with lets the scan skip almost every position with one lookup; at the few that remain, the
// phrases starting with that character are tried longest first (leftmost-longest, non-overlapping).

export interface PhraseMatch<T> {
  index: number;
  end: number;
  text: string;
  value: T;
}

const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

export class PhraseMatcher<T> {
  private readonly starts = new Uint8Array(0x10000);
  private readonly byFirst = new Map<number, { phrase: string; value: T }[]>();

  /** With `ignoreCase`, ASCII letters match either case. */
  constructor(entries: Iterable<[string, T]>, private readonly ignoreCase = false) {
    for (const [raw, value] of entries) {
      if (raw.length === 0) continue;
      const phrase = ignoreCase ? raw.replace(/[A-Z]/g, (c) => c.toLowerCase()) : raw;
      const first = phrase.charCodeAt(0);
      this.starts[first] = 1;
      if (ignoreCase && first >= 0x61 && first <= 0x7a) this.starts[first - 32] = 1;
      const list = this.byFirst.get(first) ?? [];
      list.push({ phrase, value });
      this.byFirst.set(first, list.sort((a, b) => b.phrase.length - a.phrase.length));
    }
  }

  private matchAt(text: string, i: number): { phrase: string; value: T } | undefined {
    const c = text.charCodeAt(i);
    const list = this.byFirst.get(this.ignoreCase ? lower(c) : c);
    if (!list) return undefined;
    return list.find(({ phrase }) => {
      if (i + phrase.length > text.length) return false;
      for (let t = 1; t < phrase.length; t++) {
        const a = text.charCodeAt(i + t);
        if ((this.ignoreCase ? lower(a) : a) !== phrase.charCodeAt(t)) return false;
      }
      return true;
    });
  }

  matches(text: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const starts = this.starts;
    for (let i = 0; i < text.length; i++) {
      if (starts[text.charCodeAt(i)] === 0) continue;
      const hit = this.matchAt(text, i);
      if (!hit) continue;
      const end = i + hit.phrase.length;
      out.push({ index: i, end, text: text.slice(i, end), value: hit.value });
      i = end - 1;
    }
    return out;
  }

  /** True as soon as one phrase occurs. */
  test(text: string): boolean {
    const starts = this.starts;
    for (let i = 0; i < text.length; i++) {
      if (starts[text.charCodeAt(i)] !== 0 && this.matchAt(text, i)) return true;
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
