// Receives results one at a time, in order, and writes the report: streaming formats as results come in,
// whole-report formats (SARIF, HTML) at the end. Keeps only counters for the exit code.
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync, type Stats } from 'node:fs';
import { ConfigError } from '../config/errors.js';
import { dirname } from 'node:path';
import { addToTotals, emptyTotals, type FormatterContext, type Totals } from '../formatters/types.js';
import type { LoadedFormatter } from '../formatters/index.js';
import type { LintResult, Locale } from '../types.js';

export interface Output {
  write(s: string): void;
  close(): void;
}

/**
 * The report file of `-o`, opened before any linting so that a bad path costs nothing: a folder, or a folder that
 * cannot be made, is a one-line error (exit 2). Missing folders are made one at a time from the nearest existing
 * one (a recursive mkdir under /proc loops forever on some Node versions).
 */
export function fileOutput(target: string, shown = target, locale: Locale = 'zh'): Output {
  const fail = (zh: string, en: string): never => {
    throw new ConfigError(`-o ${shown}: ${locale === 'en' ? en : zh}`);
  };
  if (statOrNull(target)?.isDirectory()) fail('这是一个文件夹，请给出报告的文件名', 'this is a folder; give the report a file name');
  const missing: string[] = [];
  let folder = dirname(target);
  while (!existsSync(folder) && dirname(folder) !== folder) {
    missing.unshift(folder);
    folder = dirname(folder);
  }
  if (!statOrNull(folder)?.isDirectory()) fail(`${folder} 不是文件夹`, `${folder} is not a folder`);
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      fail(`无法创建文件夹 ${dir}（${code}）`, `cannot create the folder ${dir} (${code})`);
    }
  }
  let fd = -1;
  try {
    fd = openSync(target, 'w');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    fail(`无法写入（${code}）`, `cannot write the file (${code})`);
  }
  return { write: (s) => void writeSync(fd, s), close: () => closeSync(fd) };
}

function statOrNull(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
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
