// TIMING=1, as in ESLint: after the report, where the run spent its time (the parse and each rule, summed over
// all files and threads), on stderr. TIMING=all lists every rule, TIMING=N the N slowest (at least 10).
import type { LintResult } from '../types.js';

export class TimingTable {
  private readonly totals = new Map<string, number>();

  constructor(private readonly limit: number) {}

  /** The number of rows TIMING asks for, or undefined when it is not set. */
  static limitOf(value: string | undefined): number | undefined {
    if (!value) return undefined;
    if (value === 'all') return Infinity;
    return Math.max(10, Number.parseInt(value, 10) || 0);
  }

  add(result: LintResult): void {
    for (const [id, ms] of Object.entries(result.stats?.times ?? {})) this.totals.set(id, (this.totals.get(id) ?? 0) + ms);
  }

  render(): string {
    const rows = [...this.totals].sort((a, b) => b[1] - a[1]).slice(0, this.limit);
    const total = [...this.totals.values()].reduce((a, b) => a + b, 0) || 1;
    const cells = rows.map(([id, ms]) => [id, ms.toFixed(3), `${((ms * 100) / total).toFixed(1)}%`]);
    const header = ['Rule', 'Time (ms)', 'Relative'];
    const width = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
    const line = (c: string[]) => `${c[0]!.padEnd(width[0]!)} | ${c[1]!.padStart(width[1]!)} | ${c[2]!.padStart(width[2]!)}`;
    const rule = `:${'-'.repeat(width[0]!)}|${'-'.repeat(width[1]! + 1)}:|${'-'.repeat(width[2]!)}:`;
    return [line(header), rule, ...cells.map(line)].join('\n') + '\n';
  }
}
