// The Markdown parser (unified + remark) is loaded only by runs that lint Markdown: plain-text runs start faster.
import type { MarkdownParse } from './markdown.js';

let markdown: typeof import('./markdown.js') | undefined;

export async function loadMarkdownSupport(): Promise<void> {
  markdown ??= await import('./markdown.js');
}

export function parseLoadedMarkdown(text: string): MarkdownParse {
  if (!markdown) throw new Error('Markdown support is not loaded: await loadMarkdownSupport() before parsing Markdown');
  return markdown.parseMarkdown(text);
}
