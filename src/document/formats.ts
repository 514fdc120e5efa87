// The formats a document can be in, and what a format's reader hands the document model: types only (and the
// one extension test), so that the readers and the model can share them without importing each other.
import type { Block } from './block.js';
import type { Directive } from './directives.js';
import type { HiddenContent } from './hidden-content.js';
import type { Range } from '../leaf-types.js';

export type DocumentFormat = 'markdown' | 'text' | 'html' | 'docx';

const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdown|mkd)$/i;
const HTML_EXTENSIONS = /\.(html|htm|xhtml|shtml)$/i;

export function formatOf(filePath: string): DocumentFormat {
  if (MARKDOWN_EXTENSIONS.test(filePath)) return 'markdown';
  if (HTML_EXTENSIONS.test(filePath)) return 'html';
  return /\.docx$/i.test(filePath) ? 'docx' : 'text';
}

/** Raw HTML as it stands in the Markdown source; for HTML pages and Word files, link targets (`href="…"`). */
export interface HtmlFragment {
  value: string;
  range: Range;
  inline: boolean;
}

/** A document as a reader built it (Word files are read from bytes, outside the document's constructor). */
export interface ParsedContent {
  blocks: Block[];
  directives: Directive[];
  hidden: HiddenContent[];
  /** Link targets, as `href="…"`, placed on the link's text (Word hyperlinks). */
  html?: HtmlFragment[];
}
