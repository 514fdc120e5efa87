// A quoted context for findings a reader cannot find by line and column: in a Word file (paragraphs, no lines)
// and on long lines (a whole paragraph of plain text), e.g. `…培育【发展发展】数字经济…`.
import type { LintMessage } from '../types.js';

/** Lines longer than this (UTF-16 units) get a quote: a column number is no help there. */
export const LONG_LINE = 80;
const AROUND = 10;
const FLAGGED_MAX = 20;

export function quoteAt(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  const flaggedEnd = Math.min(Math.max(end, start), lineEnd);
  let flagged = text.slice(start, flaggedEnd);
  if (flagged.length > FLAGGED_MAX) flagged = `${flagged.slice(0, FLAGGED_MAX - 1)}…`;
  const from = Math.max(lineStart, start - AROUND);
  const to = Math.min(lineEnd, flaggedEnd + AROUND);
  return `${from > lineStart ? '…' : ''}${text.slice(from, start)}【${flagged}】${text.slice(flaggedEnd, to)}${to < lineEnd ? '…' : ''}`;
}

/** Sets `context` on the findings of rules (not on file problems) in a Word file or on a long line. */
export function addContext(messages: LintMessage[], text: string, word: boolean): void {
  for (const m of messages) {
    if (m.ruleId === null || m.fatal || m.offset > text.length) continue;
    if (!word) {
      const lineStart = text.lastIndexOf('\n', m.offset - 1) + 1;
      const lineEnd = text.indexOf('\n', m.offset);
      if ((lineEnd < 0 ? text.length : lineEnd) - lineStart <= LONG_LINE) continue;
    }
    m.context = quoteAt(text, m.offset, m.endOffset);
  }
}
