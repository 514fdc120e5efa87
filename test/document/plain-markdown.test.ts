// The fast path for plain Markdown must build exactly the tree remark-parse builds, positions included, or decline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainMarkdownTree } from '../../src/document/plain-markdown.js';
import { markdownFiles, parseWithEveryExtension as parseWithRemark } from '../helpers/markdown.js';
import { sharedPresent } from '../helpers/shared.js';
const root = new URL('../../', import.meta.url).pathname;

/** Pieces that are prose, line structure, or the start of every construct the fast path must decline. */
const piece = fc.constantFrom(
  '一', '发展', '2016', '年', '。', '，', 'a', '　　', '-', '=', '#', '# ', '## ', '####### ', ' #', '\n', '\n\n', '\r\n', '\r',
  ' ', '  ', '\t', '1. ', '1) ', '2016. ', '- ', '* ', '+ ', '> ', '---', '===', '```', '~~~', '<!-- x -->', '<b>', '&amp;',
  '\\', '*', '_', '[a](b)', '[a]: b', '`c`', '!', '    ', '\0', '\uFEFF', '\u2028', '|a|b|', '+++',
  '\v', '\f', '\u00a0', '\u3000', '<中', '<a>', '<!--', '-->', '<!-- c -->', '\uD83D\uDE00', '\uD83D', 'http://x.cn', '--我', '+a', '=a', '# a ', '#  ', '~',
  ':-', ':--:', '-|', '\n- ', '\n+ ', '\n\n- ', '- - ', '-a', '`', '``', '`代码`', '` a `', '`  `', '` \u3000 `', '`a ``', '\n  ',
);
/** Whole lines (items, prose, headings, blank lines, comments), so that lists, tight and loose, and code spans are
 * often built, not only declined. */
const inlinePiece = fc.constantFrom('一', '发展', ' 与', '`', '`代码`', '` a `', '-', '#');
const documentLine = fc
  .tuple(fc.constantFrom('- ', '- ', '+ ', '', '# ', '<!-- c -->', 'blank', 'blank'), fc.array(inlinePiece, { maxLength: 6 }), fc.constantFrom('\n', '\n', '\r\n'))
  .map(([start, words, end]) => (start === 'blank' ? '' : start === '<!-- c -->' ? start : start + words.join('')) + end);
/** Items, blank lines and what ends a list, so that loose lists (a blank line between items) come up often. */
const listLine = fc.constantFrom('- 项', '- 含`代码`的项', '+ 项', '', '', '正文', '# 标题', '<!-- c -->');
const markdownish = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.array(documentLine, { maxLength: 12 }).map((lines) => lines.join('')),
  fc.array(listLine, { maxLength: 10 }).map((lines) => lines.join('\n')),
);

describe('plain Markdown fast path', () => {
  it('builds the same mdast as remark-parse, or declines, on generated text', () => {
    const accepted = { all: 0, list: 0, looseList: 0, code: 0 };
    fc.assert(
      fc.property(markdownish, (text) => {
        const tree = plainMarkdownTree(text);
        if (tree) {
          accepted.all++;
          if (tree.children.some((node) => node.type === 'list')) accepted.list++;
          if (tree.children.some((node) => node.type === 'list' && node.spread)) accepted.looseList++;
          if (JSON.stringify(tree).includes('"inlineCode"')) accepted.code++;
          expect(tree).toEqual(parseWithRemark(text));
        }
      }),
      // PLAIN_MARKDOWN_RUNS=200000 for a deeper search after changing the fast path.
      { numRuns: Number(process.env.PLAIN_MARKDOWN_RUNS ?? 5000) },
    );
    // The property says nothing about what the fast path declines.
    expect(accepted.all).toBeGreaterThan(1000);
    expect(accepted.list).toBeGreaterThan(400);
    expect(accepted.looseList).toBeGreaterThan(30);
    expect(accepted.code).toBeGreaterThan(300);
  });

  /** Checks every file the fast path accepts against remark; returns how many it accepted. */
  const checkFiles = (files: string[]): number => {
    let accepted = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const tree = plainMarkdownTree(text);
      if (!tree) continue;
      accepted++;
      expect(tree, file).toEqual(parseWithRemark(text));
    }
    return accepted;
  };

  it('builds the same mdast as remark-parse on the fixtures it accepts', () => {
    expect(checkFiles([...markdownFiles(join(root, 'seeds')), ...markdownFiles(join(root, 'fixtures'))])).toBeGreaterThan(0);
  });

  const corpus = join(root, '../shared/corpus');
  it.skipIf(!sharedPresent('corpus'))('builds the same mdast as remark-parse on the shared corpus, most of which it accepts', () => {
    const files = markdownFiles(corpus);
    expect(checkFiles(files)).toBeGreaterThan(files.length / 2);
  });

  it('declines each construct it does not build', () => {
    for (const text of ['> 引用', '- 项\n续行', '- - 项', '-  项', '- # 项', '- 项\n  缩进', '* 项', '1. 项', '一\n===', '``代码``', '`跨\n行`', '```\n代码\n```', '**强调**', '[链接](u)', '&amp;', '## 标题 ##', '---- ---', '正文\n-- -', '行尾  \n下一行', '    缩进', '一\r二', '---\ntitle: x\n---', '<!-- 未闭合', '<!--> x', '\uFEFF正文', '<b>粗</b>']) {
      expect(plainMarkdownTree(text), text).toBeNull();
    }
    expect(plainMarkdownTree('# 一、总则\n\n　　第一段。\r\n第二行。\n<!-- policylint-disable -->\n《法》<中华人民共和国法>')?.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'html', 'paragraph']);
  });

  it('builds bullet lists and code spans as remark does', () => {
    const texts = [
      '## 主要任务\n\n- 完成`十四五`目标。\n- 新增就业1100万人。\n\n- 城镇化率65%。\n\n正文。',
      '正文。\n- 打断段落的项\n+ 换了标记的项\r\n# 标题 `代码` 尾',
      '第一行 ` 空格 ` 与 `a`\n第二行`b` 与未配对的 `\n\n- 项\n<!-- 注释 -->\n- 项',
    ];
    for (const text of texts) {
      const tree = plainMarkdownTree(text);
      expect(tree, text).not.toBeNull();
      expect(tree, text).toEqual(parseWithRemark(text));
    }
  });
});
