// Size limits, very long lines, the per-rule time budget and --fix writing back in the file's own encoding,
// through real files (generated at test time in a temp folder) and the real CLI.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/document/document.js';
import { lintDocument } from '../../src/engine/lint-document.js';
import type { Rule } from '../../src/types.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { BUILTIN_RULES } from './hostile-text.js';
import { ENCODINGS, lintOne, tempDir } from './helpers.js';

const seedsOnOneLine = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'))
  .join('')
  .replace(/\s*\n\s*/g, '');

describe('a 5 MB file on one line', () => {
  const rules = Object.fromEntries(BUILTIN_RULES.map(([id]) => [id, 'error' as const]));

  it('is linted by every built-in rule in bounded time, every position inside the text', async () => {
    const bytes = Buffer.from(seedsOnOneLine, 'utf8');
    const copies = Math.ceil((5 * 2 ** 20) / bytes.length);
    const dir = tempDir({ 'one-line.txt': Buffer.concat(Array.from({ length: copies }, () => bytes)) });
    const started = performance.now();
    // The bound here is the whole file's (60 s below); the per-rule soft budget has its own tests. With the
    // default 10 s budget, duplicated-word (about 4 s on this file alone) was stopped on a loaded CI machine.
    const r = await lintOne(join(dir, 'one-line.txt'), { rules, settings: { ruleTimeBudget: 60_000 } });
    const seconds = (performance.now() - started) / 1000;
    const length = r.file!.decoded.text.length;
    expect(r.messages.filter((m) => m.ruleId === null || m.fatal).map((m) => m.message)).toEqual([]);
    expect(r.messages.length).toBeGreaterThan(0);
    for (const m of r.messages) {
      expect(m.line).toBe(1);
      expect(m.offset >= 0 && m.offset <= m.endOffset && m.endOffset <= length).toBe(true);
      expect(m.column).toBe(m.offset + 1);
    }
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});

describe('maxFileSize', () => {
  it('a file above it is refused with a clear message (exit 2); the others are linted', async () => {
    const dir = tempDir({
      'big.txt': '正文。'.repeat(1000),
      'small.txt': '培育发展发展。\n',
      '.policylintrc.json': JSON.stringify({ rules: { 'duplicated-word': 'error' }, settings: { maxFileSize: 2000 } }),
    });
    const r = await runCli(['.', '--format', 'compact'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('big.txt:1:1: error 文件大小 9000 字节，超过 maxFileSize（2000 字节），未检查');
    expect(r.stdout).toContain('small.txt:1:3: error “发展”重复 [duplicated-word]');
  });
});

describe('settings.ruleTimeBudget', () => {
  const slow: Rule = {
    meta: { id: 'slow', description: { zh: '慢', en: 'slow' }, severity: 'error', schema: {}, messages: { m: { zh: '慢', en: 'slow' } } },
    create(context) {
      const until = performance.now() + 60;
      while (performance.now() < until); // a rule that takes 60 ms on any file
      context.report({ messageId: 'm', range: [0, 1] });
    },
  };
  const run = (budget?: number) =>
    lintDocument(new PolicyDocument('正文。\n', 'a.txt'), {
      rules: [{ id: 'slow', rule: slow, severity: 2, options: {} }],
      settings: budget === undefined ? {} : { ruleTimeBudget: budget },
      locale: 'zh',
    });

  it('a rule above the budget gets an error finding for that file; its findings are kept', () => {
    const messages = run(20);
    expect(messages.map((m) => m.message)).toEqual(['慢', '规则 slow 超出时间预算（20 毫秒），已中止']);
    expect(messages[1]).toMatchObject({ ruleId: 'slow', severity: 2, fatal: true });
  });

  it('within the default budget (10 s) nothing is added', () => {
    expect(run().map((m) => m.message)).toEqual(['慢']);
  });

  it('is validated by the config schema', async () => {
    const dir = tempDir({ '.policylintrc.json': JSON.stringify({ settings: { ruleTimeBudget: 'soon' } }), 'a.txt': '正文\n' });
    const r = await runCli(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/settings/ruleTimeBudget');
  });
});

describe('--fix writes back in the file’s own encoding, BOM and line endings kept', () => {
  const fixed = readFileSync(join(ENCODINGS, 'sample.utf8.txt'), 'utf8').replace('发展发展', '发展').replace('加强加强', '加强');
  const cases: [file: string, expected: (text: string) => Buffer][] = [
    ['sample.utf8-bom.txt', (t) => Buffer.from('\uFEFF' + t, 'utf8')],
    ['sample.utf16le-bom.txt', (t) => Buffer.from('\uFEFF' + t, 'utf16le')],
    ['sample.utf16be-bom.txt', (t) => Buffer.from('\uFEFF' + t, 'utf16le').swap16()],
    ['sample.gb18030.txt', (t) => iconv.encode(t, 'gb18030')],
    ['sample.crlf.txt', (t) => Buffer.from(t.replace(/\n/g, '\r\n'), 'utf8')],
    ['sample.mixed-eol.txt', (t) => {
      const l = t.split('\n');
      return Buffer.from(`${l[0]}\r\n${l[1]}\r${l[2]}\n${l[3]}\r\n`, 'utf8');
    }],
  ];

  it.each(cases)('%s', async (file, expected) => {
    const dir = tempDir();
    copyFileSync(join(ENCODINGS, file), join(dir, file));
    const r = await runCli([file, '--fix', '--no-config', '--rule', 'duplicated-word:error'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, file)).equals(expected(fixed))).toBe(true);
  });

  it('a file with invalid bytes is not written (its bytes would be lost); the message names the file, exit 2', async () => {
    const dir = tempDir();
    copyFileSync(join(ENCODINGS, 'invalid.utf8.txt'), join(dir, 'invalid.utf8.txt'));
    const before = readFileSync(join(dir, 'invalid.utf8.txt'));
    const r = await runCli(['invalid.utf8.txt', '--fix', '--no-config', '--rule', 'duplicated-word:error'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid.utf8.txt: not written: the file has invalid utf-8 bytes (first at byte 34)');
    expect(readFileSync(join(dir, 'invalid.utf8.txt')).equals(before)).toBe(true);
  });

  it('an empty and a whitespace-only file pass --fix unchanged', async () => {
    const dir = tempDir({ 'empty.txt': '', 'blank.md': ' \t\n　　\r\n' });
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ extends: 'policylint:all' }));
    const r = await runCli(['.', '--fix'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'blank.md'), 'utf8')).toBe(' \t\n　　\r\n');
  });
});
