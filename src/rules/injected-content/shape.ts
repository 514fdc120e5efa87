// Injected advertising found by its shape: signals (signals.ts) close together, combined into one decision per
// span, each named in the message. No single signal decides (官网, 开户 and a phone number all occur in real
// notices); a cluster of signals of different kinds does, and so does a disguised address. Quoting a spam phrase
// in a notice against gambling or fraud (警惕“注册即送彩金”骗局) is not an injection.
import type { LocalizedText, Range } from '../../types.js';
import { quoteOf, type InjectionFinding } from './finding.js';
import { signalsIn, type Signal, type SignalType } from './signals.js';
import lexicon from './spam-lexicon.json' with { type: 'json' };
import { withoutFillers } from './fillers.js';
import { inWarning } from './warning.js';

const CATEGORIES = lexicon.categories as Record<string, { label: LocalizedText }>;
const ADVERTISING: LocalizedText = { zh: '广告垃圾信息', en: 'advertising spam' };
const SENTENCE_END = /[。！？!?；;\n]/;
/** Signals farther apart than this (in characters) are separate spans. */
const MAX_GAP = 16;
/** One kind of signal counts at most this much: five gambling words are one signal, not five. */
const CAP = 2;
const MIN_SCORE = 3;
const MIN_TYPES = 2;
const HAN = /\p{Script=Han}/u;
const MAX_LEAD = 4;

export interface ShapeOptions {
  /** The span's text is hidden from readers (an element hidden by CSS, a Word hidden run). */
  hidden?: boolean;
  /** Off-list sites the span's element links to (a hidden <a href>). */
  links?: readonly string[];
  /** Bigrams of the document's own text (computed on first use): a span whose removal leaves one of them cut a word in two. */
  bigrams?: () => ReadonlySet<number>;
  /** The lexicon triggers found in the text (triggers.ts); all when not given. */
  triggers?: number;
}

/** A Han bigram as a number (two UTF-16 code units). */
const pairCode = (a: number, b: number) => a * 0x10000 + b;

/** The Han bigrams a text uses at least twice (its own words), for the mid-word test. */
export function hanBigrams(text: string): Set<number> {
  const seen = new Set<number>();
  const out = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    if (a < 0x4e00 || a > 0x9fff) continue;
    const b = text.charCodeAt(i + 1);
    if (b < 0x4e00 || b > 0x9fff) continue;
    const pair = pairCode(a, b);
    if (seen.has(pair)) out.add(pair);
    else seen.add(pair);
  }
  return out;
}

function clusters(text: string, signals: Signal[]): Signal[][] {
  const out: Signal[][] = [];
  let group: Signal[] = [];
  let end = -1;
  for (const s of signals) {
    if (group.length > 0 && (s.start - end > MAX_GAP || SENTENCE_END.test(text.slice(end, s.start)))) {
      out.push(group);
      group = [];
    }
    group.push(s);
    end = Math.max(end, s.end);
  }
  if (group.length > 0) out.push(group);
  return out;
}

const PART: Record<SignalType, (s: Signal, text: string) => LocalizedText> = {
  vocabulary: (s, t) => ({ zh: `“${t.slice(s.start, s.end)}”`, en: `“${t.slice(s.start, s.end)}”` }),
  'call-to-action': (s, t) => ({ zh: `招揽用语“${t.slice(s.start, s.end)}”`, en: `call to action “${t.slice(s.start, s.end)}”` }),
  domain: (s) =>
    s.obfuscated
      ? { zh: `变形书写的站外网址 ${s.domain}`, en: `disguised address of another site, ${s.domain}` }
      : { zh: `站外网址 ${s.domain}`, en: `address of another site, ${s.domain}` },
  contact: (s, t) => ({ zh: `联系方式“${t.slice(s.start, s.end)}”`, en: `contact “${t.slice(s.start, s.end)}”` }),
  phone: () => ({ zh: '手机号码', en: 'a mobile number' }),
};

interface Decision {
  score: number;
  types: number;
  disguised: boolean;
}

function decide(group: Signal[], extra: string[]): Decision {
  const byType = new Map<string, number>();
  for (const s of group) byType.set(s.type, (byType.get(s.type) ?? 0) + s.weight);
  for (const e of extra) byType.set(e, (byType.get(e) ?? 0) + 1);
  const positive = [...byType.values()].filter((v) => v > 0);
  return {
    score: positive.reduce((a, v) => a + Math.min(CAP, v), 0),
    types: positive.length,
    disguised: group.some((s) => s.type === 'domain' && s.obfuscated),
  };
}

function labelOf(group: Signal[], text: string, extra: LocalizedText[]): LocalizedText {
  const vocab = group.filter((s) => s.type === 'vocabulary' && s.weight > 0);
  const main = vocab.reduce<Signal | undefined>((a, b) => (!a || b.weight > a.weight ? b : a), undefined);
  const head = main?.category ? CATEGORIES[main.category]!.label : ADVERTISING;
  const parts: LocalizedText[] = [];
  const seen = new Set<string>();
  for (const s of group) {
    if (s.weight === 0) continue;
    // 官网 inside 娱乐官网 is said once.
    if (group.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start)) continue;
    // The same words found by two lexicons (注册送 as gambling word and as call to action) are named once.
    const span = `${s.start}:${s.end}`;
    const p = PART[s.type](s, text);
    if (seen.has(p.zh) || seen.has(span)) continue;
    seen.add(p.zh);
    seen.add(span);
    parts.push(p);
  }
  parts.push(...extra);
  return { zh: `${head.zh}：${parts.map((p) => p.zh).join('、')}`, en: `${head.en}: ${parts.map((p) => p.en).join(', ')}` };
}

/** Whether taking [start, end) out of the text leaves a word of the document whole again (高质…量发展). */
function cutsWord(text: string, start: number, end: number, bigramsOf: (() => ReadonlySet<number>) | undefined): { word: string; start: number } | null {
  const after = text[end];
  if (!bigramsOf || !after || !HAN.test(after)) return null;
  const bigrams = bigramsOf();
  // The inserted text may start with a name no signal covers (星耀 in 星耀娱乐官网): a few characters back.
  for (let s = start; s >= Math.max(1, start - MAX_LEAD); s--) {
    const before = text[s - 1]!;
    if (!HAN.test(before)) return null;
    if (bigrams.has(pairCode(before.charCodeAt(0), after.charCodeAt(0)))) return { word: before + after, start: s };
  }
  return null;
}

export function findShapeSpam(
  original: string,
  toOriginalSource: (start: number, end: number) => Range,
  domains: readonly string[],
  opts: ShapeOptions = {},
): InjectionFinding[] {
  // Spam split by zero-width characters (星\u200B耀娱乐) is read without them.
  const plain = withoutFillers(original);
  const text = plain.text;
  const toSource = (s: number, e: number) => toOriginalSource(...plain.toOriginal(s, e));
  const signals = signalsIn(text, domains, opts.triggers);
  if (signals.length === 0) return [];
  for (const s of signals) {
    const [os, oe] = plain.toOriginal(s.start, s.end);
    // An address with zero-width characters inside was written to hide it.
    if (s.type === 'domain' && oe - os !== s.end - s.start) Object.assign(s, { obfuscated: true, weight: 2 });
  }
  const out: InjectionFinding[] = [];
  // What a reader cannot see is one span: its signals belong together however far apart.
  const groups = opts.hidden ? [signals] : clusters(text, signals);
  for (const group of groups) {
    let start = Math.min(...group.map((s) => s.start));
    const end = Math.max(...group.map((s) => s.end));
    const extra: string[] = [];
    const extraLabels: LocalizedText[] = [];
    if (opts.hidden) extra.push('hidden');
    const links = (opts.links ?? []).filter((h) => !group.some((s) => s.domain === h));
    if (opts.links?.length) extra.push('link');
    if (links.length > 0) extraLabels.push({ zh: `链接到站外网址 ${links.join('、')}`, en: `links to ${links.join(', ')}` });
    // The mid-word test only where it could tip the decision (it reads the whole document once).
    const before = decide(group, extra);
    const tips = before.disguised || (before.score + 1 >= MIN_SCORE && before.types + 1 >= MIN_TYPES);
    const cut = opts.hidden || !tips ? null : cutsWord(text, start, end, opts.bigrams);
    if (cut) {
      extra.push('mid-word');
      extraLabels.push({ zh: `插在词语“${cut.word}”中间`, en: `inserted inside the word “${cut.word}”` });
    }
    const d = decide(group, extra);
    if (!(d.disguised || (d.score >= MIN_SCORE && d.types >= MIN_TYPES))) continue;
    if (cut) start = cut.start;
    // A notice against such content quotes it; hidden text warns nobody.
    if (!opts.hidden && inWarning(text, start, end)) continue;
    const category = group.find((s) => s.type === 'vocabulary' && s.weight > 0)?.category;
    out.push({
      kind: 'spam',
      label: labelOf(group, text, extraLabels),
      range: toSource(start, end),
      quote: quoteOf(text.slice(start, end).replace(/<[^>]*>?/g, ' ')),
      properties: {
        ...(category ? { category } : {}),
        signals: [...new Set([...group.map((s) => s.type), ...extra])],
        ...(group.some((s) => s.domain) ? { domains: [...new Set(group.flatMap((s) => (s.domain ? [s.domain] : [])))] } : {}),
      },
    });
  }
  return out;
}
