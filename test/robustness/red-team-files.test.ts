// Attacks on the files policylint reads and writes (issue 19): the report overwriting a document, --fix through
// links, on read-only files and files of another owner, plugin fix ranges, /proc and FIFOs, a bad cache.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBounded } from './bounded-cli.js';
import { writeEvilPlugin } from './evil-plugin.js';
import { tempDir } from './helpers.js';

const DOC = '推进发展发展。\n';
const FIXED = '推进发展。\n';
const fixArgs = ['--no-config', '--rule', 'duplicated-word:error'];
const isRoot = process.getuid?.() === 0;

describe('-o naming a linted file', () => {
  it.each([
    ['by name', (dir: string) => join(dir, 'a.txt')],
    ['through a link', (dir: string) => { symlinkSync(join(dir, 'a.txt'), join(dir, 'report.txt')); return join(dir, 'report.txt'); }],
  ])('%s: refused with exit 2, the document left as it was', async (_how, output) => {
    const dir = tempDir({ 'a.txt': DOC });
    const target = output(dir);
    const r = await runBounded(['.', ...fixArgs, '-o', target], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output-file');
    expect(r.stderr).toContain('it is one of the files being linted');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(DOC);
  });

  it('the report file is replaced only when the report is complete (its old content stays until then)', async () => {
    const dir = tempDir({ 'docs/a.txt': DOC, 'report.json': 'old report' });
    const r = await runBounded(['docs', ...fixArgs, '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))[0].errorCount).toBe(1);
    expect(readFileSync(join(dir, 'docs/a.txt'), 'utf8')).toBe(DOC);
  });
});

describe('--fix and links, permissions, owners', () => {
  it('a linked file: the target is fixed, the link stays a link (named or found in a folder)', async () => {
    const dir = tempDir({ 'real/a.txt': DOC, 'real/b.txt': DOC });
    mkdirSync(join(dir, 'docs'));
    symlinkSync('../real/a.txt', join(dir, 'docs/a.txt'));
    symlinkSync(join(dir, 'real/b.txt'), join(dir, 'real/link-b.txt'));
    const named = await runBounded(['docs/a.txt', '--fix', ...fixArgs], { cwd: dir });
    expect(named).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(join(dir, 'docs/a.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'docs/a.txt'))).toBe('../real/a.txt');
    expect(readFileSync(join(dir, 'real/a.txt'), 'utf8')).toBe(FIXED);
    const walked = await runBounded(['real', '--fix', ...fixArgs], { cwd: dir });
    expect(walked).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(join(dir, 'real/link-b.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real/b.txt'), 'utf8')).toBe(FIXED);
  });

  it('a read-only file is skipped with a warning (also for root, who could write it); its mode is kept', async () => {
    const dir = tempDir({ 'ro.txt': DOC, 'rw.txt': DOC });
    chmodSync(join(dir, 'ro.txt'), 0o444);
    chmodSync(join(dir, 'rw.txt'), 0o640);
    const r = await runBounded(['.', '--fix', ...fixArgs, '--format', 'compact'], { cwd: dir });
    expect(r.code).toBe(1); // the unfixed error remains
    expect(r.stdout).toContain('ro.txt:1:1: warning 文件为只读，未写入修复');
    expect(readFileSync(join(dir, 'ro.txt'), 'utf8')).toBe(DOC);
    expect(statSync(join(dir, 'ro.txt')).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(dir, 'rw.txt'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'rw.txt')).mode & 0o777).toBe(0o640);
  });

  it.skipIf(!isRoot)('a file of another owner, fixed by root, keeps its owner and group', async () => {
    const dir = tempDir({ 'theirs.txt': DOC });
    chownSync(join(dir, 'theirs.txt'), 1234, 5678);
    const r = await runBounded(['theirs.txt', '--fix', ...fixArgs], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 'theirs.txt'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'theirs.txt'))).toMatchObject({ uid: 1234, gid: 5678 });
  });
});

describe('plugin fix ranges', () => {
  it.each([
    ['[NaN, NaN]', 'NaN, NaN'],
    ['[-5, 1e9]', '-5, 1e9'],
    ['[1.5, 2]', '1.5, 2'],
    ['[3, 1]', '3, 1'],
  ])('%s is dropped with a warning; the file is not changed', async (_name, range) => {
    const dir = tempDir({ 'a.txt': DOC });
    writeEvilPlugin(dir, `context.report({ messageId: 'm', range: [0, 1], fix: { range: [${range}], text: '插入' } });`, { fixable: true });
    const r = await runBounded(['a.txt', '--fix', '--format', 'compact'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('a.txt:1:1: warning 规则 evil/x 提出的 1 处修复范围无效（不是文本内的一对整数），已忽略 [evil/x]');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(DOC);
  });

  it('a valid range is still applied', async () => {
    const dir = tempDir({ 'a.txt': DOC });
    writeEvilPlugin(dir, `if (context.document.text.startsWith('推进')) context.report({ messageId: 'm', range: [0, 1], fix: { range: [0, 2], text: '' } });`, { fixable: true });
    const r = await runBounded(['a.txt', '--fix', '--format', 'compact'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(DOC.slice(2));
  });
});

describe('entries that are not plain files', () => {
  it('a link to /proc (size 0 on stat) in a searched folder is not followed; named, it is read with a limit', async () => {
    const dir = tempDir({ 'docs/ok.txt': DOC });
    symlinkSync('/proc/self/environ', join(dir, 'docs/env.txt'));
    symlinkSync('/proc/self/maps', join(dir, 'docs/maps.txt'));
    const walked = await runBounded(['docs', ...fixArgs, '--format', 'compact'], { cwd: dir, heapMb: 128 });
    expect(walked.stdout).not.toContain('env.txt');
    expect(walked.stdout).not.toContain('maps.txt');
    expect(walked.stdout).toContain('docs/ok.txt:1:3');
    const followed = await runBounded(['docs', '--follow-symlinks', ...fixArgs, '--format', 'compact'], { cwd: dir, heapMb: 128 });
    expect(followed.stdout).toContain('docs/ok.txt:1:3');
    expect(followed.killed).toBe(false);
    // A small maxFileSize: a file whose stat says 0 bytes is still cut off at the limit.
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ rules: { 'duplicated-word': 'error' }, settings: { maxFileSize: 100 } }));
    const limited = await runBounded(['docs/maps.txt', '--format', 'compact'], { cwd: dir, heapMb: 128 });
    expect(limited.stdout).toContain('docs/maps.txt:1:1: error 文件大小 > 100 字节，超过 maxFileSize（100 字节），未检查');
    expect(limited.code).toBe(2);
  });

  it.skipIf(process.platform === 'win32')('a FIFO or a device named on the command line: a message naming the file and what it is', async () => {
    const dir = tempDir({ 'ok.txt': DOC });
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const r = await runBounded(['pipe.txt', '/dev/null', 'ok.txt', ...fixArgs, '--format', 'compact'], { cwd: dir, timeoutMs: 60_000 });
    expect(r.killed).toBe(false);
    expect(r.stderr).not.toContain('No files matching');
    expect(r.stdout).toContain('pipe.txt:1:1: error 无法读取文件：not a regular file: a FIFO (named pipe)');
    expect(r.stdout).toContain('/dev/null:1:1: error 无法读取文件：not a regular file: a device');
    expect(r.stdout).toContain('ok.txt:1:3');
    expect(r.code).toBe(2);
  });
});

describe('a bad cache', () => {
  it('a cache location that is a linted file is refused (exit 2); one that is another file is left alone', async () => {
    const dir = tempDir({ 'docs/a.txt': DOC, 'notes.txt': 'my notes\n' });
    const refused = await runBounded(['docs', ...fixArgs, '--cache', '--cache-location', 'docs/a.txt'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--cache-location docs/a.txt: it is one of the files being linted');
    expect(readFileSync(join(dir, 'docs/a.txt'), 'utf8')).toBe(DOC);
    const other = await runBounded(['docs', ...fixArgs, '--cache', '--cache-location', 'notes.txt'], { cwd: dir });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('notes.txt: not a policylint cache; it is left alone and results are not cached');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('my notes\n');
  });

  it.each([
    ['entries: null', (dir: string) => { writeFileSync(join(dir, 'c.json'), JSON.stringify({ format: 1, version: JSON.parse(readFileSync('package.json', 'utf8')).version, entries: null })); return 'c.json'; }],
    ['a folder', (dir: string) => { mkdirSync(join(dir, 'cachedir')); return 'cachedir'; }],
    ['under a missing folder', () => 'missing/dir/cache.json'],
  ])('%s: a warning, the report written whole, exit as without a cache', async (_name, make) => {
    const dir = tempDir({ 'docs/a.txt': DOC });
    const location = make(dir);
    const r = await runBounded(['docs', ...fixArgs, '--cache', '--cache-location', location, '-f', 'sarif', '-o', 'out.sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/policylint: .*cache/);
    expect(r.stderr).not.toContain('crashed');
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
