// Exit codes and flags through the real CLI process.
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, writeFileSync, readFileSync, cpSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli } from '../helpers/cli.js';

const BASIC = join(ROOT, 'fixtures/projects/basic');

function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('exit codes', () => {
  it('0 for a clean file', async () => {
    const r = await runCli(['docs/clean.txt'], { cwd: BASIC });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('1 for lint errors, with the stylish report', async () => {
    const r = await runCli(['docs/plan.md'], { cwd: BASIC });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('占位符“XX”未填写');
    expect(r.stdout).toContain('✖ 共 2 个问题（1 个错误，1 个警告）');
  });

  it('0 when there are only warnings, 1 above --max-warnings', async () => {
    const args = ['docs/plan.md', '--rule', 'example/no-placeholder:off'];
    expect((await runCli(args, { cwd: BASIC })).code).toBe(0);
    const r = await runCli([...args, '--max-warnings', '0'], { cwd: BASIC });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('警告过多（上限 0 个）');
  });

  it('--quiet reports errors only', async () => {
    const r = await runCli(['docs/plan.md', '--quiet', '--format', 'compact'], { cwd: BASIC });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual(['docs/plan.md:3:2: error 占位符“XX”未填写 [example/no-placeholder]']);
  });

  it('--no-exit-code exits 0 with findings', async () => {
    const r = await runCli(['docs/plan.md', '--no-exit-code'], { cwd: BASIC });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('占位符');
  });

  it('2 for a pattern that matches nothing, unless told otherwise', async () => {
    const r = await runCli(['nowhere/*.md'], { cwd: BASIC });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No files matching the pattern "nowhere/*.md" were found');
    expect((await runCli(['nowhere/*.md', '--no-error-on-unmatched-pattern'], { cwd: BASIC })).code).toBe(0);
  });

  it('2 for an unknown option and an unknown format', async () => {
    const a = await runCli(['--frobnicate']);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe(`policylint: 未知选项 '--frobnicate'。运行 "policylint --help" 查看选项。\n`);
    const en = await runCli(['--frobnicate', '--locale', 'en']);
    expect(en.stderr).toContain("Unknown option '--frobnicate'");
    const b = await runCli(['--format', 'xml', 'seeds']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('未知格式 "xml"');
    expect((await runCli(['--format', 'xml', '--locale', 'en', 'seeds'])).stderr).toContain('unknown format "xml"');
  });

  it('a named file that an ignore pattern excludes gets a warning, not a lint', async () => {
    // The repository's own config ignores fixtures/**.
    const r = await runCli(['fixtures/projects/basic/docs/plan.md', '--format', 'compact']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'fixtures/projects/basic/docs/plan.md:1:1: warning 文件被忽略规则（ignores 或 .policylintignore）排除，未检查 [fatal]\n',
    );
  });

  it('a reader that closes the pipe early (| head) gets no EPIPE crash', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync('bash', ['-c', `node "${CLI}" seeds --format compact | head -1`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
  });

  it('overrides turn a rule off for matching files', async () => {
    const r = await runCli(['drafts/draft.txt'], { cwd: BASIC });
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it('--locale en switches messages to English', async () => {
    const r = await runCli(['docs/plan.md', '--locale', 'en', '--format', 'compact'], { cwd: BASIC });
    expect(r.stdout).toContain('placeholder "XX" not filled in');
    expect(r.stdout).toContain('sentence is 56 characters, more than 30');
  });

  it('--stdin lints standard input as --stdin-filename', async () => {
    const r = await runCli(['--stdin', '--stdin-filename', 'docs/x.md', '--format', 'compact'], { cwd: BASIC, stdin: '待定\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('docs/x.md:1:1: error 占位符“待定”未填写 [example/no-placeholder]\n');
  });

  it('--output-file writes the report instead of printing it', async () => {
    const dir = tempProject({});
    const out = join(dir, 'reports/result.json');
    const r = await runCli(['docs/plan.md', '--format', 'json', '--output-file', out], { cwd: BASIC });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].messages).toHaveLength(2);
  });

  it('--output-file to a pipe or device writes into it and leaves it what it was (no file renamed over it)', async () => {
    const dir = tempProject({});
    const fifo = join(dir, 'report.pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((done, failed) => {
      let text = '';
      createReadStream(fifo, 'utf8').on('data', (c) => (text += c)).on('end', () => done(text)).on('error', failed);
    });
    const r = await runCli(['docs/plan.md', '--format', 'json', '--output-file', fifo], { cwd: BASIC });
    expect(r.code).toBe(1);
    expect(JSON.parse(await reader)[0].messages).toHaveLength(2);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('--print-config shows the configuration of one file, overrides applied', async () => {
    const r = await runCli(['--print-config', 'drafts/draft.txt'], { cwd: BASIC });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.rules).toEqual({ 'example/max-sentence-length': ['warn', { max: 30 }] });
  });

  it('--list-rules lists every rule with severity, fixability and description', async () => {
    const r = await runCli(['--list-rules'], { cwd: BASIC });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^example\/no-placeholder\s+error\s+不得留有占位符/m);
    expect(r.stdout).toMatch(/^duplicated-word\s+off\s+fixable\s+/m);
  });

  it('a crashing rule is a tool failure (exit 2, a summary, the stack with --debug); the other rules go on', async () => {
    const dir = tempProject({
      '.policylintrc.json': JSON.stringify({
        plugins: [join(ROOT, 'fixtures/plugins/broken/crashing-rule.js'), join(ROOT, 'fixtures/plugins/example/index.js')],
        rules: { 'crashing/boom': 'error', 'example/no-placeholder': 'error' },
      }),
      'a.txt': '待定\n',
      'b.txt': '正文\n',
    });
    const r = await runCli(['.', '--format', 'compact'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toEqual([
      'a.txt:1:1: error 规则 crashing/boom 运行出错：lexicon index out of range [crashing/boom]',
      'a.txt:1:1: error 占位符“待定”未填写 [example/no-placeholder]',
      'b.txt:1:1: error 规则 crashing/boom 运行出错：lexicon index out of range [crashing/boom]',
    ]);
    expect(r.stderr).toBe('policylint：规则运行出错 2 次（crashing/boom），结果不完整，退出码 2\n  加 --debug 查看出错位置（堆栈）\n');
    const debug = await runCli(['a.txt', '--debug', '--format', 'json'], { cwd: dir });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/a\.txt: 规则 crashing\/boom 运行出错：lexicon index out of range\nError: lexicon index out of range\n\s+at /);
    // The stack is for the person debugging, not part of the report.
    expect(debug.stdout).not.toContain('stack');
    const sarif = JSON.parse((await runCli(['.', '--format', 'sarif'], { cwd: dir })).stdout);
    const run = sarif.runs[0];
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications).toHaveLength(2);
    expect(run.invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      message: { text: '规则 crashing/boom 运行出错：lexicon index out of range' },
      associatedRule: { id: 'crashing/boom' },
    });
    expect(run.results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['example/no-placeholder']);
  });

  it('--fix writes the fixed file; --fix-dry-run prints a diff and writes nothing', async () => {
    const dir = tempProject({ 'a.txt': '　　培育发展发展核能。\n' });
    cpSync(join(ROOT, '.policylintrc.json'), join(dir, '.policylintrc.json'));
    const dry = await runCli(['a.txt', '--fix-dry-run', '--rule', 'duplicated-word:error'], { cwd: dir });
    expect(dry.stdout).toContain('-　　培育发展发展核能。');
    expect(dry.stdout).toContain('+　　培育发展核能。');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('　　培育发展发展核能。\n');
    const fixed = await runCli(['a.txt', '--fix'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('　　培育发展核能。\n');
  });

  it('an unreadable file is reported, the others are linted, and the exit code is 2', async () => {
    // Tests may run as root, who reads anything: a named dangling symlink is the unreadable file here.
    const dir = tempProject({ 'ok.txt': '待定\n' });
    const { symlinkSync } = await import('node:fs');
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'gone.txt'));
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ plugins: [join(ROOT, 'fixtures/plugins/example/index.js')], extends: 'example:recommended' }));
    const r = await runCli(['gone.txt', 'ok.txt', '--format', 'compact'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('ok.txt:1:1: error 占位符“待定”未填写');
    expect(r.stdout).toContain('gone.txt:1:1: error 无法读取文件：ENOENT [fatal]');
  });
});
