import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { builtinPlugin } from '../index.js';
import { applyFixes } from '../../fix/apply-fixes.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

const root = path.resolve(import.meta.dirname, '../../..');
const seed = (prefix: string): string => {
  const name = readdirSync(path.join(root, 'seeds')).find((f) => f.startsWith(prefix))!;
  return readFileSync(path.join(root, 'seeds', name), 'utf8');
};

/** Applies fixes pass by pass, like the CLI, until nothing changes. */
async function fixed(text: string, filename = 'a.txt'): Promise<string> {
  for (let pass = 0; pass < 10; pass++) {
    const { output, applied } = applyFixes(text, await lintWith(rule, text, { filename }));
    if (applied.length === 0) return text;
    text = output;
  }
  return text;
}

describe('range-format', () => {
  it('is off in recommended and on in the gongwen preset', () => {
    expect(builtinPlugin.configs!.recommended!.rules!['range-format']).toBeUndefined();
    expect(builtinPlugin.configs!.gongwen!.rules!['range-format']).toBe('warn');
  });
  it('fixes dashes, half-width marks and brackets in text, never in link targets', async () => {
    expect(await fixed('各镇(街道)人民政府,市有关单位:产业集聚阶段（2016年-2017年）年均增长6-7%。')).toBe(
      '各镇（街道）人民政府，市有关单位：产业集聚阶段（2016年—2017年）年均增长6～7%。',
    );
    const md = '乡(镇)政府见[管理制度](http://example.gov.cn/a(b)c,d)和**重点**,要求。\n';
    expect(await fixed(md, 'a.md')).toBe('乡（镇）政府见[管理制度](http://example.gov.cn/a(b)c,d)和**重点**，要求。\n');
  });
  it('flags the 2016年-2017年 phases (and a half-width colon) of seed 000, and 2020-2022年, 1-2个 in 003', async () => {
    const messages = await lintWith(rule, seed('000'));
    expect(messages.map((m) => m.message)).toEqual([
      '中文之间应使用全角“：”，而非半角“:”',
      '年份起止应使用一字线“—”：“2016年-2017年”',
      '年份起止应使用一字线“—”：“2017年-2020年”',
      '年份起止应使用一字线“—”：“2021年-2025年”',
    ]);
    // 003 is clean for the recommended rules; this opt-in rule holds it to GB/T 15834 too.
    expect((await lintWith(rule, seed('003'))).map((m) => [m.line, m.message])).toEqual([
      [13, '年份起止应使用一字线“—”：“2020-2022年”'],
      [61, '数值范围起止应使用浪纹线“～”：“1-2”'],
    ]);
  });
  it('does not take a falling pair, a date or a phone number for a range', async () => {
    expect(await lintWith(rule, '编号为2020-2019年的卷宗，2020-5-21日发布，拨打0750-3501234号。')).toEqual([]);
  });
  it('can check only some of its parts', async () => {
    const text = '各镇(街道)人民政府,市有关单位2016-2020年。';
    expect((await lintWith(rule, text, { options: { punctuation: false } })).map((m) => m.message)).toEqual([
      '年份起止应使用一字线“—”：“2016-2020年”',
    ]);
    expect(await lintWith(rule, text, { options: { dashes: false, pairs: false } })).toHaveLength(2);
  });
});
