// number-usage: the certain fixes, a fix through the real CLI, HTML and Word, and what must stay silent.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { applyFixes } from '../../fix/apply-fixes.js';
import { runCli } from '../../../test/helpers/cli.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

const fixed = async (text: string): Promise<string> => applyFixes(text, await lintWith(rule, text)).output;

describe('number-usage', () => {
  it.each([
    ['投资9～16亿元', '投资9亿元～16亿元'],
    ['增长15～30%', '增长15%～30%'],
    ['吸纳就业3~5万人', '吸纳就业3万人~5万人'],
    ['培训五、六个批次', '培训五六个批次'],
    ['二零二五年', '二〇二五年'],
    ['二○二○年', '二〇二〇年'],
    ['游客3千万人次', '游客3000万人次'],
  ])('fixes %s → %s', async (text, expected) => expect(await fixed(text)).toBe(expected));

  it('reports a figure broken over two lines of one paragraph', async () => {
    const [m] = await lintWith(rule, '全年完成投资12\n500万元。\n', { filename: 'a.md' });
    expect(m?.message).toBe('数值被换行断开：“12\n500”（GB/T 15835-2011 5.1.7.2）');
  });

  it('does not guess a fix where the correction is a choice', async () => {
    for (const text of ['自98年3月起', '约3万人左右']) {
      const messages = await lintWith(rule, text);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.fix).toBeUndefined();
    }
  });

  it('stays silent on look-alikes', async () => {
    const text = [
      '2021—2025年，实施第三、四批项目，一、二年级，三、四月份，五、六十年代。', // years and enumerations
      '一、总体要求', // a heading number
      '道路12千米、装机3千瓦、提高2个百分点，1.5～2个百分点，100～150千克。', // units may be left off the first number
      '厉行节约30%左右，按约定5天左右办结，每年约100万人。', // 节约 and 约定 are not 约
      '近10年来，用20年时间，90年代，2020年底。', // durations and full years
      '二〇二五年，一九九八年，GB/T 15835-2011。',
    ].join('\n');
    expect(await lintWith(rule, text)).toEqual([]);
  });

  it('cites the clause in both languages', async () => {
    const [zh] = await lintWith(rule, '增长15～30%');
    const [en] = await lintWith(rule, '增长15～30%', { locale: 'en' });
    expect(zh?.message).toContain('GB/T 15835-2011 5.1.3');
    expect(en?.message).toBe('Both ends of a range take "%": "15～30%" should be "15%～30%" (GB/T 15835-2011 5.1.3)');
  });

  it('fixes a text file through the real CLI and reads Word and HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-number-usage-'));
    writeFileSync(join(dir, 'a.txt'), '总投资9～16亿元，二零二四年完成。\n');
    writeFileSync(join(dir, 'b.html'), '<html><body><p>增长6～8%，接待游客2千万人次。</p></body></html>');
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('组织了七、八次专项检查。')] })] }] });
    writeFileSync(join(dir, 'c.docx'), await Packer.toBuffer(doc));
    const fix = await runCli(['--no-config', '--rule', 'number-usage:warn', '--fix', 'a.txt'], { cwd: dir });
    expect(fix.code).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('总投资9亿元～16亿元，二〇二四年完成。\n');
    const r = await runCli(['--no-config', '--rule', 'number-usage:warn', '--format', 'json', 'b.html', 'c.docx'], { cwd: dir });
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; messageId: string }[] }[];
    const ids = (name: string) => results.find((x) => x.filePath.endsWith(name))!.messages.filter((m) => m.ruleId === 'number-usage').map((m) => m.messageId);
    expect(ids('b.html')).toEqual(['rangeSuffix', 'mixedNumeral']);
    expect(ids('c.docx')).toEqual(['approximateComma']);
  });
});
