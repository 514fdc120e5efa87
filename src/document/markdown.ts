// Markdown: parsed once into an mdast (see parsers.ts); prose blocks are collected from it.
import type { Root, RootContent, PhrasingContent, Nodes } from 'mdast';
import { BlockBuilder } from './block-builder.js';
import type { Block, BlockKind } from './block.js';
import { parseDirective, type Directive } from './directives.js';
import type { HtmlFragment } from './formats.js';
import type { Range } from '../leaf-types.js';

export type { HtmlFragment };

export interface MarkdownParse {
  mdast: Root;
  blocks: Block[];
  directives: Directive[];
  html: HtmlFragment[];
}

const rangeOf = (node: Nodes): Range | null =>
  node.position?.start.offset !== undefined && node.position.end.offset !== undefined
    ? [node.position.start.offset, node.position.end.offset]
    : null;

export function parseMarkdown(text: string, mdast: Root): MarkdownParse {
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  const html: HtmlFragment[] = [];

  const inline = (builder: BlockBuilder, nodes: PhrasingContent[]): void => {
    for (const node of nodes) {
      const range = rangeOf(node);
      switch (node.type) {
        case 'text':
          if (range) builder.append(node.value, range[0], range[1]);
          break;
        case 'break':
          if (range) builder.append('\n', range[0], range[1]);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference':
          builder.boundary();
          inline(builder, node.children);
          builder.boundary();
          break;
        case 'html': {
          // `培育发展… <!-- policylint-disable-line duplicated-word -->`: a directive at the end of a line.
          const directive = range && node.value.includes('policylint-') ? parseDirective(node.value, node.position!.start.line, range) : null;
          if (directive) directives.push(directive);
          else if (range) html.push({ value: node.value, range, inline: true });
          builder.boundary();
          break;
        }
        default:
          // inline code, images, footnote references: not prose
          builder.boundary();
      }
    }
  };

  const block = (node: RootContent, kind: BlockKind, children: PhrasingContent[], depth = 0): void => {
    const range = rangeOf(node);
    if (!range) return;
    const builder = new BlockBuilder(text);
    inline(builder, children);
    if (!builder.isEmpty) blocks.push(builder.finish(blocks.length, kind, range, depth));
  };

  let tables = 0;
  const visit = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
          block(node, 'paragraph', node.children);
          break;
        case 'heading':
          block(node, 'heading', node.children, node.depth);
          break;
        case 'table':
          // Cells carry their place in the table (indicator tables are read by row and column).
          tables++;
          node.children.forEach((row, r) =>
            row.children.forEach((cell, column) => {
              const before = blocks.length;
              block(cell, 'tableCell', cell.children);
              if (blocks.length > before) blocks[before]!.cell = { table: tables - 1, row: r, column };
            }),
          );
          break;
        case 'html': {
          const range = rangeOf(node);
          if (!range) break;
          const line = node.position!.start.line;
          const directive = node.value.includes('policylint-') ? parseDirective(node.value, line, range) : null;
          if (directive) directives.push(directive);
          else html.push({ value: node.value, range, inline: false });
          break;
        }
        case 'code':
        case 'yaml':
        case 'definition':
        case 'thematicBreak':
          break;
        default:
          if ('children' in node) visit(node.children as RootContent[]);
      }
    }
  };

  visit(mdast.children);
  return { mdast, blocks, directives, html };
}
