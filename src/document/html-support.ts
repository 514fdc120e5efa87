// The HTML parser (rehype-parse, parse5) is loaded only by runs that lint HTML pages, like the Markdown parser.
import type { HtmlParse } from './html.js';

let html: typeof import('./html.js') | undefined;

export async function loadHtmlSupport(): Promise<void> {
  html ??= await import('./html.js');
}

export function parseLoadedHtml(text: string): HtmlParse {
  if (!html) throw new Error('HTML support is not loaded: await loadHtmlSupport() before parsing HTML');
  return html.parseHtml(text);
}
