import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('phase-years', () => {
  it('reports the overlapping phases of seed 000 at the later phase, with the earlier one related', () => {
    const text = readFileSync(path.join(root, 'seeds', '000_515e1a66cf77eeef.txt'), 'utf8');
    const messages = lintWith(rule, text, { filename: '000.txt' });
    expect(messages.map((m) => [m.line, m.message])).toEqual([
      [39, '阶段“产业协同阶段”（2017—2020年）与上一阶段“产业集聚阶段”（2016—2017年）重叠：2017年同时属于两个阶段'],
    ]);
    expect(messages[0]!.related![0]!.line).toBe(37);
  });
  it('reports a gap as a warning', () => {
    const [m] = lintWith(rule, '第一阶段（2016—2018年）：打基础。\n第二阶段（2020—2022年）：上规模。');
    expect(m!.severity).toBe(1);
  });
  it('finds nothing in the clean seeds 003 and 004', () => {
    for (const seed of ['003_7c3a331e4b8e7433.txt', '004_dc1bcdfd75af63c6.txt']) {
      const text = readFileSync(path.join(root, 'seeds', seed), 'utf8');
      expect(lintWith(rule, text, { filename: seed })).toEqual([]);
    }
  });
});

