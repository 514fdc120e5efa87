// A block is one unit of prose: a paragraph, heading, list-item paragraph or table cell.
// Its `text` is what a reader sees (markup removed); `toSource` maps back into the file.
import type { Range } from '../leaf-types.js';

export type BlockKind = 'paragraph' | 'heading' | 'tableCell';

/** Where a table cell stands: which table of the document (0-based, in order), row and column (colspan counted). */
export interface CellPosition {
  table: number;
  row: number;
  column: number;
}

/**
 * A stretch of block text that stands character for character in the source; or, with `sourceLength`, a
 * character reference (`&#x202E;`, `&ldquo;`): `length` text characters that stand for `sourceLength` source
 * characters as one unit, so that a range never starts or ends inside the reference.
 */
export interface TextRun {
  textStart: number;
  sourceStart: number;
  length: number;
  sourceLength?: number;
}

export class Block {
  /** For a table cell of a Markdown, HTML or Word table: its place in the table (set by the parser). */
  cell: CellPosition | undefined;

  constructor(
    readonly index: number,
    readonly kind: BlockKind,
    readonly text: string,
    /** Source range of the whole block, markup included. */
    readonly range: Range,
    private readonly runs: readonly TextRun[],
    /** Text offsets where inline markup separates two runs of text (`**a**b`): words never join across them. */
    readonly boundaries: readonly number[] = [],
    /** Markdown heading depth (1–6); 0 for other blocks. */
    readonly depth = 0,
  ) {}

  /** Maps an offset in `text` to an offset in the source (an end offset maps to just after its character). */
  toSource(textOffset: number): number {
    const run = this.runAt(textOffset);
    if (run === undefined) return this.range[0];
    const delta = Math.min(Math.max(textOffset - run.textStart, 0), run.length);
    if (run.sourceLength === undefined) return run.sourceStart + delta;
    return run.sourceStart + (delta === run.length ? run.sourceLength : 0);
  }

  /** Source range of a text range; the end maps from the last character so it never spills into markup. */
  sourceRange(start: number, end: number): Range {
    const s = this.toSource(start);
    const e = end > start ? this.sourceEndOf(end - 1) : s;
    return [s, Math.max(s, e)];
  }

  /** The source offset just after the character at `textOffset` (after the whole reference it belongs to). */
  private sourceEndOf(textOffset: number): number {
    const run = this.runAt(textOffset);
    if (run?.sourceLength === undefined || textOffset >= run.textStart + run.length) return this.toSource(textOffset) + 1;
    return run.sourceStart + run.sourceLength;
  }

  /** The last run starting at or before `textOffset`. */
  private runAt(textOffset: number): TextRun | undefined {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid]!.textStart <= textOffset) lo = mid;
      else hi = mid - 1;
    }
    return runs[lo];
  }

  /**
   * True when every source character of [start, end) is prose of this block (no markup, URL or marker),
   * so that an edit there cannot break the Markdown. An empty range must touch a run.
   */
  coversSource(start: number, end: number): boolean {
    let pos = start;
    for (const run of this.runs) {
      const runEnd = run.sourceStart + (run.sourceLength ?? run.length);
      if (runEnd < pos || (runEnd === pos && end > pos)) continue;
      if (run.sourceStart > pos) return false;
      // A character reference is edited whole or not at all.
      if (run.sourceLength !== undefined && (pos > run.sourceStart || end < runEnd)) return false;
      pos = Math.max(pos, runEnd);
      if (pos >= end) return true;
    }
    return false;
  }

  /**
   * The source range of [start, end) when the source there reads exactly like the text (no markup, entity or
   * line break inside): the only ranges a fix may replace character for character. Null otherwise.
   */
  exactSourceRange(source: string, start: number, end: number): Range | null {
    const range = this.sourceRange(start, end);
    return !this.crossesBoundary(start, end) && source.slice(...range) === this.text.slice(start, end) ? range : null;
  }

  /** True when [start, end) crosses a markup boundary. */
  crossesBoundary(start: number, end: number): boolean {
    for (const b of this.boundaries) if (b > start && b < end) return true;
    return false;
  }
}
