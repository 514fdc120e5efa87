// remark: CommonMark with YAML and TOML front matter, and GFM tables (indicator tables of plans are written as
// pipe tables), each extension only for a text that could use it. Only tables: the rest of GFM (autolink literals,
// strikethrough) would change what other rules read as prose.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Root } from 'mdast';
import { mayHoldTable, mayOpenWithFrontMatter } from './markdown-signals.js';

function remarkGfmTable(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

/** The processors by the extensions they add to CommonMark: index 1 front matter, 2 tables, 3 both. */
const processors = [
  unified().use(remarkParse),
  unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']),
  unified().use(remarkParse).use(remarkGfmTable),
  unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmTable),
];

export interface Extensions {
  frontMatter: boolean;
  tables: boolean;
}

/**
 * The extensions a text needs. Each costs time on every line it is tried on (tables a fifth of the parse, front
 * matter a twentieth), yet cannot change the tree of a text without what opens its construct: a line that could be
 * a table's delimiter row, or `---`/`+++` at the start. test/document/remark.test.ts checks that the trees are the
 * same.
 */
export function extensionsFor(text: string): Extensions {
  return { frontMatter: mayOpenWithFrontMatter(text), tables: mayHoldTable(text) };
}

export function parseWithRemark(text: string, { frontMatter, tables }: Extensions = extensionsFor(text)): Root {
  return processors[(frontMatter ? 1 : 0) + (tables ? 2 : 0)]!.parse(text);
}
