// --fix through the real CLI: multi-pass convergence and its limit, Markdown markup untouched, BOM and line ends
// kept, and a file that changed on disk while it was linted left alone (CLI and writeFixedFile itself).
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangedOnDiskError, writeFixedFile } from '../../src/fix/write-fixed.js';
import { ROOT, runCli } from '../helpers/cli.js';

const PROBES = join(ROOT, 'fixtures/editor/plugins/fix-probes.js');

function project(files: Record<string, string | Buffer>, config?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-fix-'));
  if (config) writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify(config));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const RECOMMENDED = { extends: 'policylint:recommended' };

describe('--fix', () => {
  it('re-lints and fixes again until nothing is left (ESLint model)', async () => {
    // Pass 1 removes the zero-width space, which only then makes 发展发展 a doubled word for pass 2;
    // 发展发展发展 needs two passes of duplicated-word on its own.
    const dir = project({ 'a.txt': '培育发展\u200b发展核能。\n推动发展发展发展。\n' }, RECOMMENDED);
    const r = await runCli(['a.txt', '--fix', '--format', 'compact'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('培育发展核能。\n推动发展。\n');
  });

  it('stops after 10 passes and reports what is left', async () => {
    const dir = project({ 'a.txt': '一步。\n' }, { plugins: [PROBES], rules: { 'fix-probes/one-step-per-pass': 'error' } });
    const r = await runCli(['a.txt', '--fix', '--format', 'compact'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(`一${'步'.repeat(11)}。\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('a.txt:1:2: error 发现“步” [fix-probes/one-step-per-pass]\n');
  });

  it('never edits Markdown markup, link targets, URLs, code or front matter', async () => {
    const source = [
      '---',
      'title: 发展\u200b规划发展发展',
      '---',
      '',
      '# 规划',
      '',
      '培育发展发展核能，见[链接](https://example.com/a\u200bb/发展发展)和 <https://example.org/x\u200by>。',
      '',
      '**发展**发展与`发展\u200b发展`以及<span title="发展\u200b">改革</span>。',
      '',
      '```',
      '代码\u200b发展发展',
      '```',
      '',
      '零宽\u200b空格在正文。',
      '',
    ].join('\n');
    const dir = project({ 'doc.md': source }, RECOMMENDED);
    const r = await runCli(['doc.md', '--fix', '--format', 'compact'], { cwd: dir });
    expect(r.stderr).toBe('');
    // Only the two prose edits: the doubled word and the zero-width space in the last paragraph.
    const expected = source.replace('培育发展发展核能', '培育发展核能').replace('零宽\u200b空格', '零宽空格');
    expect(readFileSync(join(dir, 'doc.md'), 'utf8')).toBe(expected);
    // What could not be fixed is still reported.
    expect(r.stdout).toContain('doc.md:2:10: error');
    expect(r.stdout).toContain('[injected-content]');
  });

  it('keeps a UTF-8 BOM and CRLF line ends', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const dir = project({ 'a.txt': Buffer.concat([bom, Buffer.from('培育发展发展核能。\r\n第二段。\r\n')]) }, RECOMMENDED);
    const r = await runCli(['a.txt', '--fix'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'))).toEqual(Buffer.concat([bom, Buffer.from('培育发展核能。\r\n第二段。\r\n')]));
  });

  it('keeps UTF-16LE with its BOM and mixed line ends', async () => {
    const text = '第一段。\r\n培育发展发展核能。\n第三段。\r';
    const dir = project({ 'a.txt': Buffer.from(`\ufeff${text}`, 'utf16le') }, RECOMMENDED);
    const r = await runCli(['a.txt', '--fix'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'))).toEqual(Buffer.from(`\ufeff${text.replace('发展发展', '发展')}`, 'utf16le'));
  });

  it('does not write a file that changed on disk while it was linted', async () => {
    const dir = project({ 'a.txt': '旧的正文。\n' }, { plugins: [PROBES], rules: { 'fix-probes/changes-file-while-linted': 'error' } });
    const r = await runCli(['a.txt', '--fix', '--format', 'compact'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a.txt');
    expect(r.stderr).toContain('changed on disk while it was linted; not written');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('旧的正文。\n编辑器保存的新段落。\n');
    expect(readdirSync(dir).sort()).toEqual(['.policylintrc.json', 'a.txt']);
  });
});

describe('writeFixedFile', () => {
  it('replaces the file atomically, keeping its mode and leaving no temp file', async () => {
    const dir = project({ 'a.txt': 'before\n' });
    const file = join(dir, 'a.txt');
    chmodSync(file, 0o640);
    await writeFixedFile(file, readFileSync(file), Buffer.from('after\n'));
    expect(readFileSync(file, 'utf8')).toBe('after\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('refuses when the bytes on disk are not the ones that were linted', async () => {
    const dir = project({ 'a.txt': 'before\n' });
    const file = join(dir, 'a.txt');
    const read = readFileSync(file);
    writeFileSync(file, 'saved by someone else\n');
    await expect(writeFixedFile(file, read, Buffer.from('after\n'))).rejects.toBeInstanceOf(ChangedOnDiskError);
    expect(readFileSync(file, 'utf8')).toBe('saved by someone else\n');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});
