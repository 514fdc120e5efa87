// The one place a file's result is built: counts from the messages, what the options asked to keep, and what a
// Word file's findings say instead of fixes (its paragraph).
import type { DocumentFacts, LintMessage, LintResult } from '../types.js';

export interface ResultExtras {
  /** The text as linted (kept for formatters that show it). */
  source?: string;
  /** The fixed text, set only when fixes changed it. */
  output?: string;
  facts?: DocumentFacts;
  stats?: LintResult['stats'];
}

export function fileResult(filePath: string, messages: LintMessage[], extras: ResultExtras = {}): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  const result: LintResult = { filePath, messages, errorCount, warningCount, fixableErrorCount, fixableWarningCount };
  if (extras.source !== undefined) result.source = extras.source;
  if (extras.output !== undefined) result.output = extras.output;
  if (extras.facts !== undefined) result.facts = extras.facts;
  if (extras.stats !== undefined) result.stats = extras.stats;
  return result;
}

/**
 * Findings in a Word file carry their paragraph and lose their fixes (the file is never written).
 * Returns how many fixes were dropped.
 */
export function toParagraphMessages(messages: LintMessage[], text: string): { messages: LintMessage[]; droppedFixes: number } {
  let droppedFixes = 0;
  for (const m of messages) {
    if (m.fix) {
      delete m.fix;
      droppedFixes++;
    }
    if (m.ruleId === null) continue;
    // A finding that runs on into later paragraphs is measured up to the end of its first one.
    const lineEnd = text.indexOf('\n', m.offset);
    const end = lineEnd >= 0 ? Math.min(m.endOffset, lineEnd) : m.endOffset;
    m.paragraph = { number: m.line, charOffset: m.column - 1, charLength: end - m.offset, snippet: text.slice(m.offset, m.endOffset) };
  }
  return { messages, droppedFixes };
}
