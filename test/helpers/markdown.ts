// Markdown texts and trees the parser tests compare: the development set's files, and remark's tree with every
// extension policylint uses.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { parseWithRemark } from '../../src/document/remark.js';

const root = new URL('../../', import.meta.url).pathname;

/** The .md files under `dir`, at any depth. */
export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(path));
    else if (entry.name.endsWith('.md')) out.push(path);
  }
  return out;
}

/** The Markdown of the seeds, the fixtures, the rules' folders and ../shared (which must be present). */
export function developmentMarkdownFiles(): string[] {
  return ['seeds', 'fixtures', 'src/rules', '../shared'].flatMap((dir) => markdownFiles(join(root, dir)));
}

/** remark with every extension policylint uses, whatever the text needs. */
export function parseWithEveryExtension(text: string): Root {
  return parseWithRemark(text, { frontMatter: true, tables: true });
}
