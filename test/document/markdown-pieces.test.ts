// Markdown built piece by piece (cut at blank lines, plain pieces directly, the others by remark) must be the tree
// remark builds from the whole text, or the text must not be cut.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownTreeByPieces } from '../../src/document/markdown-pieces.js';
import { parseWithRemark } from '../../src/document/remark.js';
import { developmentMarkdownFiles, parseWithEveryExtension as wholeTree } from '../helpers/markdown.js';
import { sharedPresent } from '../helpers/shared.js';

const byPieces = (text: string) => markdownTreeByPieces(text, (piece) => parseWithRemark(piece));

/** Lines of every kind a block can start or go on with, prose among them. */
const line = fc.constantFrom(
  '', '', '', '一段正文。', '第二段，含`代码`与**强调**。', '[《规划》](https://example.cn) 的链接', '# 标题', '## 二、任务',
  '- 项', '+ 项', '* 项', '1. 项', '2) 项', '  续行', '    缩进代码', '\t制表', '> 引用', '>', '| 指标 | 2025年 |', '| --- | ---: |',
  '--|--', ':-', '---', '===', '***', '```', '~~~', '<!-- 注释 -->', '<!-- 未闭合', '-->', '<div>', '[甲]: https://example.cn', '[甲]',
  '\u3000\u3000全角缩进的段落。', 'English prose', '+++', '\r', '\\*', '&amp;', '　', '中 ', 'a | b',
);
/** The same without what keeps a text whole (fences, HTML, definitions, a lone CR), so that most texts are cut. */
const cuttableLine = line.filter((l) => !/^ {0,3}(?:```|~~~|<|\[[^\]]*\]:)|^\r$|-->/.test(l));
const document = fc
  .tuple(fc.oneof(fc.array(line, { maxLength: 16 }), fc.array(cuttableLine, { maxLength: 16 })), fc.constantFrom('\n', '\r\n'))
  .map(([lines, end]) => lines.join(end));

describe('Markdown built piece by piece', () => {
  it('is the tree remark builds from the whole text, on generated documents', () => {
    // MARKDOWN_PIECES_RUNS=200000 for a deeper search after changing where texts are cut.
    const runs = Number(process.env.MARKDOWN_PIECES_RUNS ?? 5000);
    let cut = 0;
    fc.assert(
      fc.property(document, (text) => {
        const tree = byPieces(text);
        if (!tree) return;
        cut++;
        expect(tree).toEqual(wholeTree(text));
      }),
      { numRuns: runs },
    );
    // The property says nothing about the texts it does not cut.
    expect(cut).toBeGreaterThan(runs * 0.04);
  });

  it('is not cut where a block goes on after a blank line, or where pieces refer to each other', () => {
    for (const text of [
      '- 项\n\n  续写同一项\n\n正文',
      '```\n代码\n\n代码\n```\n\n正文',
      '<!-- 注释\n\n仍是注释 -->\n\n正文',
      '正文[甲]\n\n[甲]: https://example.cn',
      '正文\r\r第二段',
      '\uFEFF正文\n\n第二段',
    ]) {
      const tree = byPieces(text);
      if (tree) expect(tree, text).toEqual(wholeTree(text));
    }
    expect(byPieces('正文[甲]\n\n[甲]: https://example.cn')).toBeNull();
    expect(byPieces('只有一段')).toBeNull();
    expect(byPieces('**强调**\n\n正文\n\n| 表 |\n| - |')?.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'table']);
  });

  it.skipIf(!sharedPresent('corpus'))('is the tree remark builds on every Markdown file of the development set it cuts', () => {
    const files = developmentMarkdownFiles();
    let cut = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const tree = byPieces(text);
      if (!tree) continue;
      cut++;
      expect(tree, file).toEqual(wholeTree(text));
    }
    expect(cut).toBeGreaterThan(50);
  });
});
