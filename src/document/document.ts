// The document model: parsed once, shared analyses computed lazily and cached on it.
import type { Root, RootContent } from 'mdast';
import type { Block } from './block.js';
import type { Directive } from './directives.js';
import { formatOf, type DocumentFormat, type HtmlFragment, type ParsedContent } from './formats.js';
import { LineIndex } from './lines.js';
import type { HiddenContent } from './hidden-content.js';
import { parseMarkdown } from './markdown.js';
import { htmlPage, loadParsers, markdownTree, readWord } from './parsers.js';
import { parsePlainText } from './plain-text.js';
import { segmentWords, type Word } from './segmentation.js';
import { splitAllSentences, type Sentence } from './sentences.js';
import { buildSections, numberingOf, type NumberedBlock, type Section } from './numbering.js';
import { decode } from '../files/decode.js';
import type { Range } from '../leaf-types.js';
import type { Stopwatch } from '../engine/stopwatch.js';

export { formatOf, type DocumentFormat, type ParsedContent };

export interface DocumentLoadOptions {
  /** The format, when the file name should not decide it (default: `formatOf(filePath)`). */
  format?: DocumentFormat;
  /** For bytes of a text format: their encoding (a WHATWG label, as `settings.encoding`); default detected. */
  encoding?: string;
}

export class PolicyDocument {
  readonly format: DocumentFormat;
  readonly blocks: readonly Block[];
  readonly directives: readonly Directive[];
  /** Raw HTML in Markdown (blocks and inline); for HTML pages, link targets (`href="…"`); in source order. */
  readonly html: readonly HtmlFragment[];
  /** Content readers do not see and markup that acts by itself (HTML pages, Word files); see hidden-content.ts. */
  readonly hidden: readonly HiddenContent[];
  /** The mdast, for Markdown files. */
  readonly mdast: Root | undefined;
  private readonly cache = new Map<string, unknown>();
  /** Set while linting with TIMING=1: each analysis is timed as `(name)`, apart from the rule that asked. */
  stopwatch: Stopwatch | undefined;
  private lineIndex: LineIndex | undefined;

  /**
   * A document of `filePath`'s format (or `options.format`), after loading what that format needs, once per
   * process: the Markdown parser for Markdown beyond plain prose, the HTML parser for pages, the Word reader for
   * .docx. Word files are read from their bytes (`text` is then the extracted paragraphs, one a line); bytes of
   * other formats are decoded as files are (BOM, UTF-8, else GB18030; BinaryFileError when they are not text).
   */
  static async load(source: string | Uint8Array, filePath: string, options: DocumentLoadOptions = {}): Promise<PolicyDocument> {
    const format = options.format ?? formatOf(filePath);
    if (typeof source !== 'string') {
      const bytes = Buffer.isBuffer(source) ? source : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
      if (format === 'docx') {
        const word = await readWord(bytes);
        return new PolicyDocument(word.text, filePath, 'docx', word.content);
      }
      source = decode(bytes, options.encoding).text;
    }
    await loadParsers(format, source);
    return new PolicyDocument(source, filePath, format);
  }

  /**
   * Synchronous: parses plain text, and Markdown or HTML whose parser is loaded (by `PolicyDocument.load`), else
   * throws ParserNotLoadedError; prefer `load`. `parsed` is content a reader already built (a Word file's). A text
   * given for a .docx name is read as extracted Word text, one paragraph a line.
   */
  constructor(
    readonly text: string,
    readonly filePath: string,
    format: DocumentFormat = formatOf(filePath),
    parsed?: ParsedContent,
  ) {
    this.format = format;
    this.hidden = [];
    if (parsed) {
      this.mdast = undefined;
      this.blocks = parsed.blocks;
      this.directives = parsed.directives;
      this.html = parsed.html ?? [];
      this.hidden = parsed.hidden;
    } else if (format === 'markdown') {
      const parsed = parseMarkdown(text, markdownTree(text, filePath));
      this.mdast = parsed.mdast;
      this.blocks = parsed.blocks;
      this.directives = parsed.directives;
      this.html = parsed.html;
    } else if (format === 'html') {
      const parsed = htmlPage(text, filePath);
      this.mdast = undefined;
      this.blocks = parsed.blocks;
      this.directives = parsed.directives;
      this.html = parsed.html;
      this.hidden = parsed.hidden;
    } else {
      const parsed = parsePlainText(text);
      this.mdast = undefined;
      this.blocks = parsed.blocks;
      this.directives = parsed.directives;
      this.html = [];
    }
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /**
   * A shared analysis, computed on first use and cached on the document. Rules and analyses
   * call this with a stable key so that no work is done twice, e.g. `doc.analysis('quantities', find)`.
   */
  analysis<T>(key: string, compute: (doc: PolicyDocument) => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = this.stopwatch ? this.stopwatch.time(`(${key.split(':')[0]})`, () => compute(this)) : compute(this);
    this.cache.set(key, value);
    return value;
  }

  /** Words of one block (Intl.Segmenter, zh), cached. Prefer a cheap pre-filter before calling this. */
  words(block: Block): Word[] {
    return this.analysis(`words:${block.index}`, () => segmentWords(block.text));
  }

  get sentences(): readonly Sentence[] {
    return this.analysis('sentences', () => splitAllSentences(this.blocks));
  }

  /** Blocks that start with a numbering marker (一、 （一） 1. …). */
  get numbered(): readonly NumberedBlock[] {
    return this.analysis('numbered', () =>
      this.blocks.map(numberingOf).filter((n): n is NumberedBlock => n !== null),
    );
  }

  get sections(): readonly Section[] {
    return this.analysis('sections', () => buildSections(this.blocks, this.numbered));
  }

  /**
   * True when a source range is made of whole lines that hold only whole paragraphs and headings (and blank
   * lines): deleting it removes those blocks and cannot break the Markdown around them (a list marker, a
   * quote's `>`, a table row or raw HTML in the range makes it false).
   */
  isWholeBlocks([start, end]: Range): boolean {
    const text = this.text;
    if (start > 0 && text[start - 1] !== '\n') return false;
    if (end < text.length && text[end - 1] !== '\n') return false;
    let pos = start;
    for (const block of this.blocks) {
      if (block.range[1] <= start || block.range[0] >= end) continue;
      if (block.kind === 'tableCell' || block.range[0] < start || block.range[1] > end) return false;
      if (text.slice(pos, block.range[0]).trim() !== '') return false;
      pos = block.range[1];
    }
    return pos > start && text.slice(pos, end).trim() === '';
  }

  /** True when a source range lies inside the prose of one block: the only place a fix may edit. */
  isProse([start, end]: Range): boolean {
    const blocks = this.blocks;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid]!.range[0] <= start) lo = mid;
      else hi = mid - 1;
    }
    const block = blocks[lo];
    if (block === undefined || block.range[0] > start || end > block.range[1] || !block.coversSource(start, end)) return false;
    // A link whose text is its URL (`<https://…>`): the text is visible, but editing it edits the URL.
    return !this.analysis('literal-urls', literalUrlRanges).some(([s, e]) => start < e && end > s);
  }
}

/** Source ranges of links whose text is their URL (autolinks, or `[url](url)`). */
function literalUrlRanges(doc: PolicyDocument): Range[] {
  const found: Range[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'link') {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      const p = node.position;
      if (only?.type === 'text' && (only.value === node.url || `mailto:${only.value}` === node.url) && p?.start.offset !== undefined && p.end.offset !== undefined) {
        found.push([p.start.offset, p.end.offset]);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  if (doc.mdast) visit(doc.mdast);
  return found;
}
