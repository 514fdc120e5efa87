// Legitimate reduplications (层层 家家户户 一步一步 …): a repeat is allowed when an entry covers it.

export class AllowList {
  private readonly words: Set<string>;
  private readonly lengths: number[];

  constructor(entries: Iterable<string>) {
    this.words = new Set([...entries].map((w) => w.toLowerCase()));
    this.lengths = [...new Set([...this.words].map((w) => w.length))].sort((a, b) => a - b);
  }

  /** True when some entry occurs in `text` at a place that contains the whole of [start, end). */
  covers(text: string, start: number, end: number): boolean {
    for (const len of this.lengths) {
      if (len < end - start) continue;
      for (let p = Math.max(0, end - len); p <= start && p + len <= text.length; p++) {
        if (this.words.has(text.slice(p, p + len).toLowerCase())) return true;
      }
    }
    return false;
  }
}
