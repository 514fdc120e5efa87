// Plain text: every non-empty line is one paragraph, except a line that holds a whole flattened text (its
// paragraphs run together, separated by spaces): that line gives one block per paragraph.
import { BlockBuilder } from './block-builder.js';
import type { Block } from './block.js';
import { parseDirective, type Directive } from './directives.js';
import { paragraphSpans } from './flattened-paragraphs.js';

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
      if (directive) directives.push(directive);
      else {
        for (const [s, e] of paragraphSpans(value)) {
          const builder = new BlockBuilder(text);
          builder.append(value.slice(s, e), start + s, start + e);
          blocks.push(builder.finish(blocks.length, 'paragraph', [start + s, start + e]));
        }
      }
    }
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return { blocks, directives };
}
