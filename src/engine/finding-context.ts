// A quoted context for findings a reader cannot find by line and column: in a Word file (paragraphs, no lines)
// and on long lines (a whole paragraph of plain text), e.g. `…培育【发展发展】数字经济…`.
import type { LintMessage } from '../types.js';

/** Lines longer than this (UTF-16 units) get a quote: a column number is no help there. */
export const LONG_LINE = 80;
const AROUND = 10;
const FLAGGED_MAX = 20;
const LINE_BREAK = /[\r\n]/g;

/** The quote of [start, end) on the line [lineStart, lineEnd): the flagged text in 【】 with a little either side. */
export function quoteAt(text: string, start: number, end: number, lineStart: number, lineEnd: number): string {
  const flaggedEnd = Math.min(Math.max(end, start), lineEnd);
  let flagged = text.slice(start, flaggedEnd);
  if (flagged.length > FLAGGED_MAX) flagged = `${flagged.slice(0, FLAGGED_MAX - 1)}…`;
  const from = Math.max(lineStart, start - AROUND);
  const to = Math.min(lineEnd, flaggedEnd + AROUND);
  return `${from > lineStart ? '…' : ''}${text.slice(from, start)}【${flagged}】${text.slice(flaggedEnd, to)}${to < lineEnd ? '…' : ''}`;
}

/**
 * Sets `context` on the findings of rules (not on file problems) in a Word file or on a long line. A line's start
 * comes from the message's column and its end is looked up once per line, so that thousands of findings on one
 * huge line stay linear.
 */
export function addContext(messages: LintMessage[], text: string, word: boolean): void {
  const lineEnds = new Map<number, number>();
  for (const m of messages) {
    if (m.ruleId === null || m.fatal || m.offset > text.length) continue;
    const lineStart = m.offset - (m.column - 1);
    let lineEnd = lineEnds.get(m.line);
    if (lineEnd === undefined) {
      // Line breaks as LineIndex counts them: \n, \r\n and a lone \r.
      LINE_BREAK.lastIndex = m.offset;
      lineEnd = LINE_BREAK.exec(text)?.index ?? text.length;
      lineEnds.set(m.line, lineEnd);
    }
    if (!word && lineEnd - lineStart <= LONG_LINE) continue;
    m.context = quoteAt(text, m.offset, m.endOffset, lineStart, lineEnd);
  }
}
