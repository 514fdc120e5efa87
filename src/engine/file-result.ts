// The one place a file's result is built: counts from the messages, and what the options asked to keep.
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
