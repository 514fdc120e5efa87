// The one remark processor: CommonMark with YAML and TOML front matter, and GFM tables (indicator tables of
// plans are written as pipe tables). Only tables: the rest of GFM (autolink literals, strikethrough) would change
// what other rules read as prose.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Root } from 'mdast';
import { mayHoldTable } from './table-delimiter.js';

function remarkGfmTable(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const withoutTables = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
const withTables = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmTable);

/**
 * The table extension tries every line of a document and costs about a third of the parse, but where no line could
 * be a delimiter row it cannot change the tree (test/document/remark.test.ts), so it runs only where one could.
 */
export function parseWithRemark(text: string, tables = mayHoldTable(text)): Root {
  return (tables ? withTables : withoutTables).parse(text);
}
