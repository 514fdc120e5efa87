// Paths: Chinese names and spaces, symlink loops, unreadable entries, patterns that match nothing.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { Linter } from '../../src/engine/linter.js';
import { DUPLICATED_WORD_ONLY, PATHS, tempDir } from './helpers.js';

const compact = ['--no-config', '--rule', 'duplicated-word:error', '--format', 'compact'];
const isRoot = process.getuid?.() === 0;

describe('Chinese file and folder names with spaces', () => {
  const expected = [
    '中文 目录/规划 文件.md:3:5: error “发展”重复 [duplicated-word]',
    '中文 目录/子目录 二/实施 方案.txt:1:5: error “加强”重复 [duplicated-word]',
  ];

  it.each([
    ['a folder', ['.']],
    ['a glob', ['**/*.{md,txt}']],
    ['explicit paths', ['中文 目录/规划 文件.md', '中文 目录/子目录 二/实施 方案.txt']],
    ['a glob with Chinese in it', ['中文 目录/**/*方案*', '中文 目录/规划*']],
  ])('%s', async (_name, patterns) => {
    const r = await runCli([...patterns, ...compact], { cwd: PATHS });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').sort()).toEqual([...expected].sort());
    expect(r.code).toBe(1);
  });
});

describe('symbolic links', () => {
  it('a symlink loop does not make the walk endless; linked files are linted, linked folders not walked', async () => {
    const dir = tempDir({ 'docs/a.txt': '培育发展发展。\n', 'docs/sub/b.txt': '正文。\n' });
    symlinkSync('..', join(dir, 'docs/sub/up')); // docs/sub/up → docs: a loop
    symlinkSync(join(dir, 'docs'), join(dir, 'docs/self'));
    symlinkSync('a.txt', join(dir, 'docs/alias.txt')); // a symlink to a file is linted, not silently dropped
    const started = Date.now();
    const linter = await Linter.create({ config: DUPLICATED_WORD_ONLY, cwd: dir });
    const { files } = await linter.findFiles(['docs']);
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['docs/a.txt', 'docs/alias.txt', 'docs/sub/b.txt']);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a dangling symlink in a folder is reported as unreadable, the rest is linted, exit 2', async () => {
    const dir = tempDir({ 'docs/ok.txt': '培育发展发展。\n' });
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'docs/gone.md'));
    const r = await runCli(['docs', ...compact], { cwd: dir });
    expect(r.stdout).toContain('docs/gone.md:1:1: error 无法读取文件：ENOENT');
    expect(r.stdout).toContain('docs/ok.txt:1:3: error “发展”重复 [duplicated-word]');
    expect(r.code).toBe(2);
  });
});

describe('entries that cannot be read', () => {
  it.skipIf(process.platform === 'win32')('a FIFO named like a document is neither read (it would block) nor walked into', async () => {
    const dir = tempDir({ 'docs/ok.txt': '正文。\n' });
    execFileSync('mkfifo', [join(dir, 'docs/pipe.txt')]);
    const linter = await Linter.create({ config: DUPLICATED_WORD_ONLY, cwd: dir });
    expect((await linter.findFiles(['docs'])).files.map((f) => f.slice(dir.length + 1))).toEqual(['docs/ok.txt']);
    const direct = await linter.lintFile(join(dir, 'docs/pipe.txt'));
    expect(direct.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 2, message: '无法读取文件：not a regular file: a FIFO (named pipe)' })]);
  });

  it('a folder named like a document, named on the command line, is walked like any folder', async () => {
    const dir = tempDir({ 'notes.md/inner.txt': '正文。\n' });
    const r = await runCli(['notes.md', ...compact], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it.skipIf(isRoot)('a file without read permission: a message for it, the others linted, exit 2 (skipped when running as root: root reads everything)', async () => {
    const dir = tempDir({ 'docs/secret.txt': '正文。\n', 'docs/ok.txt': '培育发展发展。\n' });
    chmodSync(join(dir, 'docs/secret.txt'), 0o000);
    const r = await runCli(['docs', ...compact], { cwd: dir });
    expect(r.stdout).toContain('docs/secret.txt:1:1: error 无法读取文件：EACCES');
    expect(r.stdout).toContain('docs/ok.txt:1:3');
    expect(r.code).toBe(2);
  });
});

describe('patterns that match nothing', () => {
  it('an empty folder, a glob and a missing file: one clear message each, exit 2; 0 with --no-error-on-unmatched-pattern', async () => {
    const dir = tempDir({ 'docs/ok.txt': '正文。\n' });
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'docs/readme.rst'), '正文\n');
    const patterns = ['empty', '草稿/**/*.md', 'missing.md', 'docs'];
    const r = await runCli([...patterns, ...compact], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No files matching the pattern "empty" were found');
    expect(r.stderr).toContain('No files matching the pattern "草稿/**/*.md" were found');
    expect(r.stderr).toContain('No files matching the pattern "missing.md" were found');
    const lenient = await runCli([...patterns, ...compact, '--no-error-on-unmatched-pattern'], { cwd: dir });
    expect(lenient).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});
