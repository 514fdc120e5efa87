// A total stated first and broken down after it: `共安排资金120亿元，按以下用途分配：（一）A70亿元。（二）…`,
// `总投资800亿元，其中一期300亿元、二期400亿元`, or a lead paragraph ending in a colon and the list items after it.
// 其中, 主要, 重点 or an item without a figure name only some of the parts: then only parts that exceed the
// total are a contradiction.
import type { PolicyDocument } from '../../document/document.js';
import type { QuantityMention } from '../../quantity/index.js';
import words from './words.json' with { type: 'json' };

export interface Breakdown {
  total: QuantityMention;
  parts: QuantityMention[];
  /** The parts are all of the total (they must add up to it), or only some (they must not exceed it). */
  complete: boolean;
}

const alt = (list: readonly string[]): string => list.join('|');
/** 共, 合计, 总投资 … in the clause of the total (not the 共 of 公共, 共同, 共享 …). */
const TOTAL_MARK = new RegExp(`(?:${alt(words.totalMarks)})|(?<!公)共(?![${words.notTotal共}])`);
/** What follows the total and opens its breakdown, within a few characters. */
const INTRODUCER = new RegExp(`^\\s*[（(]?[^（(，,。；;\\d]{0,8}?[）)]?\\s*[，,：:]?\\s*(?:[^，,。；;\\d%]{0,10}?)(${alt(words.introducers)})`);
const CROSS_CUTTING = new RegExp(alt(words.crossCutting));
/** `总投资180亿元：一是…；二是…`: a colon right after the total opens its breakdown. */
const COLON = /^\s*[：:](?=\s*\S)/;
/** `以上三项合计`, `上述两项共`: the total counts its parts, which came before it. */
const COUNTED = /^(?:以上|上述|前述|这|此)?$/;
const COUNTED_AFTER = new RegExp(`^[^，,。；;\\d]{0,4}?(?:${alt(words.totalMarks)}|共)`);
/** The rest of the paragraph after the total is a short lead ending in a colon: the parts are the list after it. */
const LIST_LEAD = /^[^。；;\d%]{0,24}[：:]\s*$/;
const PARTIAL = new RegExp(alt(words.partial));
const SUBSET = new RegExp(`^(?:${alt(words.subset)})`);
/** A numbered item opening a sentence (（二）, 2., 二是, ②): the inline list goes on. */
const ITEM_START = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、是]|[①-⑳])/;
const SEGMENT_STOP = /[，,；;。、]/;
/** A figure that is a change or something leveraged (带动投资, 比上年增加) is not one of the parts. */
const NOT_A_PART = new RegExp(alt(words.notAPart));
/** A clause with its own scope or total (全县在校学生, 共有) states something new: the breakdown has ended. */
const NEW_STATEMENT = new RegExp(`^(?:${alt(words.newStatement)})|${alt(words.totalMarks)}|共有`);
const NOT_SUMMED = new Set(['percent', 'percentage-point', 'multiple']);
const SUMMABLE_QUALIFIERS = new Set(['plain', 'gt', 'ge', 'near', 'approx', 'more']);

const summable = (m: QuantityMention): boolean =>
  !m.attributive && !m.coarse && SUMMABLE_QUALIFIERS.has(m.qualifier) && !NOT_SUMMED.has(m.dimension) && !m.dimension.startsWith('duration');

export function findBreakdowns(doc: PolicyDocument, mentions: readonly QuantityMention[]): Breakdown[] {
  const byBlock = new Map<number, QuantityMention[]>();
  for (const m of mentions) {
    const list = byBlock.get(m.block.index);
    if (list) list.push(m);
    else byBlock.set(m.block.index, [m]);
  }
  const numbered = new Map(doc.numbered.map((n) => [n.block.index, n]));
  const out: Breakdown[] = [];
  for (const [blockIndex, list] of byBlock) {
    for (let t = 0; t < list.length; t++) {
      const total = list[t]!;
      if (!summable(total) || total.listed) continue;
      const text = total.block.text;
      const clause = text.slice(clauseStart(text, total.start), total.start);
      if (!TOTAL_MARK.test(clause) && !total.metric?.startsWith('总')) continue;
      const after = text.slice(total.end);
      let found: { parts: QuantityMention[]; complete: boolean } | null;
      let partial: boolean;
      if (LIST_LEAD.test(after)) {
        // `…8.6亿元，按下列方向使用：` and the numbered items after it.
        partial = PARTIAL.test(clause + after);
        found = partsInItems(doc, blockIndex + 1, total, byBlock, numbered);
      } else {
        const intro = COLON.exec(after) ?? INTRODUCER.exec(after);
        if (!intro) {
          const counted = countedParts(list, t, byBlock);
          if (counted) out.push({ total, parts: counted, complete: true });
          continue;
        }
        const introEnd = total.end + intro[0].length;
        partial = PARTIAL.test(clause + intro[0]) || SUBSET.test(intro[1] ?? '');
        found = partsInline(list, t + 1, total, introEnd);
        // Overlapping kinds of one population (其中高新技术企业…，专精特新企业…) may add up to more than it:
        // counted things under 其中 are compared only when enumerated as one list (、 or 分别).
        if (found && partial && total.dimension.startsWith('count:') && !enumerated(found.parts)) continue;
        // 工业投资 … 民间投资: a kind of another breakdown (by owner, by stage) overlaps the others.
        if (found && partial && found.parts.some((p) => CROSS_CUTTING.test(partLabel(p)))) continue;
      }
      if (found && found.parts.length >= 2 && /^\s*等/.test(text.slice(found.parts[found.parts.length - 1]!.end))) partial = true;
      if (!found || found.parts.length < 2) continue;
      out.push({ total, parts: found.parts, complete: found.complete && !partial });
    }
  }
  return out;
}

/** Figures looked at for the parts of a counted total: at most 12 parts, each with a few other figures. */
const MAX_COUNTED_REACH = 100;

/**
 * `A80亿元，B60亿元，C50亿元，以上三项合计180亿元`: the count (a figure in 项) says how many figures before
 * the total are its parts; they must be the figures just before it, in this paragraph or the two before.
 */
function countedParts(
  list: readonly QuantityMention[],
  t: number,
  byBlock: ReadonlyMap<number, QuantityMention[]>,
): QuantityMention[] | null {
  const total = list[t]!;
  const text = total.block.text;
  const count = list[t - 1];
  if (!count || count.dimension !== 'count:项' || count.qualifier !== 'plain' || count.block !== total.block) return null;
  const start = clauseStart(text, count.start);
  if (!COUNTED.test(text.slice(start, count.start)) || !COUNTED_AFTER.test(text.slice(count.end, total.start))) return null;
  const n = count.value;
  if (!Number.isInteger(n) || n < 2 || n > 12) return null;
  const before: QuantityMention[] = [];
  let examined = 0;
  for (let b = total.block.index; b >= total.block.index - 2 && before.length < n; b--) {
    // In the total's own paragraph, the figures before the count (`list` is that paragraph's, in order).
    const figures = b === total.block.index ? list : (byBlock.get(b) ?? []);
    for (let k = (b === total.block.index ? t - 1 : figures.length) - 1; k >= 0 && before.length < n; k--) {
      if (++examined > MAX_COUNTED_REACH) return null;
      const m = figures[k]!;
      if (m.dimension !== total.dimension || m.attributive) continue;
      if (!summable(m) || !sameYear(m, total)) return null;
      before.unshift(m);
    }
  }
  return before.length === n ? before : null;
}

function clauseStart(text: string, at: number): number {
  for (let k = at - 1; k >= 0; k--) if (CLAUSE_STOP.has(text.charCodeAt(k))) return k + 1;
  return 0;
}
/** Character codes of ，,；;。：: (the walk back from each figure compares codes, not one-character strings). */
const CLAUSE_STOP = new Set([...'，,；;。：:'].map((c) => c.charCodeAt(0)));

/**
 * How far after its total an inline breakdown may run: the longest in the development set and fixtures is about
 * 50 characters. Past it the breakdown is not read (null), rather than compared with the parts seen so far; the
 * bound also keeps a paragraph of thousands of totals without a full stop from being read once per total.
 */
const MAX_INLINE_SPAN = 2000;

/**
 * Parts in the same paragraph after the introducer (the figures of `list` from `next` on): the first figure of
 * each clause. A nested 其中 leaves some figures out, so the parts found are then only some of the whole.
 */
function partsInline(
  list: readonly QuantityMention[],
  next: number,
  total: QuantityMention,
  from: number,
): { parts: QuantityMention[]; complete: boolean } | null {
  const text = total.block.text;
  const parts: QuantityMention[] = [];
  let cursor = from;
  let nested = false;
  let complete = true;
  let clauseTaken = false;
  for (let k = next; k < list.length; k++) {
    const m = list[k]!;
    if (m.start < from) continue;
    if (m.start - from > MAX_INLINE_SPAN) return null;
    const between = text.slice(cursor, m.start);
    cursor = m.end;
    // A sentence ends the breakdown unless the next one is another numbered item.
    const period = between.lastIndexOf('。');
    if (period !== -1 && !ITEM_START.test(between.slice(period + 1))) break;
    if (period !== -1 || /[；;]/.test(between)) nested = false;
    if (SEGMENT_STOP.test(between)) clauseTaken = false;
    const lastStop = Math.max(...[...'，,；;。、'].map((c) => between.lastIndexOf(c)));
    const clause = between.slice(lastStop + 1);
    if (/其中|含/.test(clause)) nested = true;
    if (m.dimension !== total.dimension) continue;
    if (NOT_A_PART.test(clause) || NEW_STATEMENT.test(clause.trim())) break;
    if (nested) {
      complete = false;
      continue;
    }
    if (clauseTaken && !m.listed) continue;
    if (!summable(m) || !sameYear(m, total)) return null;
    parts.push(m);
    clauseTaken = true;
  }
  return { parts, complete };
}

/** Parts in the numbered items after a lead paragraph ending in a colon: each item's first figure. */
function partsInItems(
  doc: PolicyDocument,
  first: number,
  total: QuantityMention,
  byBlock: ReadonlyMap<number, QuantityMention[]>,
  numbered: ReadonlyMap<number, { style: string }>,
): { parts: QuantityMention[]; complete: boolean } | null {
  const style = numbered.get(first)?.style;
  // Items numbered in the text (1. （一）) run while their style does; list items whose markers are markup
  // (Markdown `- `, HTML <li>) run as short paragraphs up to a heading or a longer paragraph.
  const inList = (i: number): boolean =>
    style !== undefined
      ? numbered.get(i)?.style === style
      : isBareItem(doc.blocks[i]!.text, doc.blocks[i]!.kind);
  const parts: QuantityMention[] = [];
  let complete = true;
  for (let i = first; i < doc.blocks.length && inList(i); i++) {
    const item = doc.blocks[i]!;
    const own = (byBlock.get(i) ?? []).filter((m) => m.dimension === total.dimension);
    const firstFigure = own[0];
    // 其中 before the item's first figure: the item is a subset of something else.
    if (!firstFigure || /其中/.test(item.text.slice(0, firstFigure.start))) {
      complete = false;
      continue;
    }
    if (!summable(firstFigure) || !sameYear(firstFigure, total)) return null;
    // An item that restates the whole (合计, 总计) closes the list.
    if (/合计|总计|共计/.test(item.text.slice(0, firstFigure.start))) break;
    parts.push(firstFigure);
  }
  return { parts, complete };
}

/** What a part is called, without the words that introduce the breakdown (`包括市级贴息` → `市级贴息`). */
export function partLabel(m: QuantityMention): string {
  return (m.metricLabel ?? '').replace(LABEL_LEAD, '');
}
const LABEL_LEAD = new RegExp(`^(?:${alt(words.introducers)}|其中|分别|[：:，,\\s]|[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十\\d]{1,3}[）)])+`);

const MAX_BARE_ITEM = 60;
/** A short paragraph that is not itself a lead (ending in a colon) or another total. */
const isBareItem = (text: string, kind: string): boolean =>
  kind === 'paragraph' && text.length <= MAX_BARE_ITEM && !/[：:]\s*$/.test(text) && !TOTAL_MARK.test(text);

/** Parts given as one enumeration: `A70所、B30所`, or `分别为…`. */
function enumerated(parts: readonly QuantityMention[]): boolean {
  return parts.slice(1).every((p, i) => p.listed || /^\s*、/.test(p.block.text.slice(parts[i]!.end, p.start)));
}

const sameYear = (a: QuantityMention, b: QuantityMention): boolean => a.year === null || b.year === null || a.year === b.year;
