// Turns the detectors' findings into what a reader should see: one finding per injected span, with every kind
// found in it (a hidden element that holds gambling spam is one problem, not two), and identical injections in
// one file as one finding that lists every other place (93 copies of one spam label bury everything else).
import type { LocalizedText, Range } from '../../types.js';
import type { InjectionFinding, InjectionKind } from './finding.js';

/** The kind that names a merged finding: the most specific first. */
const PRIORITY: InjectionKind[] = ['prompt-injection', 'spam', 'contact-bait', 'repeated-insertion', 'hidden-markup', 'link', 'invisible'];

export const KIND_LABELS: Record<InjectionKind, LocalizedText> = {
  spam: { zh: '垃圾信息', en: 'spam' },
  'repeated-insertion': { zh: '插入文字', en: 'inserted text' },
  invisible: { zh: '不可见字符', en: 'invisible character' },
  'hidden-markup': { zh: '隐藏内容', en: 'hidden content' },
  link: { zh: '站外链接', en: 'off-site link' },
  'prompt-injection': { zh: '提示词注入', en: 'prompt injection' },
  'contact-bait': { zh: '引流联系方式', en: 'contact bait' },
};

export interface MergedFinding extends InjectionFinding {
  kinds: InjectionKind[];
  /** The other places the same injected text stands (grouped findings). */
  others: Range[];
}

const rank = (k: InjectionKind) => PRIORITY.indexOf(k);
const touches = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];

/** Distinct labels, leaving out one that another spells out further (博彩垃圾信息 beside 博彩垃圾信息：“百家乐”…). */
const distinctLabels = (labels: string[]) =>
  [...new Set(labels)].filter((l, _i, all) => !all.some((o) => o !== l && o.startsWith(l)));

function joinLabels(labels: LocalizedText[]): LocalizedText {
  const zh = distinctLabels(labels.map((l) => l.zh));
  const en = distinctLabels(labels.map((l) => l.en));
  return { zh: zh.join('；'), en: en.join('; ') };
}

/**
 * Findings whose ranges overlap become one, named by the most specific kind. Invisible characters stay apart:
 * each carries its own fix, and a character inside a spam label is a fact of its own.
 */
export function mergeBySpan(findings: readonly InjectionFinding[]): MergedFinding[] {
  // Object.assign, not `{ ...f, kinds }`: V8 (Node 20) takes a slow path for spread plus fields, ~6 µs a
  // finding, and a file of alternating zero-width characters has one finding per character.
  const single = (f: InjectionFinding): MergedFinding => Object.assign({}, f, { kinds: [f.kind], others: [] });
  const sorted = [...findings].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const out: MergedFinding[] = [];
  const parts = new Map<MergedFinding, InjectionFinding[]>();
  // Sorted by start, a finding can only overlap the open span that reaches furthest.
  let open: MergedFinding | undefined;
  for (const f of sorted) {
    if (f.kind === 'invisible') {
      out.push(single(f));
      continue;
    }
    const host = open && touches(open.range, f.range) ? open : undefined;
    if (!host) {
      const m = single(f);
      out.push(m);
      parts.set(m, [f]);
      if (!open || m.range[1] > open.range[1]) open = m;
      continue;
    }
    parts.get(host)!.push(f);
    host.range = [Math.min(host.range[0], f.range[0]), Math.max(host.range[1], f.range[1])];
  }
  return out.map((m) => {
    const members = parts.get(m);
    if (!members || members.length === 1) return m;
    const ordered = [...members].sort((a, b) => rank(a.kind) - rank(b.kind));
    const main = ordered[0]!;
    const range: Range = [Math.min(...members.map((f) => f.range[0])), Math.max(...members.map((f) => f.range[1]))];
    const properties = Object.assign({}, ...ordered.slice().reverse().map((f) => f.properties ?? {})) as Record<string, unknown>;
    // Error when any part is an error: a warning-level link inside hidden spam is part of an error.
    const severity = members.every((f) => f.severity === 'warn') ? 'warn' : undefined;
    return {
      kind: main.kind,
      kinds: [...new Set(ordered.map((f) => f.kind))],
      // A link inside injected content is part of what the main label already says.
      // So is contact bait inside spam whose label names the contact already.
      // Of several findings of one kind (the word list's and the shape's view of one spam), the fullest label.
      label: joinLabels(
        ordered
          .filter((f) => f === main || (f.kind !== 'link' && !(f.kind === 'contact-bait' && main.kind === 'spam')))
          .filter((f, _i, all) => !all.some((o) => o.kind === f.kind && o.label.zh.length > f.label.zh.length))
          .map((f) => f.label),
      ),
      range,
      quote: main.quote,
      properties,
      others: [],
      ...(severity ? { severity } : {}),
    };
  });
}

/** Identical injections (same kinds, label and text) in one file become one finding at the first place. */
export function groupIdentical(findings: readonly MergedFinding[]): MergedFinding[] {
  const out: MergedFinding[] = [];
  const byKey = new Map<string, MergedFinding>();
  for (const f of findings) {
    // A fix repairs one place; findings that carry one stay apart so that --fix repairs them all.
    if (f.fix) {
      out.push(f);
      continue;
    }
    const key = [f.kinds.join('+'), f.label.zh, f.quote, f.severity ?? ''].join('\u0000');
    const first = byKey.get(key);
    if (first) {
      first.others.push(f.range);
      continue;
    }
    const copy = Object.assign({}, f, { others: [] });
    byKey.set(key, copy);
    out.push(copy);
  }
  return out;
}
