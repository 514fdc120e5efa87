// Accumulates the visible text of one block together with its map back into the source.
import { Block, type BlockKind, type TextRun } from './block.js';
import type { Range } from '../leaf-types.js';

const isPad = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x0a || c === 0x0d;

export class BlockBuilder {
  private text = '';
  private runs: TextRun[] = [];
  private boundaries: number[] = [];

  constructor(private readonly source: string) {}

  /**
   * Appends `value`, which stands (possibly with escapes, entities or container markers interleaved)
   * in source[start, end). Characters are aligned greedily, so each maps to where it really is.
   */
  append(value: string, start: number, end: number): void {
    if (value.length === 0) return;
    const base = this.text.length;
    this.text += value;
    if (end - start === value.length && this.source.startsWith(value, start)) {
      this.pushRun(base, start, value.length);
      return;
    }
    let cursor = start;
    for (let i = 0; i < value.length; i++) {
      const ch = value.charCodeAt(i);
      let j = cursor;
      while (j < end && this.source.charCodeAt(j) !== ch) j++;
      // A character with no counterpart (a decoded entity) maps to where the cursor stands.
      if (j >= end) j = Math.min(cursor, Math.max(end - 1, start));
      this.pushRun(base + i, j, 1);
      cursor = Math.max(cursor, j + 1);
    }
  }

  /**
   * Appends `value` that does not stand in the source as written (an HTML entity such as `&ldquo;`): it gets no
   * run, so a report on it points next to it and no fix can edit it (it is not prose in the source).
   */
  appendDecoded(value: string): void {
    this.text += value;
  }

  /** Marks that inline markup separates what comes before from what comes after. */
  boundary(): void {
    const at = this.text.length;
    if (at > 0 && this.boundaries[this.boundaries.length - 1] !== at) this.boundaries.push(at);
  }

  get isEmpty(): boolean {
    return this.text.trim().length === 0;
  }

  /** Trims padding (including the full-width indentation 　　) and returns the block. */
  finish(index: number, kind: BlockKind, range: Range, depth = 0): Block {
    const t = this.text;
    let lead = 0;
    let tail = t.length;
    while (lead < tail && isPad(t.charCodeAt(lead))) lead++;
    while (tail > lead && isPad(t.charCodeAt(tail - 1))) tail--;
    const runs: TextRun[] = [];
    for (const r of this.runs) {
      const s = Math.max(r.textStart, lead);
      const e = Math.min(r.textStart + r.length, tail);
      if (e > s) runs.push({ textStart: s - lead, sourceStart: r.sourceStart + (s - r.textStart), length: e - s });
    }
    const boundaries = this.boundaries.filter((b) => b > lead && b < tail).map((b) => b - lead);
    return new Block(index, kind, t.slice(lead, tail), range, runs, boundaries, depth);
  }

  private pushRun(textStart: number, sourceStart: number, length: number): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last.textStart + last.length === textStart && last.sourceStart + last.length === sourceStart) {
      last.length += length;
    } else {
      this.runs.push({ textStart, sourceStart, length });
    }
  }
}
