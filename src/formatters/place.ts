// Where a finding is, as a reader of that kind of document looks for it: a Word user by paragraph, everyone
// else by line and column; with the quoted context when there is one (Word files, long lines).
import type { LintMessage, Locale } from '../types.js';

/** `第 4 段` / `paragraph 4` for a Word finding, else `line:column`. */
export function placeOf(m: LintMessage, locale: Locale): string {
  if (m.paragraph) return locale === 'en' ? `paragraph ${m.paragraph.number}` : `第 ${m.paragraph.number} 段`;
  return `${m.line}:${m.column}`;
}

/** The message with the place in words and the quote, for one-line formats that keep `line:column` for tools. */
export function messageWithContext(m: LintMessage, locale: Locale): string {
  if (!m.context) return m.message;
  const where = m.paragraph ? `${placeOf(m, locale)}${locale === 'en' ? ': ' : '：'}` : '';
  return locale === 'en' ? `${m.message} (${where}${m.context})` : `${m.message}（${where}${m.context}）`;
}

/** A related place: in a Word file by paragraph too (a place in another file keeps its own line and column). */
export function relatedPlaceOf(m: LintMessage, rel: { line: number; column: number; filePath?: string }, locale: Locale): string {
  if (m.paragraph && !rel.filePath) return locale === 'en' ? `paragraph ${rel.line}` : `第 ${rel.line} 段`;
  return `${rel.line}:${rel.column}`;
}
