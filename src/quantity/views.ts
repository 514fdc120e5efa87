// The reading view (numerals.ts) of every block, shared by the readers of a document's years and figures.
import type { PolicyDocument } from '../document/document.js';
import { readingView } from './numerals.js';

/** The reading view of every block of a document, computed once for all its readers (phases, figures). */
export function blockReadingViews(doc: PolicyDocument): readonly string[] {
  return doc.analysis('reading-views', () => doc.blocks.map((block) => readingView(block.text)));
}
