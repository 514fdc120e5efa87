// Content readers do not see, and markup that puts content on a page by itself, as the HTML and Word readers
// describe it in `doc.hidden`. Pages hide things for good reasons (menus, pop-ups, print layouts), so hiding is
// reported only where it is rare (Word hidden text) or where what is hidden looks injected itself: spam, prompt
// injection, contact bait, links to domains off the allow list. Scripts, frames and redirects count when they
// bring in such content or another domain.
import { PolicyDocument } from '../../document/document.js';
import type { HiddenContent } from '../../document/hidden-content.js';
import type { LocalizedText, Range } from '../../types.js';
import { findContactBait } from './contact-bait.js';
import { quoteOf, type InjectionFinding } from './finding.js';
import { hostOf, isAllowed } from './domains.js';
import { findPromptInjection } from './prompt-injection.js';
import { findSpam } from './spam.js';
import { findShapeSpam } from './shape.js';
import allowed from './allowed-domains.json' with { type: 'json' };

export interface HiddenContentOptions {
  spam: boolean;
  promptInjection: boolean;
  contactBait: boolean;
  /** Report hiding, scripts, frames and redirects themselves (kind hidden-markup). */
  hiddenMarkup: boolean;
}

/** CSS in a script's output that hides what it writes. */
const HIDING_CSS = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Absolute addresses in code or attributes (`http://x`, `//x`). */
const ADDRESS = /(?:https?:)?\/\/[a-z0-9][-a-z0-9.]*\.[a-z]{2,}[^\s"'<>)]*/gi;

/** Spam, prompt injection and contact bait in the text of one hidden item, placed in the source. */
function injectedInside(doc: PolicyDocument, item: HiddenContent, opts: HiddenContentOptions, domains: readonly string[]): InjectionFinding[] {
  if (!item.block) return [];
  const block = item.block;
  // Hidden text, metadata and comments are out of the reader's sight: that is one signal more.
  const hidden = item.kind === 'hidden' || item.kind === 'comment';
  const links = hidden ? offListHosts(doc.html.filter((h) => within(h.range, item.range)).map((h) => h.value).join(' '), domains) : [];
  const shape = opts.spam ? findShapeSpam(block.text, (s, e) => block.sourceRange(s, e), domains, { hidden, links }) : [];
  // The hidden text as a document of its own, so that the prose detectors run on it unchanged.
  const view = new PolicyDocument(doc.text, doc.filePath, doc.format, { blocks: [item.block], directives: [], hidden: [] });
  return [
    ...shape,
    ...(opts.spam ? findSpam(view.blocks) : []),
    ...(opts.promptInjection ? findPromptInjection(view) : []),
    ...(opts.contactBait ? findContactBait(view) : []),
  ];
}

function offListHosts(text: string, domains: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const m of text.matchAll(ADDRESS)) {
    const host = hostOf(m[0]);
    if (host && !isAllowed(host, domains)) hosts.add(host);
  }
  return [...hosts];
}

function hidingLabel(item: HiddenContent): LocalizedText {
  if (item.how === 'w:vanish') return { zh: 'Word 隐藏文字 w:vanish', en: 'Word hidden text (w:vanish)' };
  if (item.how === 'hidden') return { zh: '带 hidden 属性的隐藏内容', en: 'content hidden with the hidden attribute' };
  if (item.how.includes('{')) return { zh: `由页面样式 ${item.how} 隐藏的内容`, en: `content hidden by the page's style ${item.how}` };
  return { zh: `隐藏内容 ${item.how}`, en: `content hidden with ${item.how}` };
}

/** A finding inside an item's text, said where it is: `{ hidden: 'display:none' }`, `{ in: '<title>' }`, `{ in: 'comment' }`. */
function placed(f: InjectionFinding, item: HiddenContent): InjectionFinding {
  const where = item.kind === 'hidden' ? { hidden: item.how } : { in: item.how };
  const suffix: LocalizedText =
    item.kind === 'comment' ? { zh: '，位于 Word 批注', en: ', in a Word comment' }
    : item.kind === 'hidden' ? { zh: '，隐藏', en: ', hidden' }
    : { zh: `，位于 ${item.how}`, en: `, in ${item.how}` };
  return {
    ...f,
    label: { zh: f.label.zh + suffix.zh, en: f.label.en + suffix.en },
    // A comment's text is not in the file: its findings point at the paragraph the comment is on.
    range: item.kind === 'comment' ? item.range : f.range,
    properties: { ...f.properties, ...where },
  };
}

const markupFinding = (item: HiddenContent, label: LocalizedText, properties: Record<string, unknown>, warn: boolean): InjectionFinding => ({
  kind: 'hidden-markup',
  label,
  range: item.range,
  quote: quoteOf(item.text),
  properties: { element: item.how, ...properties },
  ...(warn ? { severity: 'warn' as const } : {}),
});

const within = (r: Range, outer: Range) => r[0] >= outer[0] && r[1] <= outer[1];

export function findHiddenContent(doc: PolicyDocument, extraDomains: readonly string[], opts: HiddenContentOptions): InjectionFinding[] {
  const out: InjectionFinding[] = [];
  if (doc.hidden.length === 0) return out;
  const domains = [...allowed.domains, ...extraDomains.map((d) => d.toLowerCase().replace(/^\*?\./, ''))];
  for (const item of doc.hidden) {
    const inside = injectedInside(doc, item, opts, domains);
    out.push(...inside.map((f) => placed(f, item)));
    if (!opts.hiddenMarkup) continue;
    switch (item.kind) {
      case 'hidden': {
        // Off-list links inside the hidden element (each is also reported where it stands, as a warning).
        const links = doc.html.filter((h) => within(h.range, item.range)).map((h) => h.value);
        const hosts = offListHosts(links.join(' '), domains);
        const word = item.how === 'w:vanish';
        if (inside.length > 0 || hosts.length > 0 || word) {
          out.push(markupFinding(item, hidingLabel(item), hosts.length > 0 ? { domains: hosts } : {}, inside.length === 0 && hosts.length === 0));
        }
        break;
      }
      case 'script': {
        const hosts = offListHosts(item.text, domains);
        if (inside.length > 0 || hosts.length > 0 || HIDING_CSS.test(item.text)) {
          const label = { zh: '写入页面内容的脚本', en: 'script that writes content into the page' };
          out.push(markupFinding(item, label, hosts.length > 0 ? { domains: hosts } : {}, false));
        }
        break;
      }
      case 'redirect':
      case 'frame': {
        const host = offListHosts(item.text, domains)[0];
        if (!host) break;
        const label =
          item.kind === 'redirect'
            ? { zh: `自动跳转到不在白名单中的域名 ${host}`, en: `automatic redirect to ${host}, a domain not on the allow list` }
            : { zh: `内嵌不在白名单中的域名 ${host} 的页面`, en: `embedded page from ${host}, a domain not on the allow list` };
        // A visible frame from another site may be a video or a map; a hidden one is not.
        out.push(markupFinding(item, label, { domain: host }, item.kind === 'frame' && !item.concealed));
        break;
      }
      default:
        break;
    }
  }
  return out;
}
