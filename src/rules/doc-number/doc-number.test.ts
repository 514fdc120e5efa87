import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { findDates } from '../../quantity/dates.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('doc-number', () => {

  it('fixes brackets, 第 and leading zeros, and leaves spacing alone', async () => {
    const fixes = async (text: string): Promise<string[]> => (await lintWith(rule, text)).map((m) => `${text.slice(...m.fix!.range)}→${m.fix!.text}`);
    expect(await fixes('江府办[2016]12号')).toEqual(['[2016]→〔2016〕']);
    expect(await fixes('粤府函（2021）第 07号')).toEqual(['（2021）→〔2021〕', '第 07号→7号']);
    expect(await fixes('川府发〔2020〕008号')).toEqual(['008号→8号']);
    expect(await fixes('2016 年 04 月 7 日')).toEqual(['2016 年 04 月 7 日→2016 年 4 月 7 日']);
  });

  it('compares a source date with the signing date in Chinese numerals, and points to it', async () => {
    const [m] = await lintWith(rule, '江门市人民政府办公室\n二〇一六年四月二十七日\n来源：中国江门 2016年3月27日\n');
    expect(m!.message).toBe('来源日期2016年3月27日早于成文日期2016年4月27日');
    expect(m!.related?.[0]).toMatchObject({ line: 2, message: '成文日期' });
    expect((await lintWith(rule, '2016年4月27日\n来源：中国江门 2016年3月27日', { locale: 'en' }))[0]!.message).toBe(
      'The source date 2016年3月27日 is earlier than the signing date 2016年4月27日',
    );
  });

  it('a page that publishes the document later is normal', async () => {
    expect(await lintWith(rule, '开平市人民政府\n2023年3月17日\n来源：开平市人民政府网 2023年3月20日')).toEqual([]);
  });

  it('reads dates in Arabic and Chinese numerals, skipping impossible ones', () => {
    expect(findDates('2016年4月27日、二〇二〇年十二月三十一日、2020年13月1日、２０２１年５月').map((d) => [d.year, d.month, d.day, d.numerals])).toEqual([
      [2016, 4, 27, 'arabic'],
      [2020, 12, 31, 'chinese'],
      [2021, 5, null, 'arabic'],
    ]);
  });

  it('finds nothing in the seeds (000: the source date is the signing date; 003: leading zeros only in the page metadata)', async () => {
    for (const seed of readdirSync(path.join(root, 'seeds'))) {
      expect(await lintWith(rule, readFileSync(path.join(root, 'seeds', seed), 'utf8'), { filename: seed })).toEqual([]);
    }
  });
});
