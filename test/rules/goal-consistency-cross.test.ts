// goal-consistency across the documents of one set (a plan and its implementation programme), through the real
// CLI: with `documentSets` in the config, with --project, in worker threads and from the cache.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const PROJECT = join(ROOT, 'fixtures/projects/plan-programme');
const goalLines = (stdout: string): string[] => stdout.split('\n').filter((l) => l.endsWith('[goal-consistency]'));

interface JsonMessage {
  ruleId: string;
  line: number;
  message: string;
  related?: { filePath?: string; line: number; message: string }[];
}

describe('goal-consistency across documents', () => {
  it('documentSets: the programme disagrees with its plan on two 2025 targets; a document outside the set is not compared', async () => {
    const r = await runCli(['.', '--format', 'json'], { cwd: PROJECT });
    const results: { filePath: string; messages: JsonMessage[] }[] = JSON.parse(r.stdout);
    const goals = (file: string) => results.find((f) => f.filePath === join(PROJECT, file))!.messages.filter((m) => m.ruleId === 'goal-consistency');
    expect(goals('materials/plan.md')).toEqual([]);
    expect(goals('other/report.txt')).toEqual([]);
    expect(goals('materials/programme.txt').map((m) => [m.line, m.message, m.related])).toEqual([
      [
        4,
        '2025年“新材料产业产值”在plan.md中为“600亿元”，此处为“650亿元”，两份文件不一致',
        [{ ...goals('materials/programme.txt')[0]!.related![0], filePath: join(PROJECT, 'materials/plan.md'), line: 7, message: 'plan.md：600亿元' }],
      ],
      [
        4,
        '2025年“规模以上工业企业研发机构覆盖率”在plan.md中为“65%”，此处为“70%”，两份文件不一致',
        [{ ...goals('materials/programme.txt')[1]!.related![0], filePath: join(PROJECT, 'materials/plan.md'), line: 7, message: 'plan.md：65%' }],
      ],
    ]);
    expect(r.code).toBe(1);
  });

  it('--project compares every linted document, in English too', async () => {
    const r = await runCli(['.', '--project', '--format', 'compact'], { cwd: PROJECT });
    expect(goalLines(r.stdout)).toEqual([
      'materials/programme.txt:4:17: error 2025年“新材料产业产值”在plan.md中为“600亿元”，此处为“650亿元”，两份文件不一致 [goal-consistency]',
      'materials/programme.txt:4:57: error 2025年“规模以上工业企业研发机构覆盖率”在plan.md中为“65%”，此处为“70%”，两份文件不一致 [goal-consistency]',
      'other/report.txt:2:17: error 2025年“新材料产业产值”在plan.md中为“600亿元”，此处为“500亿元”，两份文件不一致 [goal-consistency]',
    ]);
    const en = await runCli(['other/report.txt', 'materials/plan.md', '--project', '--locale', 'en', '--format', 'compact'], { cwd: PROJECT });
    // plan.md is also in the config's set with programme.txt, which is read (not linted) to check it.
    expect(goalLines(en.stdout)).toEqual([
      'materials/plan.md:7:17: error "新材料产业产值" for 2025 is "650亿元" in programme.txt but "600亿元" here [goal-consistency]',
      'materials/plan.md:7:55: error "规模以上工业企业研发机构覆盖率" for 2025 is "70%" in programme.txt but "65%" here [goal-consistency]',
      'other/report.txt:2:17: error "新材料产业产值" for 2025 is "600亿元" in plan.md but "500亿元" here [goal-consistency]',
    ]);
  });

  it('the facts survive worker threads and the cache (超400亿元 is an open interval: JSON has no Infinity)', async () => {
    const one = await runCli(['.', '--project', '--format', 'compact', '--concurrency', '1'], { cwd: PROJECT });
    const pool = await runCli(['.', '--project', '--format', 'compact', '--concurrency', '2'], { cwd: PROJECT });
    expect(pool.stdout).toBe(one.stdout);
    const cache = join(mkdtempSync(join(tmpdir(), 'policylint-goals-')), 'cache');
    const cold = await runCli(['.', '--project', '--format', 'compact', '--cache', '--cache-location', cache], { cwd: PROJECT });
    const warm = await runCli(['.', '--project', '--format', 'compact', '--cache', '--cache-location', cache], { cwd: PROJECT });
    expect(cold.stdout).toBe(one.stdout);
    expect(warm.stdout).toBe(one.stdout);
  });
});
