// Visible text of HTML text nodes, appended to a BlockBuilder with an exact map into the source: entities
// (&amp; &nbsp; &#x4E00;) map to their place, and whitespace collapses as a browser shows it.
import type { BlockBuilder } from './block-builder.js';

const ENTITY = /&(?:#[0-9]{1,7};?|#x[0-9a-f]{1,6};?|[a-z][a-z0-9]{1,31};?)/iy;
// U+00A0 (&nbsp;) counts as whitespace: pages indent paragraphs with it, and no rule looks for it.
const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r' || c === '\u00A0';
const isCjk = (c: string | undefined) => c !== undefined && /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(c);

/** One stretch of a text node: `text` stands for source[start, end). */
interface Piece {
  text: string;
  start: number;
  end: number;
}

/**
 * Aligns a text node's decoded value with its source slice. Runs of equal characters map one to one,
 * an entity maps to its whole reference; if the two ever disagree, the rest is left to greedy alignment.
 */
function pieces(value: string, source: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  let j = start;
  while (i < value.length) {
    if (j >= end) {
      out.push({ text: value.slice(i), start: end, end });
      break;
    }
    if (isSpace(value[i]) && isSpace(source[j])) {
      let i2 = i;
      while (i2 < value.length && isSpace(value[i2])) i2++;
      let j2 = j;
      while (j2 < end && isSpace(source[j2])) j2++;
      out.push({ text: value.slice(i, i2), start: j, end: j2 });
      i = i2;
      j = j2;
      continue;
    }
    if (source[j] === '&') {
      ENTITY.lastIndex = j;
      const m = ENTITY.exec(source);
      if (m && m.index + m[0].length <= end) {
        const len = (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        const after = j + m[0].length;
        // A reference that is not an entity (`&foo`) stays literal text: check that the next characters agree.
        if (value[i] !== '&' || value[i + len] !== source[j + 1]) {
          out.push({ text: value.slice(i, i + len), start: j, end: after });
          i += len;
          j = after;
          continue;
        }
      }
    }
    if (value[i] === source[j]) {
      let k = 1;
      while (i + k < value.length && j + k < end && value[i + k] === source[j + k] && source[j + k] !== '&' && !isSpace(value[i + k])) k++;
      out.push({ text: value.slice(i, i + k), start: j, end: j + k });
      i += k;
      j += k;
      continue;
    }
    out.push({ text: value.slice(i), start: j, end });
    break;
  }
  return out;
}

/** Accumulates the text of one block, collapsing whitespace across text nodes. */
export class TextAppender {
  private last = '';
  /** Source extent of what was appended. */
  start = -1;
  end = -1;

  constructor(readonly builder: BlockBuilder, private readonly source: string) {}

  /** Appends a text node's value, which stands in source[start, end). */
  text(value: string, start: number, end: number): void {
    const parts = pieces(value, this.source, start, end);
    for (let p = 0; p < parts.length; p++) {
      const piece = parts[p]!;
      if ([...piece.text].every(isSpace)) {
        if (this.last === '' || isSpace(this.last) || this.last === '\n') continue;
        // A line break between two Chinese characters is source formatting, not a space a reader sees.
        const next = parts[p + 1]?.text[0];
        if (/[\n\r]/.test(piece.text) && isCjk(this.last) && isCjk(next)) continue;
        if (this.source.slice(piece.start, piece.end).includes('&')) this.decoded(' ', piece);
        else this.add(' ', piece.start, piece.end);
      } else if (piece.end - piece.start !== piece.text.length) {
        this.decoded(piece.text, piece);
      } else {
        this.add(piece.text, piece.start, piece.end);
      }
    }
  }

  /** `<br>`: a line break inside the block. */
  lineBreak(start: number, end: number): void {
    if (this.last !== '') this.add('\n', start, end);
  }

  boundary(): void {
    this.builder.boundary();
  }

  get isEmpty(): boolean {
    return this.builder.isEmpty;
  }

  /** A decoded entity (&ldquo; → “, &nbsp; → space): it maps to the whole reference, edited whole or not at all. */
  private decoded(text: string, piece: Piece): void {
    this.builder.appendReference(text, piece.start, piece.end);
    this.last = text[text.length - 1]!;
    if (this.start < 0) this.start = piece.start;
    this.end = Math.max(this.end, piece.end);
  }

  private add(text: string, start: number, end: number): void {
    this.builder.append(text, start, end);
    this.last = text[text.length - 1]!;
    if (this.start < 0) this.start = start;
    this.end = Math.max(this.end, end);
  }
}
