// The Markdown parser (unified + remark) is loaded only when a run meets Markdown that plain-markdown.ts cannot
// build by itself: runs over plain text, or over Markdown that is only headings and prose, start faster.
import type { Root } from 'mdast';
import { plainMarkdownTree } from './plain-markdown.js';

let remark: typeof import('./remark.js') | undefined;

/** The last text tried, so that loading for a text and then parsing it build its plain tree once. */
let last: { text: string; tree: Root | null } | undefined;
function plainTreeOf(text: string): Root | null {
  if (last?.text !== text) last = { text, tree: plainMarkdownTree(text) };
  return last.tree;
}

/** Loads remark, unless `text` is given and is plain Markdown (which needs no parser). */
export async function loadMarkdownSupport(text?: string): Promise<void> {
  if (remark || (text !== undefined && plainTreeOf(text))) return;
  remark = await import('./remark.js');
}

/** The mdast of `text`: built directly when it is plain Markdown, otherwise by remark (which must be loaded). */
export function parseMarkdownTree(text: string): Root {
  const plain = plainTreeOf(text);
  last = undefined;
  if (plain) return plain;
  if (!remark) throw new Error('Markdown support is not loaded: await loadMarkdownSupport(text) before parsing Markdown');
  return remark.parseWithRemark(text);
}
