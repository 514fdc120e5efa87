// Markdown without a line that could be a table's delimiter row parses without the GFM table extension: the tree
// must be the one the extension would have built.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWithRemark } from '../../src/document/remark.js';
import { mayHoldTable } from '../../src/document/table-delimiter.js';
import { sharedPresent } from '../helpers/shared.js';

const root = new URL('../../', import.meta.url).pathname;

/** Pieces of tables and of everything around them: pipes in prose, quotes, lists, code, line endings. */
const piece = fc.constantFrom(
  '|', '| a |', 'a | b', '| --- |', '--|--', ':-:', '-', '---', ':', ' ', '\t', '> ', '- ', '1. ', '  ', '    ', '\n', '\n\n', '\r\n', '\r',
  '`|`', '\\|', '**b**', '[a](b)', '# ', '指标', '2025年', '<!-- c -->', '```\n', 'x',
);
/** Lines of pipes, colons and hyphens with a little text: tables, near-tables and thematic breaks. */
const tableLine = fc
  .tuple(fc.constantFrom('', '> ', '  ', '- '), fc.array(fc.constantFrom('|', ':', '-', '---', ' ', 'a', '1'), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([prefix, cells, end]) => prefix + cells.join('') + end);
const table = fc.constantFrom('a | b\n--|--\n', '| 指标 |\n| :-: |\n', '> a | b\n> -|-\n', 'a\n:-\n');
const markdownish = fc.oneof(
  fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(tableLine, tableLine, table), { maxLength: 6 }).map((lines) => lines.join('')),
);

const withAndWithout = (text: string) => [parseWithRemark(text, false), parseWithRemark(text, true)];

describe('remark without the table extension where no table can be', () => {
  it('builds the tree the extension builds, on generated text without a delimiter row', () => {
    let compared = 0;
    let tables = 0;
    fc.assert(
      fc.property(markdownish, (text) => {
        if (mayHoldTable(text)) {
          if (JSON.stringify(parseWithRemark(text, true)).includes('"table"')) tables++;
          return;
        }
        compared++;
        const [without, withTables] = withAndWithout(text);
        expect(without).toEqual(withTables);
      }),
      { numRuns: 3000 },
    );
    // Both sides of the test must be exercised: texts it compares, and tables it leaves to the extension.
    expect(compared).toBeGreaterThan(300);
    expect(tables).toBeGreaterThan(100);
  });

  it('sees the delimiter row of a table in a block quote, a list item, or with CR line endings', () => {
    for (const text of ['> | a | b |\n> | - | - |\n> | 1 | 2 |', '- 项\n\n  a | b\n  --|--\n  1 | 2', 'a | b\r\n:-: | --:\r\n1 | 2', 'a | b\r--|--\r1|2']) {
      expect(mayHoldTable(text), text).toBe(true);
      expect(JSON.stringify(parseWithRemark(text)), text).toContain('"table"');
    }
    expect(mayHoldTable('正文 | 不是表格\n\n---\n\n1 | 2 -- 3')).toBe(false);
  });

  it.skipIf(!sharedPresent('corpus'))('builds the same tree on every Markdown file of the development set without a delimiter row', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.md')) files.push(path);
      }
    };
    for (const dir of [join(root, 'seeds'), join(root, 'fixtures'), join(root, 'src/rules'), join(root, '../shared')]) walk(dir);
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (mayHoldTable(text)) continue;
      compared++;
      const [without, withTables] = withAndWithout(text);
      expect(without, file).toEqual(withTables);
    }
    expect(compared).toBeGreaterThan(100);
  });
});
