import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';
import { htmlFixtureDiffs, lintWord } from '../../../test/helpers/formats-tester.js';

const root = path.resolve(import.meta.dirname, '../../..');
const seed = (name: string): string => readFileSync(path.join(root, 'seeds', name), 'utf8');

describe('share-consistency', () => {

  it('seed 001: 58 of the 341 规模以上工业企业 stated earlier is 17.01%, not 14.81%; the park’s 45家 is not the base', async () => {
    const text = seed('001_3c00fa02a426fea7.txt');
    const found = await lintWith(rule, text, { filename: '001.txt' });
    expect(found.map((m) => [m.line, m.message])).toEqual([[30, '58家占341家应为17.01%，文中为“14.81%”']]);
    const base = found[0]!.related![0]!;
    expect([base.line, text.slice(base.offset, base.endOffset), base.message]).toEqual([14, '341家', '总数：341家']);
    expect(found[0]!.properties).toEqual({ part: 58, base: 341, share: 14.81 });
  });

  it('a change in points agrees within the rounding of both levels (14.81 − 8.8 = 6.01 ≈ 6.0), and not beyond', async () => {
    expect(await lintWith(rule, '比例达14.81%，相比2015年的8.8%大幅上升6.0个百分点。')).toEqual([]);
    expect(await lintWith(rule, '比例达14.81%，相比2015年的8.8%大幅上升6.1个百分点。')).toEqual([]);
    expect((await lintWith(rule, '比例达14.81%，相比2015年的8.8%大幅上升6.2个百分点。')).map((m) => m.message)).toEqual([
      '由8.8%到14.81%应为上升6.01个百分点，文中为“6.2个百分点”',
    ]);
  });

  it('finds nothing in seeds 000, 002, 003 and 004', async () => {
    for (const name of ['000_515e1a66cf77eeef.txt', '002_33af14330ab52c92.txt', '003_7c3a331e4b8e7433.txt', '004_dc1bcdfd75af63c6.txt']) {
      expect(await lintWith(rule, seed(name), { filename: name })).toEqual([]);
    }
  });

  it('messages in English', async () => {
    expect((await lintWith(rule, '报销比例由50%提高到60%，提高了12个百分点。', { locale: 'en' }))[0]!.message).toBe(
      'From 50% to 60% is a rise of 10 percentage points, but the text says "12个百分点"',
    );
  });

  it('growth between two levels: HTML fixtures', async () => {
    const diffs = await htmlFixtureDiffs(rule, path.join(import.meta.dirname, 'fixtures-html'));
    expect(Object.keys(diffs).length).toBeGreaterThan(0);
    for (const d of Object.values(diffs)) expect(d).toEqual([]);
  });

  it('growth between two levels in a Word file, with both levels as related locations', async () => {
    const { messages, text } = await lintWord(rule, [
      '2021年至2024年，全县农产品网络零售额由6.4亿元增长到9.1亿元，年均增长15.2%。',
      '2021年至2024年，全县农产品网络零售额由6.4亿元增长到9.1亿元，年均增长12.5%。',
      '全县粮食产量由二十一万吨减少到十九万吨，下降9.5%。',
      '全县粮食产量由二十一万吨减少到十九万吨，下降25%。',
    ]);
    expect(messages.map((m) => [m.line, m.message])).toEqual([
      [1, '由6.4亿元到9.1亿元历时3或4年，年均增长应约为12.4%，文中为“15.2%”'],
      // 二十一万吨 may be 20.5 to 21.5 万吨: 9.5% is within the figures' rounding, 25% is not.
      [4, '由二十一万吨减少到十九万吨，下降幅度应约为9.5%，文中为“25%”'],
    ]);
    expect(messages[0]!.related!.map((r) => text.slice(r.offset, r.endOffset))).toEqual(['6.4亿元', '9.1亿元']);
  });

  it('growth messages in English', async () => {
    expect((await lintWith(rule, '税收收入由50亿元增加到60亿元，增长25%。', { locale: 'en' }))[0]!.message).toBe(
      'From 50亿元 to 60亿元 is a rise of about 20%, but the text says "25%"',
    );
  });
});
