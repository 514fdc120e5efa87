// Editors that pipe the unsaved buffer: --stdin with --stdin-filename, through the real CLI.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const BASIC = join(ROOT, 'fixtures/projects/basic');
const FENCED = '# 规划\n\n```\n培育发展发展\n```\n';

describe('--stdin with --stdin-filename', () => {
  it('the file name decides Markdown or plain text', async () => {
    const md = await runCli(['--stdin', '--stdin-filename', 'draft.md', '--format', 'compact'], { stdin: FENCED });
    expect(md).toMatchObject({ code: 0, stdout: '' });
    const txt = await runCli(['--stdin', '--stdin-filename', 'draft.txt', '--format', 'compact'], { stdin: FENCED });
    expect(txt.code).toBe(1);
    expect(txt.stdout).toBe('draft.txt:4:3: error “发展”重复 [duplicated-word]\n');
  });

  it('lints the buffer, not the file on disk of the same name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-stdin-'));
    writeFileSync(join(dir, 'plan.txt'), '已经保存的正文。\n');
    const r = await runCli(['--stdin', '--stdin-filename', 'plan.txt', '--format', 'compact', '--no-config'], {
      cwd: dir,
      stdin: '第一段。\n尚未保存的发展发展规划。\n',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('plan.txt:2:6: error “发展”重复 [duplicated-word]\n');
  });

  it('the file name decides which overrides apply', async () => {
    const args = ['--stdin', '--format', 'compact'];
    const docs = await runCli([...args, '--stdin-filename', 'docs/new.txt'], { cwd: BASIC, stdin: '待定\n' });
    expect(docs.stdout).toContain('[example/no-placeholder]');
    const drafts = await runCli([...args, '--stdin-filename', 'drafts/new.txt'], { cwd: BASIC, stdin: '待定\n' });
    expect(drafts).toMatchObject({ code: 0, stdout: '' });
  });

  it('without --stdin-filename the buffer is plain text named <stdin>.txt', async () => {
    const r = await runCli(['--stdin', '--format', 'compact', '--no-config'], { stdin: '发展发展\n' });
    expect(r.stdout).toBe('<stdin>.txt:1:1: error “发展”重复 [duplicated-word]\n');
  });

  it('--fix-dry-run prints the fixes of the buffer as a diff after the report', async () => {
    const stdin = '培育发展发展核能。\n待定\n';
    const r = await runCli(['--stdin', '--stdin-filename', 'docs/new.txt', '--fix-dry-run', '--format', 'compact', '--rule', 'duplicated-word:error'], {
      cwd: BASIC,
      stdin,
    });
    expect(r.code).toBe(1);
    const [report, diff] = r.stdout.split(/(?=^=+$|^Index: )/m);
    expect(report).toBe('docs/new.txt:2:1: error 占位符“待定”未填写 [example/no-placeholder]\n');
    expect(diff).toContain('--- a/docs/new.txt');
    expect(diff).toContain('-培育发展发展核能。\n+培育发展核能。\n');
  });

  it('--fix with --stdin is a usage error (nothing to write to)', async () => {
    const r = await runCli(['--stdin', '--fix'], { stdin: '发展发展\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fix 无法写回标准输入');
  });

  it('reads the bytes as a file of that name would be read: a .docx, a GB18030 text', async () => {
    const { writePlan } = await import('../formats/word-fixture.js');
    const dir = mkdtempSync(join(tmpdir(), 'policylint-stdin-'));
    await writePlan(join(dir, 'plan.docx'));
    const word = await runCli(['--stdin', '--stdin-filename', 'plan.docx', '--format', 'json', '--no-config'], { cwd: dir, stdin: readFileSync(join(dir, 'plan.docx')) });
    const messages = JSON.parse(word.stdout)[0].messages as { ruleId: string; paragraph?: { number: number } }[];
    expect(messages.find((m) => m.ruleId === 'duplicated-word')?.paragraph?.number).toBeGreaterThan(0);
    const gb = await runCli(['--stdin', '--stdin-filename', 'notes.txt', '--format', 'compact', '--no-config'], {
      cwd: dir,
      stdin: readFileSync(join(ROOT, 'fixtures/encodings/sample.gb18030.txt')),
    });
    expect(gb.stdout).not.toContain('\uFFFD');
    expect(gb.stderr).toBe('');
  });
});

