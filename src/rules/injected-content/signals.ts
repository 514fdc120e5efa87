// The signals that together say "advertising injected here", found in one text: spam vocabulary, calls to
// action, brand shapes, addresses of other sites (also when spelt out to slip past filters: w w w . x y z . c o m,
// xyz88点com, full-width letters, zero-width characters between them), and contact bait. Each signal alone is
// weak (官网, 开户 and a mobile number all occur in real notices); shape.ts decides on their combination.
import { PhraseMatcher } from './phrase-matcher.js';
import { isAllowed } from './domains.js';
import { vocabularyHits } from './spam.js';
import { contactHits } from './contact-bait.js';
import { ALL_TRIGGERS, HOLDS, TRIGGER } from './triggers.js';
import data from './shape-lexicon.json' with { type: 'json' };
import { execAll, longestFirstAlternation } from '../../regexp.js';

export type SignalType = 'vocabulary' | 'call-to-action' | 'domain' | 'contact' | 'phone';

export interface Signal {
  type: SignalType;
  start: number;
  end: number;
  weight: number;
  /** Vocabulary: gambling, porn, fraud, seo. */
  category?: string;
  /** Domain signals: the host as normalised, and whether it was written so as to hide it. */
  domain?: string;
  obfuscated?: boolean;
}

const CALLS = new PhraseMatcher(Object.entries(data.callsToAction).map(([t, w]): [string, number] => [t, w]));
/** An unknown brand in the shape spam gives it: 星辉娱乐官网, 金鼎国际平台, 鸿运彩票APP. */
const BRAND = new RegExp(`(?:${longestFirstAlternation(data.brandSuffixes)})(?:${longestFirstAlternation(data.brandEndings)})`, 'g');
/** A brand has a name in front of its suffix (checked after a match: a look-behind at every position is slow). */
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9]/u;
const TLD = longestFirstAlternation(data.topLevelDomains);
/**
 * Up to 16 labels before the top-level domain, more than any address in use. Unbounded, each label of a long
 * `a.a.a.a…` (every one may start an address) was followed to the end of the run and back (quadratic).
 */
const DOMAIN = new RegExp(`(?<![a-z0-9-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){1,16}(?:${TLD})(?![a-z0-9-])`, 'g');
/** Mobile numbers and 400 numbers; government hotlines (12345, 12315) are five digits and never match. */
const PHONE = /(?<!\d)(?:1[3-9]\d{9}|400-?\d{3}-?\d{4})(?!\d)/g;
/** Cheap test before the look-behind runs at every position. */
const MAYBE_PHONE = /1[3-9]\d{9}|400/;
const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const DOT_CHARS = /[点。．｡]/;
const ALNUM = /[A-Za-z0-9]/;
/** A letter or digit, then (across spaces and zero-width characters) a dot or its disguise: where an address may be. */
const MAYBE_ADDRESS = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A][\s\u200B-\u200D\u2060\uFEFF]*(?:[.．。｡点]|[(（[【{]\s*(?:dot|点)|dot\b)/i;

/**
 * The text with the disguises of addresses undone, and for each character of it the offset it came from:
 * zero-width characters dropped, full-width letters made ASCII, 点/。/(dot) between letters made a dot, and the
 * spaces of spaced-out letters (w w w . x y z) dropped.
 */
export function undisguised(text: string): { text: string; at: Int32Array } {
  const drop = new Uint8Array(text.length);
  const dot = new Uint8Array(text.length);
  const ascii = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : text[i]!;
  };
  for (const m of text.matchAll(/(?:[A-Za-z0-9.．\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A][ \t\u3000]+){3,}[A-Za-z0-9.．\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (/[ \t\u3000]/.test(text[i]!)) drop[i] = 1;
  }
  // A disguised dot with the spaces around it. Spaces before it are taken only from where their run starts: each
  // place inside a long run led to its end again (quadratic).
  for (const m of text.matchAll(/(?:(?<![ \t\u3000])[ \t\u3000]+)?(?:[(（[【{]\s*(?:dot|点)\s*[)）\]】}]|\bdot\b)[ \t\u3000]*/gi)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if (before === undefined || after === undefined || !ALNUM.test(ascii(m.index - 1)) || !ALNUM.test(ascii(m.index + m[0].length))) continue;
    for (let i = m.index; i < m.index + m[0].length; i++) drop[i] = 1;
    drop[m.index] = 0;
    dot[m.index] = 1;
  }
  // Built in typed arrays (two and four bytes a character): an array of one-character strings took about 40
  // bytes a character and exhausted the heap on a 24 MB line.
  const out = new Uint16Array(text.length);
  const at = new Int32Array(text.length);
  let n = 0;
  const DOT = 0x2e;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (drop[i] || ZERO_WIDTH.test(ch)) continue;
    let c = dot[i] ? '.' : ascii(i);
    // 点 and the ideographic full stop are dots only between letters or digits (xyz88点com).
    if (!dot[i] && DOT_CHARS.test(c) && n > 0 && ALNUM.test(String.fromCharCode(out[n - 1]!))) {
      let j = i + 1;
      while (j < text.length && ZERO_WIDTH.test(text[j]!)) j++;
      if (j < text.length && ALNUM.test(ascii(j))) c = '.';
    }
    out[n] = c === '.' ? DOT : c.charCodeAt(0);
    at[n++] = i;
  }
  return { text: new TextDecoder('utf-16le').decode(out.subarray(0, n)), at: at.subarray(0, n) };
}

/** Addresses of sites off the allow list, written plainly or in disguise. */
export function domainHits(text: string, domains: readonly string[]): Signal[] {
  // An address has letters, ASCII or full-width, and a letter or digit before a dot, written or disguised (most
  // Chinese paragraphs have neither; undoing disguises costs a pass over the whole text).
  if (!/[a-z\uFF41-\uFF5A]/i.test(text) || !MAYBE_ADDRESS.test(text)) return [];
  const plain = undisguised(text);
  const lower = plain.text.toLowerCase();
  const out: Signal[] = [];
  for (const m of execAll(DOMAIN, lower)) {
    const host = m[0];
    if (isAllowed(host, domains)) continue;
    const start = plain.at[m.index]!;
    const end = plain.at[m.index + m[0].length - 1]! + 1;
    const written = text.slice(start, end);
    const obfuscated = written.toLowerCase() !== host;
    out.push({ type: 'domain', start, end, weight: obfuscated ? 2 : 1, domain: host, obfuscated });
  }
  return out;
}

/**
 * False when signalsIn(text, …, triggers) is sure to find nothing, told cheaply from a block's triggers and the
 * characters it holds (triggers.ts): no lexicon word, no letter for an address, no filler, no phone number.
 */
export function mayHoldSignals(text: string, triggers: number): boolean {
  const lexicons = TRIGGER.spam | TRIGGER.callToAction | TRIGGER.brand | TRIGGER.contactChannel;
  return (triggers & (lexicons | HOLDS.letter | HOLDS.filler)) !== 0 || MAYBE_PHONE.test(text);
}

/** The signals in a text; `triggers` (triggers.ts) says which lexicons can find anything in it. */
export function signalsIn(text: string, domains: readonly string[], triggers = ALL_TRIGGERS): Signal[] {
  const out: Signal[] = [];
  if (triggers & TRIGGER.spam) {
    for (const h of vocabularyHits(text)) out.push({ type: 'vocabulary', start: h.index, end: h.end, weight: h.value.weight, category: h.value.category });
  }
  if (triggers & TRIGGER.callToAction) for (const h of CALLS.matches(text)) out.push({ type: 'call-to-action', start: h.index, end: h.end, weight: h.value });
  if (triggers & TRIGGER.brand) for (const m of execAll(BRAND, text)) {
    if (!NAME_CHAR.test(text[m.index - 1] ?? '') || !NAME_CHAR.test(text[m.index - 2] ?? '')) continue;
    const end = m.index + m[0].length;
    if (out.some((s) => s.type === 'vocabulary' && s.start < end && m.index < s.end)) continue;
    out.push({ type: 'vocabulary', start: m.index, end, weight: 1, category: 'gambling' });
  }
  out.push(...domainHits(text, domains));
  if (triggers & TRIGGER.contactChannel) for (const [start, end] of contactHits(text)) out.push({ type: 'contact', start, end, weight: 1 });
  if (MAYBE_PHONE.test(text)) for (const m of execAll(PHONE, text)) out.push({ type: 'phone', start: m.index, end: m.index + m[0].length, weight: 1 });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
