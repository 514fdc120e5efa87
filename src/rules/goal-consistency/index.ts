// goal-consistency: one metric for one year, stated in several places, must be given the same figure; with
// document sets (--project, documentSets), also across documents (a plan and its implementation programme).
import { basename } from 'node:path';
import type { PolicyDocument } from '../../document/document.js';
import type { DocumentLocation, Rule, Settings } from '../../types.js';
import { contains, interval, type Interval } from '../../quantity/interval.js';
import { documentYear } from '../../quantity/dates.js';
import { METRIC_WORDS } from '../../quantity/lexicon.js';
import { quantitiesOf, quantitySettings, sameFigure, type QuantitySettings, type QuantityMention } from '../../quantity/index.js';

/** Metrics too short or too generic to tell two goals apart (增长, 占比). */
const MIN_METRIC_LENGTH = 3;
const INCOMPLETE_METRIC = /(?:的|之|占|比|较|约|共|其中)$/;
/** Comparisons and narration (比上年增长, 而1956年就增加了, 平均每年): the phrase does not name one metric. */
const NOT_A_METRIC = /\d|比|较|同期|平均|每年|了|又|就|而|即|分别|^(?:上半年|下半年|前|后)/;
/** Words that make a dated figure a target (2027年，力争…达到…). */
const TARGET_WORDS = /力争|争取|目标|预期|预计|计划/;

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'goal-consistency',
    description: { zh: '同一指标同一年份的目标前后不一致', en: 'The same target for the same year is stated differently' },
    severity: 'error',
    // 2: collects facts for document sets; a cache entry from before has none for this rule.
    version: '2',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      conflict: {
        zh: '{year}年“{metric}”前文为“{earlier}”，此处为“{later}”，前后不一致',
        en: '"{metric}" for {year} is "{earlier}" earlier but "{later}" here',
      },
      earlier: { zh: '前文：{earlier}', en: 'Stated earlier: {earlier}' },
      conflictAcross: {
        zh: '{year}年“{metric}”在{file}中为“{earlier}”，此处为“{later}”，两份文件不一致',
        en: '"{metric}" for {year} is "{earlier}" in {file} but "{later}" here',
      },
      elsewhere: { zh: '{file}：{earlier}', en: '{file}: {earlier}' },
    },
    examples: {
      valid: [
        { text: '到2025年，新材料产业产值超600亿元。\n2025年，新材料产业产值600亿元以上。' },
        {
          title: { zh: '量级写法的粗略下限与满足它的精确数字一致', en: 'A rough bound agrees with a figure that satisfies it' },
          text: '到2025年，产业集群总产值超千亿元。\n到2025年，产业集群总产值达到1100亿元。',
        },
        { text: '到2023年，高新技术企业数量达到190家。\n到2025年，高新技术企业数量达到260家。' },
      ],
      invalid: [
        {
          text: '到2025年，高新技术企业数量达到600家。\n到2025年，高新技术企业数量达到720家以上。',
          messages: ['2025年“高新技术企业数量”前文为“600家”，此处为“720家以上”，前后不一致'],
        },
        {
          text: '到2025年，产业集群总产值超千亿元。\n到2025年，产业集群总产值达到900亿元。',
          messages: ['2025年“产业集群总产值”前文为“超千亿元”，此处为“900亿元”，前后不一致'],
        },
      ],
    },
  },
  create(context) {
    const q = quantitySettings(context.settings);
    for (const list of comparableGoals(context.document, context.settings).values()) {
      for (let i = 1; i < list.length; i++) {
        const later = list[i]!;
        const earlier = list.slice(0, i).find((e) => !agree(e, later, q));
        if (!earlier) continue;
        context.report({
          messageId: 'conflict',
          data: { year: later.year!, metric: later.metricLabel ?? later.metric!, earlier: earlier.surface, later: later.surface },
          range: later.range,
          related: [{ range: earlier.range, messageId: 'earlier', data: { earlier: earlier.surface } }],
          properties: { year: later.year, metric: later.metric, values: [earlier.value, later.value] },
        });
      }
    }
  },
  crossFile: {
    /** The first statement of each goal in the document (a conflict inside it is the per-document finding). */
    collect(context): GoalFacts {
      const goals: GoalFact[] = [];
      for (const [key, [first]] of comparableGoals(context.document, context.settings)) {
        goals.push({
          key,
          year: first!.year!,
          label: first!.metricLabel ?? first!.metric!,
          surface: first!.surface,
          value: first!.value,
          precision: first!.precision,
          coarse: first!.coarse,
          interval: [finite(first!.interval.lo), finite(first!.interval.hi), first!.interval.loOpen, first!.interval.hiOpen],
          location: context.locate(first!.range),
        });
      }
      return { goals };
    },
    /** Each document's goals against those of the documents before it in the set. */
    check(documents, context) {
      const q = quantitySettings(context.settings);
      const seen = new Map<string, { filePath: string; goal: GoalFact }[]>();
      for (const { filePath, facts } of documents) {
        for (const goal of (facts as GoalFacts | null)?.goals ?? []) {
          const earlier = seen.get(goal.key) ?? [];
          const other = earlier.find((e) => e.filePath !== filePath && !agree(asFigure(e.goal), asFigure(goal), q));
          if (other) {
            const file = basename(other.filePath);
            context.report({
              filePath,
              location: goal.location,
              messageId: 'conflictAcross',
              data: { year: goal.year, metric: goal.label, file, earlier: other.goal.surface, later: goal.surface },
              related: [{ filePath: other.filePath, location: other.goal.location, messageId: 'elsewhere', data: { file, earlier: other.goal.surface } }],
              properties: { year: goal.year, metric: goal.key.split('|')[2], values: [other.goal.value, goal.value] },
            });
          }
          seen.set(goal.key, [...earlier, { filePath, goal }]);
        }
      }
    },
  },
};

/** What a document collects for the cross-document check: plain JSON (workers, cache), positions located. */
interface GoalFacts {
  goals: GoalFact[];
}

interface GoalFact {
  /** dimension|year|metric, as in comparableGoals. */
  key: string;
  year: number;
  label: string;
  surface: string;
  value: number;
  precision: number;
  coarse: boolean;
  /** The interval with infinite ends as null (JSON has no Infinity). */
  interval: [lo: number | null, hi: number | null, loOpen: boolean, hiOpen: boolean];
  location: DocumentLocation;
}

type Figure = Pick<QuantityMention, 'value' | 'precision' | 'coarse' | 'interval'>;

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

function asFigure(goal: GoalFact): Figure {
  const [lo, hi, loOpen, hiOpen] = goal.interval;
  const range: Interval = interval(lo ?? -Infinity, hi ?? Infinity, loOpen, hiOpen);
  return { value: goal.value, precision: goal.precision, coarse: goal.coarse, interval: range };
}

/** Two statements of one goal agree when equal within their precision; a rough bound (超千亿元) when it holds. */
function agree(a: Figure, b: Figure, q: QuantitySettings): boolean {
  if (a.coarse && b.coarse) return true;
  if (a.coarse) return contains(a.interval, b.value);
  if (b.coarse) return contains(b.interval, a.value);
  return sameFigure(a, b, q);
}

/**
 * The targets a document states that can be compared, grouped by dimension, year and metric, in document order.
 * Records of the past are left out: they are often quoted for different scopes (全市 vs 园区).
 */
function comparableGoals(doc: PolicyDocument, settings: Settings): Map<string, QuantityMention[]> {
  const groups = new Map<string, QuantityMention[]>();
  const sentences = doc.sentences;
  const asOf = documentYear(doc.text);
  for (const m of quantitiesOf(doc, settings)) {
    if (!isGoalStatement(m)) continue;
    const sentence = sentences[m.sentence];
    const target =
      m.goalYear ||
      (asOf !== null && m.year! > asOf) ||
      (sentence !== undefined && TARGET_WORDS.test(m.block.text.slice(sentence.start, m.start)));
    if (!target) continue;
    const key = `${m.dimension}|${m.year}|${m.metric}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  return groups;
}

/** A single figure that states a metric for a known year (not a list item, not a description of a noun). */
function isGoalStatement(m: QuantityMention): boolean {
  return (
    m.metric !== null &&
    m.year !== null &&
    !m.attributive &&
    !m.listed &&
    m.qualifier !== 'range' &&
    m.metric.length >= MIN_METRIC_LENGTH &&
    !INCOMPLETE_METRIC.test(m.metric) &&
    // 营业收入 alone: whose? The subject was named in an earlier clause we do not track.
    !METRIC_WORDS.genericHeads.has(m.metric) &&
    !NOT_A_METRIC.test(m.metric)
  );
}

export default rule;
