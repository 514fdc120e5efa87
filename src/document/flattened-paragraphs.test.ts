import { describe, expect, it } from 'vitest';
import { paragraphSpans } from './flattened-paragraphs.js';
import { PolicyDocument } from './document.js';

/** A paragraph of some length: a flattened line holds a whole report. */
const para = (n: number): string =>
  `第${n}段的内容说明了本年度的主要工作，各项任务进展顺利，取得了明显成效，群众满意度不断提升，发展基础更加牢固，社会大局保持稳定，为完成全年目标任务打下了坚实基础。`;

describe('paragraphs of a flattened line', () => {
  it('splits at the gaps after sentences and after headings, in any spacing', () => {
    for (const gap of [' \u3000\u3000', ' \u2003\u2003', '  ', ' ']) {
      const line = ['各位代表：', para(1), '一、过去一年的工作', para(2), '（一）稳增长', para(3), para(4)].join(gap);
      const spans = paragraphSpans(line).map(([s, e]) => line.slice(s, e));
      expect(spans).toEqual(['各位代表：', para(1), '一、过去一年的工作', para(2), '（一）稳增长', para(3), para(4)]);
    }
  });
  it('keeps a spaced-out name, Latin words and ordinary lines whole', () => {
    const line = ['市长　龚 正', para(1), para(2), '推进 5G 网络建设和 AI 应用。', para(3), para(4)].join('  ');
    expect(paragraphSpans(line).map(([s, e]) => line.slice(s, e))).toEqual(['市长　龚 正', para(1), para(2), '推进 5G 网络建设和 AI 应用。', para(3), para(4)]);
    const ordinary = `${para(1)} ${para(2)}`;
    expect(paragraphSpans(ordinary)).toEqual([[0, ordinary.length]]);
  });
  it('gives one block per paragraph, each pointing into the line', () => {
    const line = ['各位代表：', para(1), '二、今年的主要任务', para(2), para(3), para(4)].join(' \u3000\u3000');
    const text = `${line}\n下一行\n`;
    const doc = new PolicyDocument(text, 'report.txt');
    expect(doc.blocks.map((b) => b.text)).toEqual(['各位代表：', para(1), '二、今年的主要任务', para(2), para(3), para(4), '下一行']);
    const heading = doc.blocks[2]!;
    const [s, e] = heading.sourceRange(0, heading.text.length);
    expect(text.slice(s, e)).toBe('二、今年的主要任务');
    expect(doc.numbered.map((n) => n.block.index)).toContain(2);
  });
});
