// Markdown is parsed with the front matter and table extensions only where what opens their constructs is: the
// tree must be the one both extensions build.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extensionsFor, parseWithRemark } from '../../src/document/remark.js';
import { mayHoldTable } from '../../src/document/markdown-signals.js';
import { developmentMarkdownFiles, parseWithEveryExtension as withBoth } from '../helpers/markdown.js';
import { sharedPresent } from '../helpers/shared.js';

/** Pieces of tables and of everything around them: pipes in prose, quotes, lists, code, line endings. */
const piece = fc.constantFrom(
  '|', '| a |', 'a | b', '| --- |', '--|--', ':-:', '-', '---', ':', ' ', '\t', '> ', '- ', '1. ', '  ', '    ', '\n', '\n\n', '\r\n', '\r',
  '`|`', '\\|', '**b**', '[a](b)', '# ', '指标', '2025年', '<!-- c -->', '```\n', 'x',
);
/** Front matter, closed or not, at the start or further down. */
const frontMatter = fc.constantFrom('---\n', '+++\n', '\uFEFF---\n', '---\ntitle: 规划\n---\n', '+++\ntitle = "a"\n+++\n', '---');
/** Lines of pipes, colons and hyphens with a little text: tables, near-tables and thematic breaks. */
const tableLine = fc
  .tuple(fc.constantFrom('', '> ', '  ', '- '), fc.array(fc.constantFrom('|', ':', '-', '---', ' ', 'a', '1'), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([prefix, cells, end]) => prefix + cells.join('') + end);
const table = fc.constantFrom('a | b\n--|--\n', '| 指标 |\n| :-: |\n', '> a | b\n> -|-\n', 'a\n:-\n');
const markdownish = fc.oneof(
  fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(tableLine, tableLine, table), { maxLength: 6 }).map((lines) => lines.join('')),
  fc.tuple(frontMatter, fc.array(fc.oneof(piece, frontMatter), { maxLength: 12 })).map(([start, rest]) => start + rest.join('')),
);


describe('remark with only the extensions a text needs', () => {
  it('builds the tree both extensions build, on generated text', () => {
    const seen = { withoutTables: 0, tables: 0, withoutFrontMatter: 0, frontMatter: 0 };
    fc.assert(
      fc.property(markdownish, (text) => {
        const expected = withBoth(text);
        const needs = extensionsFor(text);
        if (!needs.tables) seen.withoutTables++;
        else if (JSON.stringify(expected).includes('"table"')) seen.tables++;
        if (!needs.frontMatter) seen.withoutFrontMatter++;
        else if (expected.children.some((node) => node.type === 'yaml' || (node.type as string) === 'toml')) seen.frontMatter++;
        expect(parseWithRemark(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    // Each side must be exercised: texts parsed without an extension, and constructs left to it.
    expect(seen.withoutTables).toBeGreaterThan(300);
    expect(seen.tables).toBeGreaterThan(100);
    expect(seen.withoutFrontMatter).toBeGreaterThan(300);
    expect(seen.frontMatter).toBeGreaterThan(100);
  });

  it('sees the delimiter row of a table in a block quote, a list item, or with CR line endings', () => {
    for (const text of ['> | a | b |\n> | - | - |\n> | 1 | 2 |', '- 项\n\n  a | b\n  --|--\n  1 | 2', 'a | b\r\n:-: | --:\r\n1 | 2', 'a | b\r--|--\r1|2']) {
      expect(mayHoldTable(text), text).toBe(true);
      expect(JSON.stringify(parseWithRemark(text)), text).toContain('"table"');
    }
    expect(mayHoldTable('正文 | 不是表格\n\n---\n\n1 | 2 -- 3')).toBe(false);
  });

  it.skipIf(!sharedPresent('corpus'))('builds the same tree on every Markdown file of the development set', () => {
    const files = developmentMarkdownFiles();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(parseWithRemark(text), file).toEqual(withBoth(text));
    }
    expect(files.length).toBeGreaterThan(200);
  });
});
