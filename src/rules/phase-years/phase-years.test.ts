import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';
import { PolicyDocument } from '../../document/document.js';
import { lintDocument } from '../../engine/lint-document.js';
import type { LintMessage } from '../../types.js';

const root = path.resolve(import.meta.dirname, '../../..');

/** Lints a .docx built with the `docx` package (real Word XML, made here) with this rule alone. */
async function lintWord(paragraphs: Paragraph[]): Promise<LintMessage[]> {
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
  const doc = await PolicyDocument.load(bytes, 'plan.docx');
  return lintDocument(doc, { rules: [{ id: rule.meta.id, rule, severity: 2, options: {} }], settings: {}, locale: 'zh' });
}
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2): Paragraph =>
  new Paragraph({ heading: level, children: [new TextRun(text)] });
const para = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });

describe('phase-years', () => {
  it('reports the overlapping phases of seed 000 at the later phase, with the earlier one related', async () => {
    const text = readFileSync(path.join(root, 'seeds', '000_515e1a66cf77eeef.txt'), 'utf8');
    const messages = await lintWith(rule, text, { filename: '000.txt' });
    expect(messages.map((m) => [m.line, m.message])).toEqual([
      [39, '阶段“产业协同阶段”（2017—2020年）与上一阶段“产业集聚阶段”（2016—2017年）重叠：2017年同时属于两个阶段'],
    ]);
    expect(messages[0]!.related![0]!.line).toBe(37);
  });
  it('reports a gap as a warning', async () => {
    const [m] = await lintWith(rule, '第一阶段（2016—2018年）：打基础。\n第二阶段（2020—2022年）：上规模。');
    expect(m!.severity).toBe(1);
  });
  it('finds nothing in the clean seeds 003 and 004', async () => {
    for (const seed of ['003_7c3a331e4b8e7433.txt', '004_dc1bcdfd75af63c6.txt']) {
      const text = readFileSync(path.join(root, 'seeds', seed), 'utf8');
      expect(await lintWith(rule, text, { filename: seed })).toEqual([]);
    }
  });

  it('names the gap with months when the stages are dated by month, and says where the plan period is', async () => {
    const gap = await lintWith(rule, '调研阶段（2022年3月—2022年8月）：摸底。\n实施阶段（2022年11月—2023年12月）：推进。');
    expect(gap.map((m) => m.message)).toEqual([
      '阶段“实施阶段”（2022年11月—2023年12月）与上一阶段“调研阶段”（2022年3月—2022年8月）之间缺少2022年9月—2022年10月',
    ]);
    const outside = await lintWith(rule, '规划期为2021—2025年。\n近期阶段（2021—2023年）：起步。\n远期阶段（2024—2027年）：见效。', {
      locale: 'en',
    });
    expect(outside.map((m) => [m.line, m.messageId, m.related?.[0]?.line])).toEqual([[3, 'outside', 1]]);
    expect(outside[0]!.message).toContain('2026—2027');
  });

  it('reads stages under Word headings and several stages in one Word paragraph', async () => {
    const messages = await lintWord([
      heading('某市数字经济发展规划', HeadingLevel.HEADING_1),
      heading('一、发展阶段'),
      heading('（一）培育期（2021—2022年）', HeadingLevel.HEADING_3),
      para('建设一批数字化车间。'),
      heading('（二）壮大期（2022—2024年）', HeadingLevel.HEADING_3),
      para('形成产业集群。'),
      heading('二、推进安排'),
      para('分步实施：第一阶段（2021—2022年），试点示范；第二阶段（2024—2025年），全面推广。'),
      heading('三、年度节点'),
      para('第一阶段（2021—2022年）：夯实基础。'),
      para('第二阶段（2023—2025年）：全面提升。'),
    ]);
    expect(messages.map((m) => [m.line, m.messageId, m.related?.[0]?.line])).toEqual([
      [5, 'overlap', 3],
      [8, 'gap', 8],
    ]);
  });
});
