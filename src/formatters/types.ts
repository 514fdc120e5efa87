import type { LintResult, Locale, Rule } from '../types.js';

export interface FormatterContext {
  cwd: string;
  locale: Locale;
  /** Every rule known to the run, by qualified id (for SARIF rule metadata). */
  rules: ReadonlyMap<string, Rule>;
  color: boolean;
  version: string;
}

/** A whole report from all results (formats that need everything at once: SARIF, HTML). */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;

export interface Totals {
  errors: number;
  warnings: number;
  fixableErrors: number;
  fixableWarnings: number;
}

/**
 * A report written file by file as results come in, so that a run over a large archive holds no more than
 * counters: `begin`, then `file` for each result in order, then `end` with the totals.
 */
export interface StreamingFormatter {
  begin?(context: FormatterContext): string;
  file(result: LintResult, index: number, context: FormatterContext): string;
  end?(totals: Totals, context: FormatterContext): string;
}

export function addToTotals(totals: Totals, r: LintResult): Totals {
  totals.errors += r.errorCount;
  totals.warnings += r.warningCount;
  totals.fixableErrors += r.fixableErrorCount;
  totals.fixableWarnings += r.fixableWarningCount;
  return totals;
}

export const emptyTotals = (): Totals => ({ errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 });

/** The whole-report form of a streaming formatter, for the API and for tests. */
export function collect(stream: StreamingFormatter): Formatter {
  return (results, context) => {
    let out = stream.begin?.(context) ?? '';
    const totals = emptyTotals();
    results.forEach((r, i) => {
      out += stream.file(r, i, context);
      addToTotals(totals, r);
    });
    return out + (stream.end?.(totals, context) ?? '');
  };
}
