import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/document/document.js';
import { parseChineseInteger } from '../../src/quantity/numerals.js';

describe('plain text', () => {
  it('makes every non-empty line a block without its full-width indentation', async () => {
    const text = '标题\r\n\r\n　　第一段正文。\n\n　　第二段。';
    const doc = await PolicyDocument.load(text, 'a.txt');
    expect(doc.blocks.map((b) => b.text)).toEqual(['标题', '第一段正文。', '第二段。']);
    const b = doc.blocks[1]!;
    expect(text.slice(...b.sourceRange(0, 2))).toBe('第一');
    expect(doc.lines.position(b.toSource(0))).toEqual({ line: 3, column: 3 });
  });

  it('takes directive lines out of the text', async () => {
    const doc = await PolicyDocument.load('正文\n<!-- policylint-disable duplicated-word -->\npolicylint-enable\n', 'a.txt');
    expect(doc.blocks.map((b) => b.text)).toEqual(['正文']);
    expect(doc.directives.map((d) => [d.type, d.rules, d.line])).toEqual([
      ['disable', ['duplicated-word'], 2],
      ['enable', [], 3],
    ]);
  });
});

describe('markdown', () => {
  it('maps block text through escapes, emphasis and blockquote markers back to the source', async () => {
    const text = '# 一、总则\n\n> 培育**发展**发展\n> 第二行 \\* 星号\n\n```\ncode 不是正文\n```\n';
    const doc = await PolicyDocument.load(text, 'a.md');
    expect(doc.blocks.map((b) => b.text)).toEqual(['一、总则', '培育发展发展\n第二行 * 星号']);
    const quote = doc.blocks[1]!;
    const at = quote.text.indexOf('第二行');
    expect(text.slice(...quote.sourceRange(at, at + 3))).toBe('第二行');
    const star = quote.text.indexOf('*');
    expect(text.slice(...quote.sourceRange(star, star + 1))).toBe('*');
    expect(quote.boundaries).toEqual([2, 4]);
    expect(quote.crossesBoundary(2, 6)).toBe(true);
    expect(doc.blocks[0]!.kind).toBe('heading');
  });

  it('maps a character written as a reference to the whole reference', async () => {
    const text = '规划期限&#x202E;&#x202e;&#8238;为&ldquo;十四五&rdquo;，A&amp;B。\n';
    const doc = await PolicyDocument.load(text, 'a.md');
    const [block] = doc.blocks;
    expect(block!.text).toBe('规划期限\u202E\u202E\u202E为“十四五”，A&B。');
    const range = (s: string) => block!.sourceRange(block!.text.indexOf(s), block!.text.indexOf(s) + s.length);
    expect(text.slice(...range('\u202E\u202E\u202E'))).toBe('&#x202E;&#x202e;&#8238;');
    expect(text.slice(...range('“十四五”'))).toBe('&ldquo;十四五&rdquo;');
    expect(text.slice(...range('&B'))).toBe('&amp;B');
    expect(text.slice(...range('为'))).toBe('为');
    expect(doc.isProse(range('\u202E'))).toBe(true);
    const [s, e] = range('\u202E');
    expect(doc.isProse([s + 1, e])).toBe(false);
  });

  it('keeps front matter and raw HTML out of the prose and records the HTML', async () => {
    const doc = await PolicyDocument.load('---\ntitle: x\n---\n\n正文<span style="display:none">隐藏</span>\n', 'a.md');
    expect(doc.blocks.map((b) => b.text)).toEqual(['正文隐藏']);
    expect(doc.html.map((h) => h.value)).toEqual(['<span style="display:none">', '</span>']);
  });
});

describe('numbering and sections', () => {
  it('reads GB/T 9704 markers and nests sections by style', async () => {
    const doc = await PolicyDocument.load('一、总则\n（一）目标。\n正文。\n（二）路径\n二、保障\n1.组织保障\n', 'a.txt');
    expect(doc.numbered.map((n) => [n.style, n.value, n.isHeading])).toEqual([
      ['cn', 1, true],
      ['cn-paren', 1, true],
      ['cn-paren', 2, true],
      ['cn', 2, true],
      ['arabic', 1, true],
    ]);
    const [first, second] = doc.sections;
    expect(first!.children.map((s) => s.heading!.title)).toEqual(['目标', '路径']);
    expect(second!.children.map((s) => s.heading!.title)).toEqual(['组织保障']);
    expect(first!.blockEnd).toBe(4);
  });
});

describe('Chinese integers', () => {
  it.each([
    ['一千一百', 1100], ['三十五', 35], ['十九', 19], ['两万', 20000], ['二〇二五', 2025],
    ['一亿零五百万', 105_000_000], ['万亿', 1e12], ['三万五千', 35000], ['十万亿', 1e13], ['七', 7],
  ])('%s = %d', (s, v) => expect(parseChineseInteger(s)).toBe(v));
  it('rejects non-numerals', () => expect(parseChineseInteger('一个')).toBeNull());
});

describe('prose ranges (where fixes may edit)', async () => {
  const text = '---\ntitle: 发展发展\n---\n\n培育**发展**发展 [链接](https://a.gov.cn/发展发展) 正文\n';
  const doc = await PolicyDocument.load(text, 'a.md');
  const at = (s: string, from = 0) => text.indexOf(s, from);

  it('accepts a range of plain prose', () => {
    const s = at('培育');
    expect(doc.isProse([s, s + 2])).toBe(true);
  });

  it('rejects ranges that touch markup, link targets or front matter', () => {
    const strong = at('**');
    expect(doc.isProse([strong, strong + 4])).toBe(false);
    const url = at('https');
    expect(doc.isProse([url, url + 5])).toBe(false);
    const front = at('发展发展');
    expect(doc.isProse([front, front + 2])).toBe(false);
  });
});
