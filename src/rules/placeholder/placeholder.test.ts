// placeholder in the formats editors have: Word and HTML through the real CLI, plus what must stay silent.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { runCli } from '../../../test/helpers/cli.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

async function lintOne(name: string, bytes: string | Buffer): Promise<{ line: number; message: string }[]> {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-placeholder-'));
  writeFileSync(join(dir, name), bytes);
  const r = await runCli(['--no-config', '--rule', 'placeholder:error', '--format', 'json', name], { cwd: dir });
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; message: string }[] }[];
  return result!.messages.filter((m) => m.ruleId === 'placeholder').map(({ line, message }) => ({ line, message }));
}

describe('placeholder', () => {
  it('finds the blanks of a Word draft, paragraph by paragraph', async () => {
    const doc = new Document({
      sections: [{ children: ['ＸＸ区人民政府文件', '关于做好2024年防汛工作的通知', '联系人：×××，联系电话：（待补充）'].map((t) => new Paragraph({ children: [new TextRun(t)] })) }],
    });
    const found = await lintOne('draft.docx', await Packer.toBuffer(doc));
    expect(found).toEqual([
      { line: 1, message: '未填写的占位符“ＸＸ”' },
      { line: 3, message: '未填写的占位符“×××”' },
      { line: 3, message: '留给起草人的待办标注“（待补充）”' },
    ]);
  });

  it('finds them in the visible text of an HTML page', async () => {
    const html = '<html><body><h1>XX市数字政府建设方案</h1><p>到202X年基本建成。<span>【待定】</span></p></body></html>';
    const found = await lintOne('page.html', html);
    expect(found.map((f) => f.message)).toEqual(['未填写的占位符“XX”', '年份未填写完整：“202X”', '留给起草人的待办标注“【待定】”']);
  });

  it('stays silent on X-rays, 5G, products, Roman numerals, multiplication and a described template', async () => {
    const text = [
      'X射线、X光机和5G专网纳入采购目录，XXL号防护服另行采购。',
      '第XXX条之外的罗马数字如XIV、XXI世纪不是占位符；3×3矩阵、长×宽×高均为乘号。',
      '封面须印有“××省人民政府”字样，格式为“XX市XX局”。',
      '待定事项由联席会议研究；价格待定的项目暂缓实施。',
    ].join('\n');
    expect((await lintWith(rule, text)).map((m) => m.message)).toEqual(['未填写的占位符“XXX”']);
  });

  it('reports in English with --locale en wording', async () => {
    const [m] = await lintWith(rule, '联系人：XXX', { locale: 'en' });
    expect(m?.message).toBe('Unfilled placeholder "XXX"');
  });
});
