// The one remark processor: CommonMark with YAML and TOML front matter.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

export function parseWithRemark(text: string): Root {
  return processor.parse(text);
}
