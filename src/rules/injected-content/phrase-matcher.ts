// One combined regular expression for a whole lexicon: one pass over the text, not one scan per word.

export interface PhraseMatch<T> {
  index: number;
  end: number;
  text: string;
  value: T;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class PhraseMatcher<T> {
  private readonly pattern: RegExp;
  private readonly values: Map<string, T>;

  /** Longer phrases win where phrases overlap (the alternation is sorted longest first). */
  constructor(entries: Iterable<[string, T]>, private readonly ignoreCase = false) {
    const norm = (s: string) => (ignoreCase ? s.toLowerCase() : s);
    this.values = new Map([...entries].map(([k, v]) => [norm(k), v]));
    const alternatives = [...this.values.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.pattern = new RegExp(alternatives.join('|') || '(?!)', ignoreCase ? 'giu' : 'gu');
  }

  matches(text: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (const m of text.matchAll(this.pattern)) {
      const key = this.ignoreCase ? m[0].toLowerCase() : m[0];
      out.push({ index: m.index, end: m.index + m[0].length, text: m[0], value: this.values.get(key)! });
    }
    return out;
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
