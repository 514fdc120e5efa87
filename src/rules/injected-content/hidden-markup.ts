// Raw HTML in Markdown that hides content or runs code, and links to domains not on the allow list.
import type { Link, Definition, Image, Nodes } from 'mdast';
import type { PolicyDocument } from '../../document/document.js';
import type { LocalizedText, Range } from '../../types.js';
import { quoteOf, type InjectionFinding } from './finding.js';
import type { HtmlFragment } from '../../document/markdown.js';
import { findShapeSpam } from './shape.js';
import { allowedDomains, hostOf, isAllowed } from './domains.js';

interface HidingPattern {
  pattern: RegExp;
  what: LocalizedText;
  /** For a pattern of one tag (`<name…` then `[^>]*` and an attribute), sticky: where a tag may start. */
  opener?: RegExp;
}

// Checked in this order; the first that matches names the finding.
const HIDING: HidingPattern[] = [
  { pattern: /<script\b/i, what: { zh: '脚本', en: 'script' } },
  { pattern: /<(?:iframe|frame|frameset|object|embed)\b/i, what: { zh: '内嵌框架或对象', en: 'embedded frame or object' } },
  { pattern: /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?refresh/iy, opener: /<meta\b/gi, what: { zh: '自动跳转', en: 'automatic redirect' } },
  { pattern: /\bon[a-z]{3,}\s*=\s*["']?[^\s"'>]/i, what: { zh: '事件处理脚本', en: 'event handler script' } },
  { pattern: /\bjavascript\s*:/i, what: { zh: '脚本链接', en: 'javascript: link' } },
  { pattern: /display\s*:\s*none/i, what: { zh: '隐藏内容 display:none', en: 'content hidden with display:none' } },
  { pattern: /visibility\s*:\s*hidden/i, what: { zh: '隐藏内容 visibility:hidden', en: 'content hidden with visibility:hidden' } },
  { pattern: /font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:[;"'}]|$)/i, what: { zh: '零字号隐藏内容', en: 'content hidden with font-size:0' } },
  { pattern: /opacity\s*:\s*0(?:\.0+)?\s*(?:[;"'}]|$)/i, what: { zh: '全透明隐藏内容', en: 'content hidden with opacity:0' } },
  { pattern: /(?:left|top|right|text-indent|margin-left|margin-top)\s*:\s*-\d{3,}/i, what: { zh: '移出屏幕的隐藏内容', en: 'content moved off-screen' } },
  { pattern: /font-size\s*:\s*(?:0?\.\d+|1)(?:px|pt)\s*(?:[;"'}]|$)/i, what: { zh: '极小字号隐藏内容', en: 'content hidden in a tiny font' } },
  { pattern: /clip\s*:\s*rect\(\s*0|clip-path\s*:\s*inset\(\s*(?:50|100)%|transform\s*:\s*scale\(\s*0(?:\.0+)?\s*\)/i, what: { zh: '被裁去的隐藏内容', en: 'content clipped out of sight' } },
  { pattern: /<[a-z][^>]*\shidden(?:\s*=|[\s/>])/iy, opener: /<[a-z]/gi, what: { zh: '带 hidden 属性的隐藏内容', en: 'content hidden with the hidden attribute' } },
];

const hides = (h: HidingPattern, html: string): boolean => (h.opener ? inSomeTag(html, h.opener, h.pattern) : h.pattern.test(html));

/**
 * Whether the sticky `pattern` matches at a tag opener of `html`, tried at the first opener of each stretch up to
 * a `>` only: `[^>]*` stops there, so a later opener in the stretch sees part of what the first one sees. Tried at
 * every opener (as an unanchored pattern does), a stretch of `<a <a <a …` with no `>` was scanned again from each.
 */
function inSomeTag(html: string, opener: RegExp, pattern: RegExp): boolean {
  opener.lastIndex = 0;
  for (let m = opener.exec(html); m; m = opener.exec(html)) {
    pattern.lastIndex = m.index;
    if (pattern.test(html)) return true;
    const end = html.indexOf('>', m.index);
    if (end === -1) return false;
    opener.lastIndex = end + 1;
  }
  return false;
}

const HTML_URL = /\b(?:href|src|action|data)\s*=\s*["']?([^\s"'>]+)/gi;
const LINK_SYNTAX = /\]\(|\]:|<(?:https?:)?\/\//i;

function linkFinding(url: string, host: string, range: Range): InjectionFinding {
  return {
    kind: 'link',
    label: { zh: `链接到不在白名单中的域名 ${host}`, en: `link to ${host}, a domain not on the allow list` },
    range,
    quote: quoteOf(url),
    properties: { domain: host },
    // An unknown domain is worth a look, not proof of an attack.
    severity: 'warn',
  };
}

/** Link targets in the mdast: [text](url), <url>, [ref]: url, images. */
function mdastUrls(root: Nodes): { url: string; range: Range }[] {
  const out: { url: string; range: Range }[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const n = node as Link | Definition | Image;
      const s = n.position?.start.offset;
      const e = n.position?.end.offset;
      if (s !== undefined && e !== undefined) out.push({ url: n.url, range: [s, e] });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(root);
  return out;
}

/** An inline opening tag's whole element, up to its closing tag (the hidden text between is prose in Markdown). */
function elementOf(open: HtmlFragment, doc: PolicyDocument): Range {
  const close = open.inline ? closingTags(doc).get(open) : undefined;
  return close ? [open.range[0], close.range[1]] : open.range;
}

const TAG_NAME = /^<([a-z][a-z0-9]*)/i;
const OPENS = /^<([a-z][a-z0-9]*)\b/i;
const CLOSES = /^<\/([a-z][a-z0-9]*)\s*>/i;

/**
 * The closing tag of each opening tag among the fragments: the first `</name>` after it where the `<name` opened
 * since are all closed. Found in one pass, by the depth of each name, rather than by a walk from each opening tag
 * (quadratic with thousands of unclosed tags). A fragment whose own name does not open it (`<span_x>` looks for
 * `</span>` but is no `<span`) waits at the depth it found.
 */
function closingTags(doc: PolicyDocument): Map<HtmlFragment, HtmlFragment> {
  return doc.analysis('injected-content:closing-tags', () => {
    const closing = new Map<HtmlFragment, HtmlFragment>();
    const depth = new Map<string, number>();
    /** Opening tags waiting for their closing tag, by name and the depth they close at. */
    const waiting = new Map<string, Map<number, HtmlFragment[]>>();
    for (const f of doc.html) {
      const closed = CLOSES.exec(f.value)?.[1]?.toLowerCase();
      if (closed !== undefined) {
        const d = depth.get(closed) ?? 0;
        const atDepth = waiting.get(closed)?.get(d);
        if (atDepth) {
          for (const open of atDepth) closing.set(open, f);
          waiting.get(closed)!.delete(d);
        }
        if (d > 0) depth.set(closed, d - 1);
        continue;
      }
      const name = TAG_NAME.exec(f.value)?.[1]?.toLowerCase();
      if (name === undefined) continue;
      const opens = OPENS.exec(f.value)?.[1]?.toLowerCase() === name;
      const d = (depth.get(name) ?? 0) + (opens ? 1 : 0);
      depth.set(name, d);
      const byDepth = waiting.get(name) ?? new Map<number, HtmlFragment[]>();
      waiting.set(name, byDepth);
      const atDepth = byDepth.get(d);
      if (atDepth) atDepth.push(f);
      else byDepth.set(d, [f]);
    }
    return closing;
  });
}

export function findHiddenMarkup(doc: PolicyDocument, extraDomains: readonly string[], want: { hidden: boolean; links: boolean; spam: boolean }): InjectionFinding[] {
  const out: InjectionFinding[] = [];
  // A web page links to many sites from its menus and footers (the site's search provider, the 举报中心): a
  // visible link there is no finding by itself; hidden links are judged with their element (hidden-content.ts).
  const links = want.links && doc.format !== 'html';
  const domains = allowedDomains(extraDomains);
  for (const fragment of doc.html) {
    // A comment hides nothing a reader would miss; prompt-injection looks inside comments.
    if (/^\s*<!--/.test(fragment.value)) continue;
    const hiding = HIDING.find((h) => hides(h, fragment.value));
    if (hiding && !want.hidden) continue;
    if (hiding) {
      const element = elementOf(fragment, doc);
      out.push({ kind: 'hidden-markup', label: hiding.what, range: element, quote: quoteOf(fragment.value), properties: { element: hiding.what.en } });
      // What the element hides, judged with the hiding as one signal more (merged with the finding above).
      if (want.spam) {
        const inner = doc.text.slice(element[0], element[1]);
        const hosts = [...inner.matchAll(HTML_URL)].flatMap((m) => hostOf(m[1]!) ?? []).filter((h) => !isAllowed(h, domains));
        const found = findShapeSpam(inner, (s, e) => [element[0] + s, element[0] + e], domains, { hidden: true, links: [...new Set(hosts)] });
        out.push(...found.map((f) => ({ ...f, label: { zh: `${f.label.zh}，隐藏`, en: `${f.label.en}, hidden` } })));
      }
      continue;
    }
    if (!links) continue;
    for (const m of fragment.value.matchAll(HTML_URL)) {
      const host = hostOf(m[1]!);
      if (host && !isAllowed(host, domains)) out.push(linkFinding(m[1]!, host, fragment.range));
    }
  }
  // Walking the mdast is the expensive part; most documents have no link syntax at all.
  if (links && doc.mdast && LINK_SYNTAX.test(doc.text)) {
    for (const { url, range } of mdastUrls(doc.mdast)) {
      const host = hostOf(url);
      if (host && !isAllowed(host, domains)) out.push(linkFinding(url, host, range));
    }
  }
  return out;
}
