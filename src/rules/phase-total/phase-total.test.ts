import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';
import { htmlFixtureDiffs, lintWord } from '../../../test/helpers/formats-tester.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('phase-total', () => {
  it('names the parts, their sum and the total, with the parts as related locations', async () => {
    const [m] = await lintWith(rule, '新材料产业产值超370亿元，新能源及装备产业产值超190亿元，总产值超过450亿元。');
    expect(m!.message).toBe('总产值应为 370 + 190 = 560 亿元，文中为 450 亿元');
    expect(m!.related).toHaveLength(2);
    expect((await lintWith(rule, '新材料产业产值超370亿元，新能源及装备产业产值超190亿元，总产值超过450亿元。', { locale: 'en' }))[0]!.message).toBe(
      '总产值 should be 370 + 190 = 560 亿元, but the text says 450 亿元',
    );
  });
  it('finds no contradiction in the seeds (000: 300+200=500, 600+500=1100, 400 + 近300 vs 超700; 003; 004)', async () => {
    for (const seed of ['000_515e1a66cf77eeef.txt', '003_7c3a331e4b8e7433.txt', '004_dc1bcdfd75af63c6.txt']) {
      const text = readFileSync(path.join(root, 'seeds', seed), 'utf8');
      expect(await lintWith(rule, text, { filename: seed })).toEqual([]);
    }
  });
});

describe('phase-total in HTML and Word', () => {
  it('HTML fixtures: lists after a lead, tables with spans and a caption unit, compositions', async () => {
    const diffs = await htmlFixtureDiffs(rule, path.join(import.meta.dirname, 'fixtures-html'));
    expect(Object.keys(diffs).length).toBeGreaterThan(0);
    for (const d of Object.values(diffs)) expect(d).toEqual([]);
  });

  it('Word: a lead paragraph and its items, and a table whose 合计 row disagrees with its column', async () => {
    const { messages, text } = await lintWord(rule, [
      '二〇二四年全区共安排城市更新资金6.5亿元，用途如下：',
      '（一）老旧小区改造3.2亿元；',
      '（二）背街小巷整治1.9亿元；',
      '（三）口袋公园建设1.1亿元。',
      '单位：亿元',
      [
        ['片区', '投资'],
        ['北片区', '12.4'],
        ['南片区', '9.8'],
        ['东片区', '7.1'],
        ['合计', '30.3'],
      ],
      [
        ['片区', '投资'],
        ['北片区', '12.4'],
        ['南片区', '9.8'],
        ['东片区', '7.1'],
        ['合计', '29.3'],
      ],
    ]);
    expect(messages.map((m) => [m.line, m.message])).toEqual([
      [1, '老旧小区改造3.2亿元 + 背街小巷整治1.9亿元 + 口袋公园建设1.1亿元 = 6.2亿元，文中为6.5亿元'],
      [15, '表中“投资”合计：北片区12.4 + 南片区9.8 + 东片区7.1 = 29.3亿元，表中为30.3亿元'],
    ]);
    // Every part is a related location, on its own cell.
    const table = messages[1]!;
    expect(table.related!.map((r) => text.slice(r.offset, r.endOffset))).toEqual(['12.4', '9.8', '7.1']);
  });

  it('messages in English name the parts and the total', async () => {
    const [m] = await lintWith(rule, '全年共拨付救助资金5.5亿元，分别为城市低保3.1亿元、农村低保2.9亿元。', { locale: 'en' });
    expect(m!.message).toBe('城市低保3.1亿元 + 农村低保2.9亿元 = 6亿元, but the text says 5.5亿元');
    expect(m!.related).toHaveLength(2);
    const [c] = await lintWith(rule, '全区三次产业结构为6.2:37.5:55.1。', { locale: 'en' });
    expect(c!.message).toBe('The shares of 三次产业结构 6.2 + 37.5 + 55.1 add up to 98.8, not 100');
  });
});

describe('phase-total tables', () => {
  const table = (rows: string[][]): string =>
    [rows[0]!, rows[0]!.map(() => '---'), ...rows.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n');

  it('subtotals that open their groups, and a grand total at the top over the subtotals', async () => {
    const rows = [
      ['项目', '金额（万元）'],
      ['合计', '1,000'],
      ['交通设施小计', '600'],
      ['道路', '350'],
      ['桥梁', '250'],
      ['公共服务小计', '400'],
      ['学校', '220'],
      ['医院', '180'],
    ];
    expect(await lintWith(rule, table(rows), { filename: 'a.md' })).toEqual([]);
    const wrong = rows.map((r) => (r[0] === '医院' ? ['医院', '190'] : r));
    const found = await lintWith(rule, table(wrong), { filename: 'a.md' });
    expect(found.map((m) => m.message)).toEqual(['表中“金额（万元）”公共服务小计：学校220 + 医院190 = 410万元，表中为400万元']);
    expect(found[0]!.related).toHaveLength(2);
  });

  it('stays silent on subset rows (其中), rate columns and a table without a total', async () => {
    const subset = table([['指标', '数量'], ['企业', '100'], ['其中：外资', '30'], ['个体户', '50'], ['合计', '100']]);
    const rates = table([['地区', '增长率（%）'], ['甲', '5.1'], ['乙', '6.2'], ['丙', '7.3'], ['合计', '6.0']]);
    const none = table([['地区', '产值'], ['甲', '5.1'], ['乙', '6.2'], ['丙', '7.3'], ['丁', '6.0']]);
    for (const text of [subset, rates, none]) expect(await lintWith(rule, text, { filename: 'a.md' })).toEqual([]);
  });
});

