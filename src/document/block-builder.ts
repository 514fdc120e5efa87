// Accumulates the visible text of one block together with its map back into the source.
import { Block, type BlockKind, type TextRun } from './block.js';
import type { Range } from '../leaf-types.js';
import { referenceAt } from './character-references.js';

const isPad = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x0a || c === 0x0d;

export class BlockBuilder {
  private text = '';
  private runs: TextRun[] = [];
  private boundaries: number[] = [];

  constructor(private readonly source: string) {}

  /**
   * Appends `value`, which stands (possibly with escapes, character references or container markers
   * interleaved) in source[start, end). Characters are aligned greedily, so each maps to where it really is;
   * a character that came from a reference (`&#x202E;`, `&amp;`) maps to the whole reference.
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
      if (this.source.charCodeAt(cursor) !== ch) {
        const reference = referenceAt(this.source, cursor, end);
        if (reference && value.startsWith(reference.decoded, i)) {
          this.runs.push({ textStart: base + i, sourceStart: cursor, length: reference.decoded.length, sourceLength: reference.length });
          i += reference.decoded.length - 1;
          cursor += reference.length;
          continue;
        }
      }
      let j = cursor;
      while (j < end && this.source.charCodeAt(j) !== ch) j++;
      // A character with no counterpart maps to where the cursor stands.
      if (j >= end) j = Math.min(cursor, Math.max(end - 1, start));
      this.pushRun(base + i, j, 1);
      cursor = Math.max(cursor, j + 1);
    }
  }

  /**
   * Appends `value` that stands in source[start, end) as a character reference (`&ldquo;` → “): it maps to the
   * whole reference, so a report points at it and a fix edits it whole or not at all.
   */
  appendReference(value: string, start: number, end: number): void {
    if (value.length === 0) return;
    this.runs.push({ textStart: this.text.length, sourceStart: start, length: value.length, sourceLength: end - start });
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
      if (e <= s) continue;
      if (r.sourceLength === undefined) runs.push({ textStart: s - lead, sourceStart: r.sourceStart + (s - r.textStart), length: e - s });
      else runs.push({ textStart: s - lead, sourceStart: r.sourceStart, length: e - s, sourceLength: r.sourceLength });
    }
    const boundaries = this.boundaries.filter((b) => b > lead && b < tail).map((b) => b - lead);
    return new Block(index, kind, t.slice(lead, tail), range, runs, boundaries, depth);
  }

  private pushRun(textStart: number, sourceStart: number, length: number): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last.sourceLength === undefined && last.textStart + last.length === textStart && last.sourceStart + last.length === sourceStart) {
      last.length += length;
    } else {
      this.runs.push({ textStart, sourceStart, length });
    }
  }
}
