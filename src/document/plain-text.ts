// Plain text: every non-empty line is one paragraph.
import { BlockBuilder } from './block-builder.js';
import type { Block } from './block.js';
import { parseDirective, type Directive } from './directives.js';

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
        const builder = new BlockBuilder(text);
        builder.append(value, start, end);
        blocks.push(builder.finish(blocks.length, 'paragraph', [start, end]));
      }
    }
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return { blocks, directives };
}
