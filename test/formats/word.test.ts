// Word files through the real CLI: .docx generated at test time with the `docx` package.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { LintResult } from '../../src/types.js';
import { writePlan } from './word-fixture.js';

let dir: string;
let plan: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'policylint-docx-'));
  plan = join(dir, 'plan.docx');
  await writePlan(plan);
});

async function lintJson(args: string[]): Promise<{ code: number; results: LintResult[]; stderr: string }> {
  const r = await runCli(['--no-config', '--format', 'json', ...args], { cwd: dir });
  return { code: r.code, results: JSON.parse(r.stdout) as LintResult[], stderr: r.stderr };
}

describe('Word files (.docx)', () => {
  it('lints the text with positions as paragraph number and character offset, without fixes', async () => {
    const { code, results } = await lintJson(['plan.docx']);
    expect(code).toBe(1);
    const doubled = results[0]!.messages.find((m) => m.ruleId === 'duplicated-word')!;
    // Paragraph 8: the heading, the letter, an empty paragraph, a heading, two list items, a heading, then this one.
    expect(doubled).toMatchObject({ line: 8, column: 3, paragraph: { number: 8, charOffset: 2, charLength: 4, snippet: '发展发展' } });
    expect(doubled.fix).toBeUndefined();
    expect(results[0]!.fixableErrorCount).toBe(0);
  });

  it('headings come from paragraph styles and the phase list is read as text', async () => {
    const { results } = await lintJson(['plan.docx']);
    const phases = results[0]!.messages.find((m) => m.ruleId === 'phase-years')!;
    expect(phases).toMatchObject({ line: 6, paragraph: { number: 6, charOffset: 0 } });
    expect(phases.related?.[0]).toMatchObject({ line: 5 });
  });

  it('hyperlinks to domains off the allow list are warnings on the link text', async () => {
    const { results } = await lintJson(['plan.docx']);
    const link = results[0]!.messages.find((m) => m.properties?.domain !== undefined)!;
    expect(link).toMatchObject({ severity: 1, paragraph: { number: 13, charOffset: 2, charLength: 4, snippet: '专题报道' } });
    expect(link.message).toBe('疑似注入内容（链接到不在白名单中的域名 www.hj-yule88.com）：“http://www.hj-yule88.com/”');
  });

  it('SARIF regions of a Word file use charOffset, charLength and a snippet', async () => {
    const r = await runCli(['--no-config', '--format', 'sarif', '--rule', 'phase-years:off', 'plan.docx'], { cwd: dir });
    const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: Record<string, unknown> } }[] }[] }[] };
    const result = log.runs[0]!.results.find((x) => x.ruleId === 'duplicated-word')!;
    const text = '开平市先进制造业发展规划\n现将《澳门和记娱乐场,菠菜导航网:开平市先进制造业发展规划》印发给你们，请认真贯彻执行。\n\n一、发展阶段\n';
    expect(result.locations[0]!.physicalLocation.region).toEqual({
      charOffset: expect.any(Number),
      charLength: 4,
      snippet: { text: '发展发展' },
      properties: { paragraph: 8, paragraphCharOffset: 2 },
    });
    expect(result.locations[0]!.physicalLocation.region.charOffset).toBeGreaterThan(text.length);
  });

  it('--fix never writes a .docx and says so for that file', async () => {
    const before = readFileSync(plan);
    const r = await runCli(['--no-config', '--fix', '--format', 'compact', 'plan.docx'], { cwd: dir });
    expect(readFileSync(plan).equals(before)).toBe(true);
    expect(r.stdout).toContain('未修复 1 处：policylint 不改写 Word 文件（.docx），请在 Word 中修改');
    const dry = await runCli(['--no-config', '--fix-dry-run', '--locale', 'en', '--format', 'compact', 'plan.docx'], { cwd: dir });
    expect(dry.stdout).toContain('1 fixes not applied: policylint never writes Word files (.docx); make the changes in Word');
    expect(dry.stdout).not.toContain('+++');
  });

  it('folders include .docx files; a damaged one is reported, not a crash', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'policylint-docx-'));
    await writePlan(join(folder, 'a.docx'));
    writeFileSync(join(folder, 'b.docx'), 'PK\u0003\u0004 not really a zip');
    const r = await runCli(['--no-config', '--format', 'json', '.'], { cwd: folder });
    const results = JSON.parse(r.stdout) as LintResult[];
    expect(results.map((x) => x.filePath.slice(folder.length + 1))).toEqual(['a.docx', 'b.docx']);
    expect(results[1]!.messages).toMatchObject([{ ruleId: null, severity: 2, fatal: true }]);
    expect(results[1]!.messages[0]!.message).toMatch(/^未检查：无法读取 Word 文件（.*请在 Word 中打开并另存为 .docx/);
    expect(r.code).toBe(2);
  });

  it('hidden runs (w:vanish) and comments are checked for injection, at their paragraph', async () => {
    const { results } = await lintJson(['plan.docx', '--rule', 'duplicated-word:off', '--rule', 'phase-years:off']);
    const found = results[0]!.messages.map((m) => [m.severity, m.paragraph!.number, m.paragraph!.charOffset, m.paragraph!.snippet, /（(.+?)）：/.exec(m.message)![1]]);
    expect(found).toEqual([
      // The hidden run stands in the extracted text (paragraph 2, after 现将《) but not in the prose.
      // One finding for the hidden run, with all it is.
      [2, 2, 3, '澳门和记娱乐场,菠菜导航网:', '博彩垃圾信息：“和记娱乐”、“菠菜导航网”，隐藏；Word 隐藏文字 w:vanish'],
      // A comment's text is not in the document: the finding points at the paragraph it is attached to.
      [2, 8, 0, '培育发展发展先进制造业集群。', '诈骗信息：“高额返利”、联系方式“加微信：abc12345”，位于 Word 批注'],
      [1, 13, 2, '专题报道', '链接到不在白名单中的域名 www.hj-yule88.com'],
    ]);
  });
});
