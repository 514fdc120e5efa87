// The Markdown parser (unified + remark) is loaded only when a run meets Markdown that plain-markdown.ts cannot
// build by itself: runs over plain text, or over Markdown that is only headings and prose, start faster.
import type { Root } from 'mdast';
import { plainMarkdownTree } from './plain-markdown.js';

let remark: typeof import('./remark.js') | undefined;

/** Loads remark, unless `text` is given and is plain Markdown (which needs no parser). */
export async function loadMarkdownSupport(text?: string): Promise<void> {
  if (remark || (text !== undefined && plainMarkdownTree(text))) return;
  remark = await import('./remark.js');
}

/** The mdast of `text`: built directly when it is plain Markdown, otherwise by remark (which must be loaded). */
export function parseMarkdownTree(text: string): Root {
  const plain = plainMarkdownTree(text);
  if (plain) return plain;
  if (!remark) throw new Error('Markdown support is not loaded: await loadMarkdownSupport(text) before parsing Markdown');
  return remark.parseWithRemark(text);
}
