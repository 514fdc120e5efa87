// HTML pages: parsed with rehype-parse (parse5), positions from the hast nodes. The visible prose of the page
// body becomes blocks; page chrome (nav, header, footer …), scripts and hidden elements do not, but what is
// hidden or acts by itself is kept as `hidden` content, and link targets as `html` fragments, for injected-content.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Nodes, Root, RootContent } from 'hast';
import { BlockBuilder } from './block-builder.js';
import type { Block, BlockKind } from './block.js';
import { parseDirective, type Directive } from './directives.js';
import type { HiddenContent } from './hidden-content.js';
import { hiddenSelectors, hidingDeclaration, type HiddenSelectors } from './html-style.js';
import { TextAppender } from './html-text.js';
import { TableGrid } from './table-grid.js';
import type { HtmlFragment } from './formats.js';
import type { Range } from '../leaf-types.js';

const parser = unified().use(rehypeParse, { verbose: true });

export interface HtmlParse {
  blocks: Block[];
  directives: Directive[];
  /** Link targets (`href` of a/area, `src` of script), each the attribute as written. */
  html: HtmlFragment[];
  hidden: HiddenContent[];
}

/** Never document text, and not looked into for prose. */
const NOT_PROSE = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'select', 'option', 'textarea', 'button', 'input', 'canvas', 'audio', 'video', 'map']);
/** Page chrome: not document text, but still inspected for hidden and active content. */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
// Chrome by name, as on pages without HTML5 elements (<div class="footer">); whole words only.
const CHROME_NAMES = new Set(['header', 'footer', 'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'sidebar', 'site-header', 'site-footer', 'share', 'tools']);
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html', 'legend', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const ABSOLUTE_URL = /^\s*(?:https?:)?\/\//i;
const SEARCH_METADATA = /^(?:description|keywords)$/i;
const ZERO_SIZE = /^\s*[01](?:px)?\s*$/;
const FRAMES = new Set(['iframe', 'frame', 'object', 'embed']);
/** Code that puts markup or text into the page. */
const WRITES_CONTENT = /\bdocument\s*\.\s*write(?:ln)?\s*\(|\.\s*(?:innerHTML|outerHTML)\s*\+?=(?!=)|\binsertAdjacentHTML\s*\(/;

const rangeOf = (node: Nodes): Range | null =>
  node.position?.start.offset !== undefined && node.position.end.offset !== undefined
    ? [node.position.start.offset, node.position.end.offset]
    : null;

function openingTag(node: Element): Range | null {
  const opening = (node.data as { position?: { opening?: { start: { offset?: number }; end: { offset?: number } } } } | undefined)?.position?.opening;
  return opening?.start.offset !== undefined && opening.end.offset !== undefined ? [opening.start.offset, opening.end.offset] : rangeOf(node);
}

function attributeRange(node: Element, property: string): Range | null {
  const p = (node.data as { position?: { properties?: Record<string, { start: { offset?: number }; end: { offset?: number } } | undefined> } } | undefined)?.position?.properties?.[property];
  return p?.start.offset !== undefined && p.end.offset !== undefined ? [p.start.offset, p.end.offset] : null;
}

const words = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];

function isChrome(node: Element): boolean {
  if (CHROME_TAGS.has(node.tagName)) return true;
  const p = node.properties;
  if (typeof p.role === 'string' && CHROME_ROLES.has(p.role)) return true;
  if (p.className === undefined && p.id === undefined) return false;
  return words(p.className).some((w) => CHROME_NAMES.has(w.toLowerCase())) || words(p.id).some((w) => CHROME_NAMES.has(w.toLowerCase()));
}

/** Why an element is hidden from readers (`display:none`, `hidden`, `.ad{display:none}`), or null. */
function hiddenBy(node: Element, selectors: HiddenSelectors): string | null {
  const p = node.properties;
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return 'hidden';
  if (p.style === undefined && p.className === undefined && p.id === undefined) return null;
  const candidates: string[] = [];
  if (typeof p.style === 'string') {
    const declaration = hidingDeclaration(p.style);
    if (declaration) candidates.push(declaration);
  }
  for (const c of words(p.className)) {
    const rule = selectors.classes.get(c);
    if (rule) candidates.push(rule);
  }
  for (const id of words(p.id)) {
    const rule = selectors.ids.get(id);
    if (rule) candidates.push(rule);
  }
  // font-size:0 and opacity:0 on a container are a layout trick (children set their own size): they hide
  // only text that stands directly in the element.
  return candidates.find((c) => !WEAK_HIDING.test(c) || hasOwnText(node)) ?? null;
}

const WEAK_HIDING = /font-size|opacity/;
const hasOwnText = (node: Element) => node.children.some((c) => c.type === 'text' && c.value.trim().length > 0);

const textOf = (node: Nodes): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '';

/** A cell that holds headings or another table lays out the page (old sites do): its text is not table data. */
const isLayoutCell = (node: Nodes): boolean =>
  'children' in node && node.children.some((c) => c.type === 'element' && (c.tagName === 'table' || /^h[1-6]$/.test(c.tagName) || isLayoutCell(c)));

function blockKindOf(node: Element, inherited: BlockKind): { kind: BlockKind; depth: number } {
  const h = /^h([1-6])$/.exec(node.tagName);
  if (h) return { kind: 'heading', depth: Number(h[1]) };
  if (node.tagName === 'td' || node.tagName === 'th') return { kind: isLayoutCell(node) ? 'paragraph' : 'tableCell', depth: 0 };
  return { kind: inherited === 'tableCell' ? 'tableCell' : 'paragraph', depth: 0 };
}

export function parseHtml(text: string): HtmlParse {
  const tree = parser.parse(text) as Root;
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  const html: HtmlFragment[] = [];
  const hidden: HiddenContent[] = [];

  const sheets: string[] = [];
  const collectStyles = (node: Nodes): void => {
    if (node.type === 'element' && node.tagName === 'style') sheets.push(textOf(node));
    else if ('children' in node) for (const c of node.children) collectStyles(c as Nodes);
  };
  collectStyles(tree);
  const selectors = hiddenSelectors(sheets);

  // --- Prose: blocks of visible body text. An element block (p, h1, td …) is one block; text directly inside
  // a container (div with text and child blocks) makes anonymous blocks between the child blocks.
  let current: { appender: TextAppender; kind: BlockKind; depth: number } | null = null;
  const flush = (): void => {
    if (current && !current.appender.isEmpty) {
      const { appender, kind, depth } = current;
      blocks.push(appender.builder.finish(blocks.length, kind, [appender.start, appender.end], depth));
    }
    current = null;
  };
  const open = (kind: BlockKind, depth: number) => (current ??= { appender: new TextAppender(new BlockBuilder(text), text), kind, depth }).appender;

  // Tables being read (nested ones on top), so that cells know their row and column.
  const grids: TableGrid[] = [];
  let tableCount = 0;
  const prose = (nodes: readonly RootContent[], kind: BlockKind, depth: number): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const range = rangeOf(node);
        if (range) open(kind, depth).text(node.value, range[0], range[1]);
      } else if (node.type === 'element') {
        const tag = node.tagName;
        if (NOT_PROSE.has(tag) || isChrome(node) || hiddenBy(node, selectors)) {
          current?.appender.boundary();
        } else if (tag === 'br') {
          const range = rangeOf(node);
          if (range && current) current.appender.lineBreak(range[0], range[1]);
        } else if (BLOCK_TAGS.has(tag)) {
          flush();
          const inner = blockKindOf(node, kind);
          if (tag === 'table') grids.push(new TableGrid(tableCount++));
          const grid = grids[grids.length - 1];
          if (tag === 'tr') grid?.nextRow();
          const cell = grid && (tag === 'td' || tag === 'th') ? grid.place(Number(node.properties.colSpan ?? 1), Number(node.properties.rowSpan ?? 1)) : undefined;
          const first = blocks.length;
          prose(node.children, inner.kind, inner.depth);
          flush();
          if (cell && inner.kind === 'tableCell') for (let i = first; i < blocks.length; i++) blocks[i]!.cell = cell;
          if (tag === 'table') grids.pop();
        } else {
          current?.appender.boundary();
          prose(node.children, kind, depth);
          current?.appender.boundary();
        }
      }
    }
  };
  prose(tree.children, 'paragraph', 0);
  flush();

  // --- Markup: directives, hidden elements, active content and link targets, everywhere on the page.
  let hiddenBlocks = 0;
  const hiddenText = (node: Element): { text: string; block: Block } => {
    const appender = new TextAppender(new BlockBuilder(text), text);
    const visit = (n: RootContent): void => {
      if (n.type === 'text') {
        const range = rangeOf(n);
        if (range) appender.text(n.value, range[0], range[1]);
      } else if (n.type === 'element' && n.tagName !== 'script' && n.tagName !== 'style') {
        if (BLOCK_TAGS.has(n.tagName) || n.tagName === 'br') appender.text(' ', appender.end, appender.end);
        appender.boundary();
        for (const c of n.children) visit(c);
        appender.boundary();
      }
    };
    for (const c of node.children) visit(c);
    const block = appender.builder.finish(hiddenBlocks++, 'paragraph', rangeOf(node) ?? [0, 0]);
    return { text: block.text, block };
  };

  const markup = (node: Nodes, chrome: boolean, insideHidden: boolean): void => {
    if (node.type === 'comment') {
      const range = rangeOf(node);
      if (range && node.value.includes('policylint-')) {
        const directive = parseDirective(text.slice(range[0], range[1]), node.position!.start.line, range);
        if (directive) directives.push(directive);
      } else if (range && node.value.trim()) {
        // A comment is read by machines, not people: a hiding place for instructions to them.
        const builder = new BlockBuilder(text);
        builder.append(node.value, range[0] + 4, range[1] - 3);
        const block = builder.finish(hiddenBlocks++, 'paragraph', range);
        hidden.push({ kind: 'metadata', how: '<!-- -->', text: node.value.trim(), range, block });
      }
      return;
    }
    if (node.type !== 'element') {
      if ('children' in node) for (const c of node.children) markup(c as Nodes, chrome, insideHidden);
      return;
    }
    const tag = node.tagName;
    const range = rangeOf(node);
    const inChrome = chrome || isChrome(node);
    let hiddenHere = insideHidden;
    if (!insideHidden && range && tag !== 'script' && tag !== 'style' && tag !== 'input' && tag !== 'template') {
      // <noscript> shows only where scripts are off, which no reader's browser is: a known hiding place for links.
      const how = tag === 'noscript' ? '<noscript>' : hiddenBy(node, selectors);
      if (how) {
        hiddenHere = true;
        const content = hiddenText(node);
        if (content.text.length > 0) hidden.push({ kind: 'hidden', how, range, ...content, ...(inChrome ? { chrome: true } : {}) });
      }
    }
    const p = node.properties;
    if (tag === 'title' && range) {
      const content = hiddenText(node);
      if (content.text.length > 0) hidden.push({ kind: 'metadata', how: '<title>', range, ...content });
    } else if (tag === 'meta' && typeof p.name === 'string' && SEARCH_METADATA.test(p.name) && typeof p.content === 'string') {
      const at = attributeRange(node, 'content');
      if (at) {
        // `content="…"` as written: the value starts after `=` and its opening quote, if any.
        const value = /=\s*["']?/.exec(text.slice(at[0], at[1]));
        const offset = value ? at[0] + value.index + value[0].length : at[0];
        const end = at[1];
        const builder = new BlockBuilder(text);
        builder.append(p.content, offset, end);
        const block = builder.finish(hiddenBlocks++, 'paragraph', at);
        hidden.push({ kind: 'metadata', how: `<meta name="${p.name.toLowerCase()}">`, text: block.text, range: at, block });
      }
    }
    if (tag === 'meta' && words(p.httpEquiv).some((w) => w.toLowerCase() === 'refresh') && range) {
      hidden.push({ kind: 'redirect', how: '<meta http-equiv="refresh">', text: String(p.content ?? ''), range: openingTag(node) ?? range });
    } else if (FRAMES.has(tag) && range) {
      const target = String(p.src ?? p.data ?? '');
      const concealed = insideHidden || hiddenBy(node, selectors) !== null || ZERO_SIZE.test(String(p.width ?? '')) || ZERO_SIZE.test(String(p.height ?? ''));
      hidden.push({ kind: 'frame', how: `<${tag}>`, text: target, range: openingTag(node) ?? range, ...(inChrome ? { chrome: true } : {}), ...(concealed ? { concealed } : {}) });
    } else if (tag === 'script' && range) {
      const code = textOf(node);
      const first = node.children[0];
      const codeRange = first ? rangeOf(first) : null;
      if (WRITES_CONTENT.test(code) && codeRange) {
        // Script text is raw (no entities): it stands in the source character for character.
        const builder = new BlockBuilder(text);
        builder.append(code, codeRange[0], codeRange[1]);
        const block = builder.finish(hiddenBlocks++, 'paragraph', range);
        hidden.push({ kind: 'script', how: '<script>', text: code, range, block, ...(inChrome ? { chrome: true } : {}), ...(insideHidden ? { concealed: true } : {}) });
      }
    }
    // alt and title texts: shown only to screen readers or on hover, read by every machine.
    for (const name of ['alt', 'title'] as const) {
      const value = p[name];
      const at = typeof value === 'string' && value.trim().length >= 8 ? attributeRange(node, name) : null;
      if (!at) continue;
      const quoted = /=\s*["']?/.exec(text.slice(at[0], at[1]));
      const offset = quoted ? at[0] + quoted.index + quoted[0].length : at[0];
      const builder = new BlockBuilder(text);
      builder.append(value as string, offset, at[1]);
      hidden.push({ kind: 'metadata', how: `${name}="…"`, text: value as string, range: at, block: builder.finish(hiddenBlocks++, 'paragraph', at) });
    }
    const linkProperty = tag === 'a' || tag === 'area' ? 'href' : tag === 'script' ? 'src' : null;
    // Only addresses that leave the site matter (relative and javascript: links stay on it).
    if (linkProperty && typeof p[linkProperty] === 'string' && ABSOLUTE_URL.test(p[linkProperty])) {
      const at = attributeRange(node, linkProperty);
      if (at) html.push({ value: text.slice(at[0], at[1]), range: at, inline: true });
    }
    for (const c of node.children) markup(c, inChrome, hiddenHere);
  };
  markup(tree, false, false);
  html.sort((a, b) => a.range[0] - b.range[0]);
  hidden.sort((a, b) => a.range[0] - b.range[0]);
  return { blocks, directives, html, hidden };
}
