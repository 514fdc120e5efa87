// Receives results one at a time, in order, and writes the report: streaming formats as results come in,
// whole-report formats (SARIF, HTML) at the end. Keeps only counters for the exit code.
import { addToTotals, emptyTotals, type FormatterContext, type Totals } from '../formatters/types.js';
import type { LoadedFormatter } from '../formatters/index.js';
import type { LintResult } from '../types.js';

export interface Output {
  write(s: string): void;
  close(): void;
}

export class ReportSink {
  readonly totals: Totals = emptyTotals();
  /** A file could not be read, decoded or finished, or a rule failed on it (exit 2). */
  fileErrors = false;
  private readonly collected: LintResult[] = [];
  private count = 0;

  constructor(
    private readonly formatter: LoadedFormatter,
    private readonly context: FormatterContext,
    private readonly out: Output,
    private readonly quiet: boolean,
  ) {
    if ('stream' in formatter) out.write(formatter.stream.begin?.(context) ?? '');
  }

  add(result: LintResult): void {
    this.fileErrors ||= result.messages.some((m) => m.fatal && m.severity === 2);
    addToTotals(this.totals, result);
    const shown = this.quiet ? onlyErrors(result) : result;
    if ('stream' in this.formatter) this.out.write(this.formatter.stream.file(shown, this.count++, this.context));
    else this.collected.push(shown);
  }

  finish(): void {
    const shownTotals = this.quiet ? { ...this.totals, warnings: 0, fixableWarnings: 0 } : this.totals;
    if ('stream' in this.formatter) this.out.write(this.formatter.stream.end?.(shownTotals, this.context) ?? '');
    else this.out.write(this.formatter.whole(this.collected, this.context));
  }
}

function onlyErrors(r: LintResult): LintResult {
  const messages = r.messages.filter((m) => m.severity === 2);
  return { ...r, messages, warningCount: 0, fixableWarningCount: 0 };
}
