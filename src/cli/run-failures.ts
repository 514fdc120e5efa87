// What went wrong with the run rather than in the documents, summed up once on stderr after the report: the
// documents that could not be checked, and the rules that failed (with their stacks under --debug).
import { coreMessage } from '../engine/messages.js';
import { displayPath } from '../files/paths.js';
import type { LintResult, Locale } from '../types.js';

export class RunFailures {
  private readonly unchecked: string[] = [];
  private readonly crashes: { file: string; ruleId: string; message: string; stack?: string }[] = [];

  constructor(
    private readonly cwd: string,
    private readonly locale: Locale,
    private readonly debug: boolean,
  ) {}

  note(result: LintResult): void {
    const file = displayPath(result.filePath, this.cwd);
    for (const m of result.messages) {
      if (!m.fatal) continue;
      if (m.properties?.unchecked !== undefined) this.unchecked.push(`  ${file}: ${m.message}`);
      else if (m.ruleId !== null && m.severity === 2) this.crashes.push({ file, ruleId: m.ruleId, message: m.message, stack: m.stack });
      // The stack is for --debug on stderr only, never in a report.
      delete m.stack;
    }
  }

  render(): string {
    let out = '';
    if (this.unchecked.length > 0) out += `${coreMessage('uncheckedSummary', this.locale, { count: this.unchecked.length })}\n${this.unchecked.join('\n')}\n`;
    if (this.crashes.length > 0) {
      const rules = [...new Set(this.crashes.map((c) => c.ruleId))].join(', ');
      out += coreMessage('rulesFailed', this.locale, { count: this.crashes.length, rules }) + '\n';
      if (this.debug) for (const c of this.crashes) out += `  ${c.file}: ${c.message}\n${c.stack ?? ''}\n`;
      else out += coreMessage('debugHint', this.locale) + '\n';
    }
    return out;
  }
}
