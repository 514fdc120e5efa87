// The shipped .vscode/tasks.json: its problem matcher must read every line the real CLI prints with --format compact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

interface Task {
  label: string;
  command: string;
  args: string[];
  problemMatcher: {
    owner: string;
    fileLocation: unknown;
    pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number };
  };
}

const tasks: Task[] = parse(readFileSync(join(ROOT, '.vscode/tasks.json'), 'utf8')).tasks;
const task = (label: string) => tasks.find((t) => t.label === label)!;

/** The task's command line without the `npx --no-install policylint` launcher, with VS Code variables filled in. */
function cliArgs(t: Task, file: string): string[] {
  expect(t.command).toBe('npx');
  expect(t.args.slice(0, 2)).toEqual(['--no-install', 'policylint']);
  return t.args.slice(2).map((a) => a.replace('${file}', file));
}

async function expectMatcherReadsEveryFinding(t: Task, args: string[]) {
  const { pattern } = t.problemMatcher;
  const regexp = new RegExp(pattern.regexp);
  const compact = await runCli(args);
  const json = await runCli([...args.filter((a) => a !== 'compact' && a !== '--format'), '--format', 'json']);
  const expected = (JSON.parse(json.stdout) as { filePath: string; messages: { line: number; column: number; severity: number; message: string; ruleId: string }[] }[])
    .flatMap((r) => r.messages.map((m) => ({ ...m, filePath: r.filePath })));
  const lines = compact.stdout.trimEnd().split('\n');
  expect(lines.length).toBeGreaterThan(0);
  expect(lines).toHaveLength(expected.length);
  lines.forEach((line, i) => {
    const match = regexp.exec(line);
    expect(match, `problem matcher misses: ${line}`).not.toBeNull();
    const m = expected[i]!;
    expect(join(ROOT, match![pattern.file]!)).toBe(m.filePath);
    expect(Number(match![pattern.line])).toBe(m.line);
    expect(Number(match![pattern.column])).toBe(m.column);
    expect(match![pattern.severity]).toBe(m.severity === 2 ? 'error' : 'warning');
    expect(match![pattern.message]).toBe(m.message);
    expect(match![pattern.code]).toBe(m.ruleId);
  });
}

describe('.vscode/tasks.json', () => {
  it('has a "policylint" task whose matcher reads every compact line on the seeds', async () => {
    const t = task('policylint');
    expect(t.problemMatcher.owner).toBe('policylint');
    // The task lints what the config's "files" names; in this repo that is seeds/.
    await expectMatcherReadsEveryFinding(t, cliArgs(t, ''));
  });

  it('has a "policylint: current file" task that lints the active file', async () => {
    const t = task('policylint: current file');
    await expectMatcherReadsEveryFinding(t, cliArgs(t, join(ROOT, 'seeds/000_515e1a66cf77eeef.txt')));
  });

  it('both tasks share one problem matcher', () => {
    expect(task('policylint').problemMatcher).toEqual(task('policylint: current file').problemMatcher);
  });
});
