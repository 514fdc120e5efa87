// `policylint merge-sarif a.sarif b.sarif … [-o out.sarif]`: joins the SARIF logs of sharded runs into one run.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/errors.js';

interface SarifRule {
  id: string;
}
interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
}
interface SarifRun {
  tool: { driver: { rules?: SarifRule[] } & Record<string, unknown> };
  results?: SarifResult[];
  invocations?: { executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }[];
  originalUriBaseIds?: Record<string, unknown>;
}
interface SarifLog {
  version: string;
  $schema?: string;
  runs: SarifRun[];
}

export function mergeSarif(paths: string[]): SarifLog {
  if (paths.length === 0) throw new ConfigError('merge-sarif: expected one or more SARIF files');
  const logs = paths.map((p) => {
    try {
      const log = JSON.parse(readFileSync(p, 'utf8')) as SarifLog;
      if (log.version !== '2.1.0' || !Array.isArray(log.runs)) throw new Error('not a SARIF 2.1.0 log');
      return log;
    } catch (error) {
      throw new ConfigError(`merge-sarif: ${p}: ${(error as Error).message}`);
    }
  });
  const runs = logs.flatMap((l) => l.runs);
  const rules = new Map<string, SarifRule>();
  for (const run of runs) for (const r of run.tool.driver.rules ?? []) if (!rules.has(r.id)) rules.set(r.id, r);
  const ruleList = [...rules.values()].sort((a, b) => a.id.localeCompare(b.id));
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const results = runs.flatMap((run) =>
    (run.results ?? []).map((r) => (r.ruleId !== undefined ? { ...r, ruleIndex: index.get(r.ruleId) } : r)),
  );
  const invocations = runs.flatMap((run) => run.invocations ?? []);
  const first = runs[0]!;
  return {
    $schema: logs[0]!.$schema,
    version: '2.1.0',
    runs: [
      {
        ...first,
        tool: { driver: { ...first.tool.driver, rules: ruleList } },
        invocations: [
          {
            executionSuccessful: invocations.every((i) => i.executionSuccessful),
            toolExecutionNotifications: invocations.flatMap((i) => i.toolExecutionNotifications ?? []),
          },
        ],
        results,
      },
    ],
  };
}
