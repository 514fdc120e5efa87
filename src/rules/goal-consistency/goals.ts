// The targets a document states, from its sentences and its indicator tables, grouped by what makes one goal:
// the dimension of the figure, the year and the indicator (under any of its names, indicators.json).
import type { Block } from '../../document/block.js';
import type { NumberedBlock } from '../../document/numbering.js';
import type { PolicyDocument } from '../../document/document.js';
import type { Range, Settings } from '../../types.js';
import { METRIC_WORDS } from '../../quantity/lexicon.js';
import { quantitiesOf, type Interval, type QualifierKind, type QuantityMention } from '../../quantity/index.js';
import { indicatorKey, isBareChange } from './metric-names.js';
import { indicatorTableGoals } from './indicator-table.js';
import { jurisdictionOf, placeOpening } from './jurisdiction.js';
import { documentYear } from '../../quantity/dates.js';
import { shortestMatchingPrefix } from '../../regexp.js';

export interface Goal {
  /** dimension|year|indicator key. */
  key: string;
  year: number;
  /** The indicator as written, for messages. */
  label: string;
  surface: string;
  value: number;
  precision: number;
  coarse: boolean;
  interval: Interval;
  qualifier: QualifierKind;
  /** The dimension of the figure (`percent`, `money:CNY`, `count:人`). */
  dimension: string;
  range: Range;
  /** Stated in a main-indicator table. */
  inTable: boolean;
}

/** Metrics too short or too generic to tell two goals apart (增长, 占比). */
const MIN_METRIC_LENGTH = 3;
const INCOMPLETE_METRIC = /(?:的|之|占|(?<!占)比|较|约|共|其中)$/;
/**
 * Comparisons and narration (比上年增长, 而1956年就增加了, 平均每年): the phrase does not name one metric.
 * 比重, 比例, 占比, 就业 and 平均受教育年限 are parts of indicator names.
 */
const NOT_A_METRIC = /\d|(?<!占)比(?![重例率])|较|同期|^平均|平均每|每年|了|又|就(?!业)|而|即|分别|^(?:上半年|下半年|前|后)/;
/**
 * Words that make a dated figure a target (2027年，力争…达到…). Not 预计: in a work report `2022年预计达到4.45万亿元`
 * is the estimate of a result.
 */
const TARGET_WORDS = /力争|争取|目标|预期|计划|确保|规划/;
/**
 * Words that make a figure a result already reached (完成, 实现, 增长了, 比上年): never compared with a target,
 * even when the sentence names the target it met (全面实现年初确定的主要目标，国内生产总值增长7.8%).
 */
const RESULT_WORDS = /完成|(?<!力争|争取|确保|努力|要|将|可|能)实现|达到了|增长了|提高了|提升了|下降了|降低了|减少了|增加了|已经|已达|已有|已实现|比上年|较上年|比去年|同比/;

/**
 * The targets of a document that can be compared, grouped by key, in document order.
 * Records of the past are left out: they are often quoted for different scopes (全市 vs 园区).
 */
export function comparableGoals(doc: PolicyDocument, settings: Settings): Map<string, Goal[]> {
  const goals = [...sentenceGoals(doc, settings), ...tableGoals(doc, settings)].sort((a, b) => a.range[0] - b.range[0]);
  const groups = new Map<string, Goal[]>();
  for (const goal of goals) {
    const list = groups.get(goal.key);
    if (list) list.push(goal);
    else groups.set(goal.key, [goal]);
  }
  return groups;
}

function sentenceGoals(doc: PolicyDocument, settings: Settings): Goal[] {
  const sentences = doc.sentences;
  // The year the document is dated (its latest full date): a figure for a later year is a target, however worded.
  // Read on first need: it scans the whole text, and most documents have no figure that needs it.
  let asOf: number | null | undefined;
  const datedIn = (): number | null => (asOf === undefined ? (asOf = documentYear(doc.text)) : asOf);
  const mentions = quantitiesOf(doc, settings);
  const scopeOf = placeScopes(doc);
  // Where in the figure's sentence the first result and target words end, read once per sentence: a sentence of
  // thousands of figures (a block with no full stop) is not read again for each.
  let wordsOf: { sentence: number; result: number; target: number } = { sentence: -1, result: Infinity, target: Infinity };
  const out: Goal[] = [];
  mentions.forEach((m, i) => {
    if (!isGoalStatement(m) || m.block.cell) return;
    const sentence = sentences[m.sentence];
    if (wordsOf.sentence !== m.sentence) {
      const text = sentence?.text ?? '';
      wordsOf = { sentence: m.sentence, result: shortestMatchingPrefix(RESULT_WORDS, text), target: shortestMatchingPrefix(TARGET_WORDS, text) };
    }
    const before = sentence === undefined ? 0 : m.start - sentence.start;
    // 到2025年 makes a target whatever the verb (到2025年，完成造林10万亩).
    const horizon = m.goalYear && m.yearSource === 'sentence';
    // 2023年全市地区生产总值完成…: a result, even in a document that also sets targets for that year.
    if (!horizon && wordsOf.result <= before) return;
    if (!(m.goalYear || wordsOf.target <= before || m.year! > (datedIn() ?? Infinity))) return;
    let key = indicatorKey(m.metric!);
    let label = m.metricLabel ?? m.metric!;
    if (isBareChange(key)) {
      // 地区生产总值达到2.4万亿元，年均增长6%: the growth of the indicator just named; alone it names nothing.
      const previous = mentions[i - 1];
      if (!previous || previous.sentence !== m.sentence || previous.metric === null || isBareChange(indicatorKey(previous.metric))) return;
      key = indicatorKey(previous.metric + m.metric);
      label = (previous.metricLabel ?? previous.metric) + label;
    }
    // A goal under `（三）株洲市` in a provincial plan is 株洲's: part of its key.
    const place = scopeOf(m.block);
    const scoped = place ? `${key}@${place}` : key;
    out.push(goalOf(m, `${m.dimension}|${m.year}|${scoped}`, m.year!, label, m.surface, m.range, false));
  });
  return out;
}

/**
 * The place other than the document's that a block speaks for, if any: under a heading that names one
 * (`（三）株洲市`), up to the next heading, or a paragraph that opens with one (`株洲市：…`). Headings are read in
 * one pass; a paragraph, and the document's own jurisdiction, only when a goal in it asks.
 */
function placeScopes(doc: PolicyDocument): (block: Block) => string | undefined {
  let numbered: Map<number, NumberedBlock> | undefined;
  const numberedAt = (index: number): NumberedBlock | undefined =>
    (numbered ??= new Map(doc.numbered.map((n) => [n.block.index, n]))).get(index);
  const isHeading = (block: Block): boolean => block.kind === 'heading' || numberedAt(block.index)?.isHeading === true;
  const opening = (block: Block): string | null => {
    const n = numberedAt(block.index);
    return placeOpening(n ? block.text.slice(n.markerEnd) : block.text);
  };
  // The place named by the heading of the section each block is in (null when that heading names none); read when
  // the first goal asks, as most documents state none.
  let sectionOf: (string | null)[] | undefined;
  const sections = (): (string | null)[] => {
    const out: (string | null)[] = [];
    let section: string | null = null;
    for (const block of doc.blocks) {
      if (isHeading(block)) section = opening(block);
      out.push(section);
    }
    return out;
  };
  return (block) => {
    sectionOf ??= sections();
    const section = sectionOf[block.index] ?? null;
    const scope = isHeading(block) ? section : (opening(block) ?? section);
    return scope !== null && scope !== jurisdictionOf(doc) ? scope : undefined;
  };
}

function tableGoals(doc: PolicyDocument, settings: Settings): Goal[] {
  const goals = indicatorTableGoals(doc, settings);
  // One indicator in two rows of a table (人均可支配收入 under 城镇居民 and under 农村居民): the rows differ by a
  // column we do not read, so neither is compared.
  const rows = new Map<string, number>();
  const keyOf = (t: (typeof goals)[number]) => `${t.block.cell?.table}|${t.figure.dimension}|${t.year}|${indicatorKey(t.metric)}`;
  for (const t of goals) rows.set(keyOf(t), (rows.get(keyOf(t)) ?? 0) + 1);
  return goals.filter((t) => rows.get(keyOf(t)) === 1).map((t) =>
    goalOf(
      t.figure,
      `${t.figure.dimension}|${t.year}|${indicatorKey(t.metric)}`,
      t.year,
      t.label,
      t.surface,
      t.block.sourceRange(0, t.block.text.length),
      true,
    ),
  );
}

/** A goal from its figure, fields listed one by one: an object spread of the figure's fields costs microseconds. */
function goalOf(m: QuantityMention, key: string, year: number, label: string, surface: string, range: Range, inTable: boolean): Goal {
  return {
    value: m.value,
    precision: m.precision,
    coarse: m.coarse,
    interval: m.interval,
    qualifier: m.qualifier,
    dimension: m.dimension,
    key,
    year,
    label,
    surface,
    range,
    inTable,
  };
}

/** A single figure that states a metric for a known year (not a list item, not a description of a noun). */
function isGoalStatement(m: QuantityMention): boolean {
  return (
    m.metric !== null &&
    m.year !== null &&
    !m.attributive &&
    !m.listed &&
    m.qualifier !== 'range' &&
    (m.metric.length >= MIN_METRIC_LENGTH || isBareChange(m.metric)) &&
    !INCOMPLETE_METRIC.test(m.metric) &&
    // 营业收入 alone: whose? The subject was named in an earlier clause we do not track.
    !METRIC_WORDS.genericHeads.has(m.metric) &&
    !NOT_A_METRIC.test(m.metric)
  );
}
