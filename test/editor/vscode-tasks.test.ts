// The shipped .vscode/tasks.json: its problem matcher must read every line the real CLI prints with --format compact.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  // ''.split('\n') is [''], not []: drop empty lines so that an empty report fails here.
  const lines = compact.stdout.split('\n').filter(Boolean);
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
    // The message, then for a long line or a Word paragraph the quoted context: （…培育【发展发展】核能…）.
    const [message, quote] = [match![pattern.message]!.slice(0, m.message.length), match![pattern.message]!.slice(m.message.length)];
    expect(message).toBe(m.message);
    if (quote) expect(quote).toMatch(/^（(第 \d+ 段：)?.*【.*】.*）$/);
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
  it('the "current file" task reads the findings of a .docx and an .html file, as the folder search lints them', async () => {
    const { writePlan } = await import('../formats/word-fixture.js');
    const dir = mkdtempSync(join(tmpdir(), 'policylint-tasks-'));
    await writePlan(join(dir, 'plan.docx'));
    writeFileSync(join(dir, 'notice.html'), '<html><body><p>推动改革改革。</p></body></html>\n');
    const t = task('policylint: current file');
    const regexp = new RegExp(t.problemMatcher.pattern.regexp);
    for (const [file, expected] of [['plan.docx', /^plan\.docx:8:3: error “发展”重复（第 8 段：培育【发展发展】先进制造业集群。） \[duplicated-word\]$/], ['notice.html', /^notice\.html:1:\d+: error “改革”重复 \[duplicated-word\]$/]] as const) {
      const r = await runCli([...cliArgs(t, join(dir, file)), '--no-config'], { cwd: dir });
      const lines = r.stdout.split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(regexp.exec(line), `problem matcher misses: ${line}`).not.toBeNull();
      expect(lines.some((l) => expected.test(l)), r.stdout).toBe(true);
    }
  });
});
