// Plain text: every non-empty line is one paragraph, except a line that holds a whole flattened text (its
// paragraphs run together, separated by spaces): that line gives one block per paragraph.
import { BlockBuilder } from './block-builder.js';
import type { Block } from './block.js';
import { parseDirective, type Directive } from './directives.js';
import { paragraphSpans } from './flattened-paragraphs.js';

/** A directive written after the text of a line, as in Markdown: `… <!-- policylint-disable-line rule -->`. */
const TRAILING_DIRECTIVE = /<!--\s*policylint-[a-z-]+\b[^]*?-->\s*$/;

/**
 * The line ends with `-->`: only then can TRAILING_DIRECTIVE match. Checked first because its failure is quadratic
 * (each step back of `[a-z-]+`, or each `<!--`, scans to the end of the line); once the end is known to close,
 * the first head that fits succeeds in one scan.
 */
const closesComment = (line: string): boolean => line.trimEnd().endsWith('-->');

export function parsePlainText(text: string): { blocks: Block[]; directives: Directive[] } {
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    line++;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const value = text.slice(start, end);
    if (value.trim().length > 0) {
      const directive = value.includes('policylint-') ? parseDirective(value, line, [start, end]) : null;
      const trailing = !directive && value.includes('policylint-') && closesComment(value) ? TRAILING_DIRECTIVE.exec(value) : null;
      const trailingDirective = trailing ? parseDirective(trailing[0], line, [start + trailing.index, end]) : null;
      if (directive) directives.push(directive);
      else {
        // The text before a trailing directive is the paragraph (or paragraphs); the directive is not prose.
        const textEnd = trailingDirective ? start + trailing!.index : end;
        if (trailingDirective) directives.push(trailingDirective);
        const line = text.slice(start, textEnd);
        if (line.trim().length > 0) {
          for (const [s, e] of paragraphSpans(line)) {
            const builder = new BlockBuilder(text);
            builder.append(line.slice(s, e), start + s, start + e);
            blocks.push(builder.finish(blocks.length, 'paragraph', [start + s, start + e]));
          }
        }
      }
    }
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return { blocks, directives };
}
