// Word files (.docx): text and structure extracted with mammoth, one Word paragraph a line, so that a position's
// line is the paragraph number and its column the character in it. Hidden runs (w:vanish, read from
// word/document.xml because mammoth keeps their text as if visible) and comments become `hidden` content.
import mammoth from 'mammoth';
import { BlockBuilder } from './block-builder.js';
import type { Block, BlockKind, CellPosition } from './block.js';
import { TableGrid } from './table-grid.js';
import { parseDirective, type Directive } from './directives.js';
import { xmlParagraphs, type XmlParagraph } from './docx-xml.js';
import { inspectWordPackage } from './docx-package.js';
import { ZipError } from './docx-zip.js';
import type { HiddenContent } from './hidden-content.js';
import type { HtmlFragment, ParsedContent } from './formats.js';
import type { Range } from '../leaf-types.js';

export interface WordDocument {
  /** The paragraphs, one a line (empty paragraphs are empty lines); what positions and SARIF offsets count in. */
  text: string;
  content: ParsedContent;
}

/** The parts of mammoth's document tree read here. */
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  commentId?: string;
  body?: MammothNode[];
  href?: string;
  colSpan?: number;
  rowSpan?: number;
}

interface Paragraph {
  text: string;
  kind: BlockKind;
  depth: number;
  /** The table cell the paragraph is in. */
  cell?: CellPosition | undefined;
  comments: string[];
  /** External hyperlinks: target and the range of the link's text in `text`. */
  links: { href: string; start: number; end: number }[];
}

const HEADING_STYLE = /^(?:heading|标题)\s*([1-9])$/i;

function headingDepth(p: MammothNode): number {
  const byName = HEADING_STYLE.exec(p.styleName?.trim() ?? '');
  if (byName) return Number(byName[1]);
  if (/^(?:title|标题)$/i.test(p.styleName?.trim() ?? '')) return 1;
  const byId = /^heading([1-9])$/i.exec(p.styleId ?? '');
  return byId ? Number(byId[1]) : 0;
}

/** Text of a paragraph as docx-xml.ts renders it: tabs kept, line breaks as spaces; comments and links noted. */
function paragraphText(p: MammothNode): Pick<Paragraph, 'text' | 'comments' | 'links'> {
  let text = '';
  const comments: string[] = [];
  const links: Paragraph['links'] = [];
  const visit = (n: MammothNode): void => {
    if (n.type === 'text') text += n.value ?? '';
    else if (n.type === 'tab') text += '\t';
    else if (n.type === 'break') text += ' ';
    else if (n.type === 'commentReference' && n.commentId !== undefined) comments.push(n.commentId);
    else if (n.type === 'run' || n.type === 'hyperlink') {
      const start = text.length;
      for (const c of n.children ?? []) visit(c);
      if (n.type === 'hyperlink' && typeof n.href === 'string') links.push({ href: n.href, start, end: text.length });
    }
  };
  for (const c of p.children ?? []) visit(c);
  return { text, comments, links };
}

function paragraphsOf(root: MammothNode): Paragraph[] {
  const out: Paragraph[] = [];
  let tables = 0;
  const walk = (nodes: readonly MammothNode[], cell: CellPosition | undefined, grid: TableGrid | undefined): void => {
    for (const n of nodes) {
      if (n.type === 'paragraph') {
        const depth = headingDepth(n);
        out.push({ ...paragraphText(n), kind: depth > 0 ? 'heading' : cell ? 'tableCell' : 'paragraph', depth, cell: depth > 0 ? undefined : cell });
      } else if (n.type === 'table') {
        walk(n.children ?? [], cell, new TableGrid(tables++));
      } else if (n.type === 'tableRow') {
        grid?.nextRow();
        walk(n.children ?? [], cell, grid);
      } else if (n.type === 'tableCell') {
        walk(n.children ?? [], grid?.place(n.colSpan, n.rowSpan) ?? cell, grid);
      } else if (n.children) {
        walk(n.children, cell, grid);
      }
    }
  };
  walk(root.children ?? [], undefined, undefined);
  return out;
}

/** Hidden runs of each paragraph, matched by text in order (mammoth skips some paragraphs the XML has). */
function hiddenRuns(paragraphs: readonly Paragraph[], xml: readonly XmlParagraph[]): Range[][] {
  const WINDOW = 64;
  let next = 0;
  return paragraphs.map((p) => {
    for (let j = next; j < Math.min(xml.length, next + WINDOW); j++) {
      if (xml[j]!.text === p.text) {
        next = j + 1;
        return xml[j]!.hidden.filter(([s, e]) => p.text.slice(s, e).trim().length > 0);
      }
    }
    return [];
  });
}

function hiddenBlock(source: string, value: string, range: Range, index: number): Block {
  const builder = new BlockBuilder(source);
  builder.append(value, range[0], range[1]);
  return builder.finish(index, 'paragraph', range);
}

export async function readWordDocument(bytes: Buffer): Promise<WordDocument> {
  // Sizes, duplicate names and nesting are checked before mammoth inflates or parses anything.
  const pkg = inspectWordPackage(bytes);
  let root: MammothNode | undefined;
  try {
    await mammoth.convertToHtml({ buffer: bytes }, {
      transformDocument: (document: MammothNode) => (root = document),
    });
  } catch (error) {
    throw new ZipError(describeReaderError(error as Error));
  }
  if (!root) throw new ZipError('no document body');
  const paragraphs = paragraphsOf(root);
  const hiddenByParagraph = hiddenRuns(paragraphs, pkg.mainXml !== null ? xmlParagraphs(pkg.mainXml) : []);
  const commentText = new Map<string, string>();
  for (const c of (root as { comments?: MammothNode[] }).comments ?? []) {
    if (c.commentId !== undefined) commentText.set(c.commentId, paragraphsOf({ type: 'comment', children: c.body ?? [] }).map((p) => p.text).join('\n'));
  }

  const text = paragraphs.map((p) => p.text).join('\n');
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  const hidden: HiddenContent[] = [];
  const html: HtmlFragment[] = [];
  let start = 0;
  paragraphs.forEach((p, i) => {
    const end = start + p.text.length;
    const line = i + 1;
    const runs = hiddenByParagraph[i]!;
    const directive = p.text.includes('policylint-') ? parseDirective(p.text, line, [start, end]) : null;
    if (directive) directives.push(directive);
    else if (p.text.trim().length > 0) {
      // The block is what a reader sees: hidden runs are left out, and words never join across them.
      const builder = new BlockBuilder(text);
      let at = 0;
      for (const [s, e] of runs) {
        builder.append(p.text.slice(at, s), start + at, start + s);
        builder.boundary();
        at = e;
      }
      builder.append(p.text.slice(at), start + at, end);
      if (!builder.isEmpty) {
        const block = builder.finish(blocks.length, p.kind, [start, end], p.depth);
        block.cell = p.cell;
        blocks.push(block);
      }
    }
    for (const [s, e] of runs) {
      const range: Range = [start + s, start + e];
      const block = hiddenBlock(text, p.text.slice(s, e), range, hidden.length);
      hidden.push({ kind: 'hidden', how: 'w:vanish', text: block.text, range, block });
    }
    for (const link of p.links) {
      // The address is not in the text: injected-content reads it from `value` and reports it on the link's text.
      html.push({ value: `href="${link.href}"`, range: [start + link.start, start + Math.max(link.end, link.start)], inline: true });
    }
    for (const id of p.comments) {
      const body = commentText.get(id);
      // The comment's text is not in the extracted text: its block maps to the paragraph it is attached to.
      if (body?.trim()) hidden.push({ kind: 'comment', how: 'comment', text: body, range: [start, end], block: hiddenBlock(text, body, [start, start], hidden.length) });
    }
    start = end + 1;
  });
  return { text, content: { blocks, directives, hidden, html } };
}

/**
 * mammoth's and xmldom's errors in words that name the cause: an XML parse error ("[xmldom error] entity not
 * found:&xxe;") says the part is not well-formed XML, and a stack overflow says the structure is too deep.
 */
function describeReaderError(error: Error): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'the document structure is nested too deeply to read';
  const xml = /^(?:warning|error|fatalError): (?:\[xmldom \w+\]\s*)?([^\n@]*)/i.exec(error.message);
  if (xml) return `a part of the package is not well-formed XML (${xml[1]!.trim().slice(0, 200)})`;
  return error.message.split('\n')[0]!.slice(0, 300);
}
