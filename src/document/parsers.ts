// The parsers beyond plain text, each loaded once per process when a document first needs it: remark for Markdown
// that plain-markdown.ts cannot build by itself, rehype-parse for HTML pages, mammoth for Word files. Runs over
// plain text, or over Markdown plain-markdown.ts builds (headings, prose, code spans, simple bullet lists), load none
// of them and start faster.
// `PolicyDocument.load` awaits `loadParsers`; the synchronous parse functions below never load anything, and throw
// ParserNotLoadedError, naming the parser, when the one they need was never loaded.
import type { Root } from 'mdast';
import type { WordDocument } from './docx.js';
import type { DocumentFormat } from './formats.js';
import type { HtmlParse } from './html.js';
import { markdownTreeByPieces } from './markdown-pieces.js';
import { plainMarkdownTree } from './plain-markdown.js';

let remark: typeof import('./remark.js') | undefined;
let html: typeof import('./html.js') | undefined;
let word: typeof import('./docx.js') | undefined;

const PARSER_NAMES = { markdown: 'Markdown parser (remark)', html: 'HTML parser (rehype-parse)' } as const;

export class ParserNotLoadedError extends Error {
  constructor(
    readonly format: keyof typeof PARSER_NAMES,
    readonly filePath: string,
  ) {
    super(
      `the ${PARSER_NAMES[format]} is not loaded, so ${filePath} cannot be parsed synchronously: ` +
        'create the document with `await PolicyDocument.load(text, filePath)`, which loads what its format needs',
    );
    this.name = 'ParserNotLoadedError';
  }
}

/** The last text tried, so that loading for a text and then parsing it build its plain tree once. */
let last: { text: string; tree: Root | null } | undefined;
function plainTreeOf(text: string): Root | null {
  if (last?.text !== text) last = { text, tree: plainMarkdownTree(text) };
  return last.tree;
}

/**
 * Loads what parsing a text of `format` needs, once per process: nothing for plain text (nor for the extracted
 * text of a Word file), nor for Markdown when `text` is given and plain-markdown.ts builds it. Without `text`,
 * Markdown loads remark.
 */
export async function loadParsers(format: DocumentFormat, text?: string): Promise<void> {
  if (format === 'markdown') {
    if (!remark && (text === undefined || !plainTreeOf(text))) remark = await import('./remark.js');
  } else if (format === 'html') {
    html ??= await import('./html.js');
  }
}

/**
 * Loads the Markdown parser.
 * @deprecated Not needed any more: `PolicyDocument.load` loads what a document needs.
 */
export function loadMarkdownSupport(text?: string): Promise<void> {
  return loadParsers('markdown', text);
}

/**
 * The mdast of `text`: built directly when it is plain Markdown; otherwise piece by piece, remark (which must be
 * loaded) building only the pieces with markup; or by remark whole when the text cannot be cut.
 */
export function markdownTree(text: string, filePath: string): Root {
  const plain = plainTreeOf(text);
  last = undefined;
  if (plain) return plain;
  if (!remark) throw new ParserNotLoadedError('markdown', filePath);
  return markdownTreeByPieces(text, remark.parseWithRemark) ?? remark.parseWithRemark(text);
}

export function htmlPage(text: string, filePath: string): HtmlParse {
  if (!html) throw new ParserNotLoadedError('html', filePath);
  return html.parseHtml(text);
}

/** Reads a Word file from its bytes (loading the reader, mammoth, on first use). */
export async function readWord(bytes: Buffer): Promise<WordDocument> {
  word ??= await import('./docx.js');
  return word.readWordDocument(bytes);
}
