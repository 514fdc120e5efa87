import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { writeFileSync } from 'node:fs';
import rule from './index.js';
import { compareWithMarkers, lintWith, readFixture } from '../../../test/helpers/rule-tester.js';
import { runCli } from '../../../test/helpers/cli.js';
import { indicatorKey } from './metric-names.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('goal-consistency', () => {
  it('finds nothing in seeds 000, 003 and 004 (超千亿元 agrees with 超1100亿元; 2023 and 2025 are different goals)', async () => {
    for (const seed of ['000_515e1a66cf77eeef.txt', '003_7c3a331e4b8e7433.txt', '004_dc1bcdfd75af63c6.txt']) {
      const text = readFileSync(path.join(root, 'seeds', seed), 'utf8');
      expect(await lintWith(rule, text, { filename: seed })).toEqual([]);
    }
  });

  it('names one indicator by one key, and keeps indicators that only look alike apart', () => {
    expect(indicatorKey('GDP')).toBe(indicatorKey('经济总量'));
    expect(indicatorKey('研发投入占GDP的比重')).toBe(indicatorKey('研发经费投入强度'));
    expect(indicatorKey('城镇化率提高')).toBe(indicatorKey('常住人口城镇化率提升'));
    expect(indicatorKey('人均GDP年均增速')).toBe(indicatorKey('人均地区生产总值年均增长'));
    expect(indicatorKey('户籍人口城镇化率')).not.toBe(indicatorKey('城镇化率'));
    expect(indicatorKey('城镇登记失业率')).not.toBe(indicatorKey('城镇调查失业率'));
    expect(indicatorKey('城镇居民人均可支配收入')).not.toBe(indicatorKey('居民人均可支配收入'));
    expect(indicatorKey('地区生产总值年均增长')).not.toBe(indicatorKey('地区生产总值增长'));
  });
});

describe('goal-consistency in HTML pages (pages/*.html, inline markers)', () => {
  const dir = path.join(import.meta.dirname, 'pages');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.html')))('%s', async (name) => {
    const { text, expected } = readFixture(path.join(dir, name));
    expect(compareWithMarkers(await lintWith(rule, text, { filename: name }), expected, ['goal-consistency'])).toEqual([]);
  });

  it('the message names the indicator, both figures and the table, in Chinese and English', async () => {
    const { text } = readFixture(path.join(dir, 'indicator-table.html'));
    const [zh] = await lintWith(rule, text, { filename: 'plan.html' });
    expect(zh).toMatchObject({ line: 11, message: '2025年“城镇新增就业”在第7行为“12万人”，主要指标表此处为“12.6万人”，前后不一致' });
    expect(zh!.related).toMatchObject([{ line: 7, message: '前文：12万人' }]);
    const [en] = await lintWith(rule, text, { filename: 'plan.html', locale: 'en' });
    expect(en!.message).toBe('"城镇新增就业" for 2025 is "12万人" on line 7 but "12.6万人" here in the indicator table');
  });
});

/**
 * A Word plan: a main-indicator table whose category column is merged down, and chapters restating its goals.
 * Lines are Word paragraphs: each table cell is one (paragraph 17 is the 350 of 农林牧渔业增加值).
 */
async function writeWordPlan(file: string): Promise<void> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const cell = (text: string, merge?: 'restart' | 'continue') =>
    new TableCell({
      children: [p(text)],
      ...(merge ? { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    });
  const row = (...cells: TableCell[]) => new TableRow({ children: cells });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('汉中市现代农业发展“十四五”规划')] }),
          p('到2025年，全市农村居民人均可支配收入达到2.1万元，粮食综合生产能力稳定在110万吨以上。'),
          new Table({
            rows: [
              row(cell('类别'), cell('指标（单位）'), cell('2020年'), cell('2025年'), cell('年均增速（%）'), cell('属性')),
              row(cell('农业', 'restart'), cell('粮食综合生产能力（万吨）'), cell('105'), cell('110'), cell('—'), cell('约束性')),
              row(cell('', 'continue'), cell('农林牧渔业增加值（亿元）'), cell('280'), cell('350'), cell('4.6'), cell('预期性')),
              row(cell('农民', 'restart'), cell('农村居民人均可支配收入（元）'), cell('13500'), cell('21000'), cell('9.2'), cell('预期性')),
              row(cell('', 'continue'), cell('高标准农田面积（万亩）'), cell('180'), cell('〔60〕'), cell('—'), cell('约束性')),
            ],
          }),
          p('一、稳定粮食生产。到2025年，粮食综合生产能力达到11亿公斤，高标准农田面积新增60万亩。'),
          p('二、壮大农业产业。到2025年，农林牧渔业增加值达到380亿元，年均增长4.6%。'),
          p('三、促进农民增收。到2025年，农民人均可支配收入年均增长8.5%。'),
          p('四、回顾。2020年，全市农村居民人均可支配收入完成了13580元。'),
          p('五、近期目标。到2023年，农村居民人均可支配收入达到1.7万元。'),
        ],
      },
    ],
  });
  writeFileSync(file, await Packer.toBuffer(doc));
}

describe('goal-consistency in a Word file (generated), through the real CLI', () => {
  it('the table and the chapters are one goal: two conflicts, the agreeing and the recorded figures silent', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'policylint-goals-docx-'));
    await writeWordPlan(path.join(dir, 'plan.docx'));
    const r = await runCli(['--no-config', '--rule', 'goal-consistency:error', '--format', 'json', 'plan.docx'], { cwd: dir });
    const messages = (JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; message: string }[] }[])[0]!.messages.filter(
      (m) => m.ruleId === 'goal-consistency',
    );
    expect(messages.map((m) => [m.line, m.message])).toEqual([
      [32, '2025年“农林牧渔业增加值”在主要指标表（第17行）中为“350亿元”，此处为“380亿元”，前后不一致'],
      [33, '2025年“农村居民人均可支配收入年均增长”在主要指标表（第24行）中为“9.2%”，此处为“8.5%”，前后不一致'],
    ]);
  });
});

describe('goal-consistency cases (cases.json: conflicts and look-alikes)', () => {
  const { cases } = JSON.parse(readFileSync(path.join(import.meta.dirname, 'cases.json'), 'utf8')) as { cases: { expect: 'conflict' | 'silent'; text: string }[] };
  it('has at least 50 cases, half of them look-alikes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    expect(cases.filter((c) => c.expect === 'silent').length).toBeGreaterThanOrEqual(cases.length / 2 - 1);
  });
  it.each(cases.map((c, i) => [i, c.expect, c.text.replace(/\n/g, ' / '), c] as const))('#%i %s: %s', async (_i, expected, _t, c) => {
    const found = await lintWith(rule, c.text, { filename: 'case.txt' });
    expect(found.map((m) => m.message)).toHaveLength(expected === 'conflict' ? 1 : 0);
  });
});
