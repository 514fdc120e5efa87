/**
 * The quantity engine: one shared analysis of the figures in a document, for every rule that compares numbers.
 *
 *   quantitiesOf(doc, settings?) → QuantityMention[]  every figure, in document order, with
 *       value (normalised to the base unit of its dimension: 元, %, m², W, Wh, kg …), unit, dimension,
 *       qualifier (plain gt ge lt le near approx more range), interval (the values the wording allows),
 *       precision, coarse (超千亿元), metric (normalised key) and metricLabel (for messages), year and
 *       yearSource (sentence | block | phase), goalYear (到2025年, a phase end), phase, listed, attributive,
 *       block, text offsets and source range.
 *   phasesOf(doc) → Plan[]  consecutive phases (`阶段（2016—2017年）`, `近期（2023年）`) and the plan's target year.
 *   sameFigure(a, b, q?)    equal within the precision both are written with (超600亿元 = 600亿元以上 = 600亿元).
 *   intervalOf(m, q?)       the interval of a qualified figure; interval arithmetic lives in ./interval.js.
 *   quantitySettings(settings) → δ of 近, width of 约, relative tolerance (settings.quantity).
 *
 * Compare only mentions with equal `dimension` (counts keep their classifier: 家 ≠ 个; % ≠ 个百分点).
 * Skip `attributive` figures (`10亿元以上项目`: they describe a noun) and `listed` ones (`分别为382家、399家`)
 * when a rule needs to know what one figure states; `metric` is null when the engine is unsure what is measured.
 * Results are cached per document and quantity settings through `doc.analysis`.
 */
import type { Block } from '../document/block.js';
import type { PolicyDocument } from '../document/document.js';
import type { Sentence } from '../document/sentences.js';
import type { Range, Settings } from '../leaf-types.js';
import { datingYears, metricForDisplay, metricKey, phraseBefore } from './context.js';
import { interval, type Interval } from './interval.js';
import { NOT_NOW, NOT_NOW_LONGEST } from './lexicon.js';
import { findRawMentions, type RawMention } from './mentions.js';
import { findPlans, type Phase, type Plan } from './phases.js';
import { blockReadingViews } from './views.js';

export type { Interval } from './interval.js';
export type { QualifierKind } from './lexicon.js';
export type { Phase, Plan, YearPoint } from './phases.js';
export { mayContainQuantity } from './mentions.js';

export interface QuantityMention extends RawMention {
  block: Block;
  /** Source range of `surface`. */
  range: Range;
  /** The values the written figure allows, qualifier and rounding included. */
  interval: Interval;
  /** The phrase before the figure as written, and its normalised form ('' when nothing is left). */
  metricText: string | null;
  /** The normalised metric, the key for comparing mentions (`新材料产业` for 新材料产业产值), or null. */
  metric: string | null;
  /** The metric as a reader would name it in a message (`新材料产业产值`). */
  metricLabel: string | null;
  year: number | null;
  yearSource: 'sentence' | 'block' | 'phase' | null;
  /** The year is a horizon (`到2025年`, a phase's end, `2025年前`), so the figure is a target rather than a record. */
  goalYear: boolean;
  /** The phase the figure is stated in, if any. */
  phase: Phase | null;
  /** One of several figures given together (`A、B`, `分别为…`). */
  listed: boolean;
  /** Index of the sentence (in `doc.sentences`) the figure is in. */
  sentence: number;
}

export interface QuantitySettings {
  nearDelta: number;
  approxUnits: number;
  relativeTolerance: number;
}

export const DEFAULT_QUANTITY_SETTINGS: QuantitySettings = { nearDelta: 0.1, approxUnits: 0.5, relativeTolerance: 1e-9 };

export function quantitySettings(settings?: Settings): QuantitySettings {
  return { ...DEFAULT_QUANTITY_SETTINGS, ...(settings?.quantity ?? {}) };
}

export function phasesOf(doc: PolicyDocument): Plan[] {
  return doc.analysis('quantity-phases', findPlans);
}

export function quantitiesOf(doc: PolicyDocument, settings?: Settings): QuantityMention[] {
  const q = quantitySettings(settings);
  return doc.analysis(`quantities:${q.nearDelta}:${q.approxUnits}:${q.relativeTolerance}`, () => analyse(doc, q));
}

/** The values a figure written with this qualifier allows. */
export function intervalOf(
  m: Pick<RawMention, 'value' | 'valueHigh' | 'qualifier' | 'precision' | 'significantUnit' | 'coarse'>,
  q: QuantitySettings = DEFAULT_QUANTITY_SETTINGS,
): Interval {
  const v = m.value;
  const half = m.precision / 2;
  switch (m.qualifier) {
    case 'gt':
      return interval(v, Infinity, true);
    case 'ge':
      return interval(v, Infinity);
    case 'lt':
      return interval(-Infinity, v, false, true);
    case 'le':
      return interval(-Infinity, v);
    case 'near':
      return interval(v * (1 - q.nearDelta), v, false, true);
    case 'approx':
      return interval(v - q.approxUnits * m.significantUnit, v + q.approxUnits * m.significantUnit);
    case 'more':
      return interval(v, v + m.significantUnit, true, true);
    case 'range':
      return interval(v, m.valueHigh);
    case 'plain':
      return m.coarse ? interval(v / 2, v * 2) : interval(v - half, v + half);
  }
}

/** Two precise figures agree when equal within the precision both are written with, whatever their qualifiers. */
export function sameFigure(
  a: Pick<RawMention, 'value' | 'precision'>,
  b: Pick<RawMention, 'value' | 'precision'>,
  q: QuantitySettings = DEFAULT_QUANTITY_SETTINGS,
): boolean {
  const tolerance = (a.precision + b.precision) / 2 + q.relativeTolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
  return Math.abs(a.value - b.value) <= tolerance * (1 + 1e-12);
}

function analyse(doc: PolicyDocument, q: QuantitySettings): QuantityMention[] {
  const plans = phasesOf(doc);
  const phasesOfBlock = new Map<number, Phase[]>();
  for (const plan of plans) {
    // A lone labelled span (“十四五”时期（2021—2025年）) is a date, not a stage of a plan.
    if (plan.phases.length < 2) continue;
    for (const phase of plan.phases) {
      for (let i = phase.block.index; i < phase.blockEnd; i++) {
        const list = phasesOfBlock.get(i);
        if (list && list[0]!.block === phase.block && phase.block.index === i) list.push(phase);
        else phasesOfBlock.set(i, [phase]);
      }
    }
  }
  const sentences = doc.sentences;
  // Numbered paragraphs, short ones included (the document model calls a one-line item a heading).
  const listItems = new Map(doc.numbered.filter((n) => n.block.kind !== 'heading').map((n) => [n.block.index, n]));
  const views = blockReadingViews(doc);
  const out: QuantityMention[] = [];
  for (const block of doc.blocks) {
    const raws = findRawMentions(block, views[block.index]!);
    if (raws.length === 0) continue;
    const blockPhases = phasesOfBlock.get(block.index);
    const blockSentences = sentencesOf(sentences, block.index);
    const item = listItems.get(block.index);
    // A list item takes the goal year of its lead-in (到2025年，主要目标如下：).
    let goalYear: number | null = item ? leadInGoalYear(doc, block.index, listItems) : null;
    let si = -1;
    let sentenceStart = 0;
    let sentenceYears: ReturnType<typeof datingYears> = [];
    let respectivelyAt = -1;
    let previousEnd = 0;
    let previous: QuantityMention | null = null;
    let sentenceIndex = -1;
    // The walks below move forward with the figures (in text order), so a block with thousands of figures in one
    // sentence costs its length, not its length squared.
    let phaseIndex = 0;
    let ownIndex = 0;
    let notNowCheckedTo = 0;
    let notNowSeen = false;
    // Whether a 目前/截至 word stands between the sentence start and `end`; each call reads only what the last did not
    // (from NOT_NOW_LONGEST characters back, for a word cut by the last end).
    const notNowBefore = (end: number): boolean => {
      if (!notNowSeen && end > notNowCheckedTo) {
        notNowSeen = NOT_NOW.test(block.text.slice(Math.max(sentenceStart, notNowCheckedTo - NOT_NOW_LONGEST + 1), end));
        notNowCheckedTo = end;
      }
      return notNowSeen;
    };
    for (const raw of raws) {
      // Move to the sentence that holds this figure, remembering goal years (到2025年) of the ones passed.
      while (si === -1 || (si < blockSentences.length - 1 && sentences[blockSentences[si]!]!.end <= raw.start)) {
        if (si >= 0) {
          const goals = sentenceYears.filter((y) => y.goal);
          if (goals.length > 0) goalYear = goals[goals.length - 1]!.year;
        }
        si++;
        sentenceIndex = blockSentences[si] ?? -1;
        const sentence = sentences[sentenceIndex];
        sentenceStart = sentence?.start ?? 0;
        sentenceYears = sentence ? datingYears(sentence.text) : [];
        ownIndex = 0;
        notNowCheckedTo = sentenceStart;
        notNowSeen = false;
        respectivelyAt = sentence ? sentence.text.indexOf('分别') : -1;
        // The numbering marker (1. （一）) is not part of the first metric.
        previousEnd = Math.max(sentenceStart, item?.markerEnd ?? 0);
        previous = null;
        if (blockSentences.length === 0) break;
      }
      // Several stages in one paragraph (第一阶段（…），…；第二阶段（…），…): a figure belongs to the last label before it.
      while (blockPhases && phaseIndex + 1 < blockPhases.length && blockPhases[phaseIndex + 1]!.labelStart <= raw.start) phaseIndex++;
      const phase = blockPhases?.[phaseIndex] ?? null;
      const metricText = raw.attributive ? null : phraseBefore(block.text, raw.start, previousEnd);
      const metricLabel = metricText === null ? null : metricForDisplay(metricText);
      const metric = metricLabel === null ? null : metricKey(metricLabel);
      // The last year of the sentence that ends before the figure.
      while (ownIndex < sentenceYears.length && sentenceStart + sentenceYears[ownIndex]!.end <= raw.start) ownIndex++;
      const own = sentenceYears[ownIndex - 1];
      let year: number | null = null;
      let yearSource: QuantityMention['yearSource'] = null;
      let goal = false;
      if (own) {
        year = own.year;
        goal = own.goal;
        yearSource = 'sentence';
      } else if (goalYear !== null && !notNowBefore(raw.start)) {
        year = goalYear;
        goal = true;
        yearSource = 'block';
      } else if (phase?.endYear) {
        year = phase.endYear;
        goal = true;
        yearSource = 'phase';
      }
      const between = block.text.slice(previousEnd, raw.start);
      const joined = previous !== null && previous.dimension === raw.dimension && /^\s*(?:、|和|与|及|或)\s*$/.test(between);
      const respectively = respectivelyAt !== -1 && sentenceStart + respectivelyAt < raw.start;
      // Fields listed one by one: a spread of this many properties makes slow dictionary-mode objects.
      const mention: QuantityMention = {
        start: raw.start,
        end: raw.end,
        numberStart: raw.numberStart,
        numberEnd: raw.numberEnd,
        surface: raw.surface,
        value: raw.value,
        valueHigh: raw.valueHigh,
        unit: raw.unit,
        dimension: raw.dimension,
        qualifier: raw.qualifier,
        precision: raw.precision,
        significantUnit: raw.significantUnit,
        coarse: raw.coarse,
        scale: raw.scale,
        scaleUnit: raw.scaleUnit,
        attributive: raw.attributive,
        block,
        range: block.sourceRange(raw.start, raw.end),
        interval: intervalOf(raw, q),
        metricText,
        metric: metric === '' ? null : metric,
        metricLabel: metric === '' ? null : metricLabel,
        year,
        yearSource,
        goalYear: goal,
        phase,
        listed: joined || respectively,
        sentence: sentenceIndex,
      };
      if (joined && previous) previous.listed = true;
      out.push(mention);
      // A figure that describes a noun (100亿元企业) stays part of the next figure's metric.
      if (!raw.attributive) {
        previous = mention;
        previousEnd = raw.end;
      }
    }
  }
  return out;
}

/**
 * Indices of the sentences of one block, in order: the document's sentences run block by block (each block's
 * split in turn), so they are found by a binary search for the first one.
 */
function sentencesOf(sentences: readonly Sentence[], blockIndex: number): number[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.block.index < blockIndex) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sentences.length && sentences[i]!.block.index === blockIndex; i++) out.push(i);
  return out;
}

/** The goal year of the paragraph that introduces a list (`到2025年，主要目标如下：`), if it ends with a colon. */
function leadInGoalYear(doc: PolicyDocument, index: number, listItems: ReadonlyMap<number, unknown>): number | null {
  let i = index - 1;
  while (i >= 0 && listItems.has(i)) i--;
  const lead = doc.blocks[i];
  if (!lead || !/[：:]\s*$/.test(lead.text)) return null;
  const goals = datingYears(lead.text).filter((y) => y.goal);
  return goals.length > 0 ? goals[goals.length - 1]!.year : null;
}
