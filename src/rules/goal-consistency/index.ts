// goal-consistency: one metric for one year, stated in several places, must be given the same figure.
import type { Rule } from '../../types.js';
import { contains } from '../../quantity/interval.js';
import { METRIC_WORDS } from '../../quantity/lexicon.js';
import { quantitiesOf, quantitySettings, sameFigure, type QuantityMention } from '../../quantity/index.js';

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
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      conflict: {
        zh: '{year}年“{metric}”前文为“{earlier}”，此处为“{later}”，前后不一致',
        en: '"{metric}" for {year} is "{earlier}" earlier but "{later}" here',
      },
      earlier: { zh: '前文：{earlier}', en: 'Stated earlier: {earlier}' },
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
    const groups = new Map<string, QuantityMention[]>();
    const sentences = context.document.sentences;
    const asOf = datedYear(context.document.text);
    for (const m of quantitiesOf(context.document, context.settings)) {
      if (!isGoalStatement(m)) continue;
      // Records of the past are often quoted for different scopes (全市 vs 园区): compare targets only.
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
    for (const list of groups.values()) {
      for (let i = 1; i < list.length; i++) {
        const later = list[i]!;
        const earlier = list.slice(0, i).find((e) => !agree(e, later));
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

    function agree(a: QuantityMention, b: QuantityMention): boolean {
      if (a.coarse && b.coarse) return true;
      if (a.coarse) return contains(a.interval, b.value);
      if (b.coarse) return contains(b.interval, a.value);
      return sameFigure(a, b, q);
    }
  },
};

/**
 * The year the document is dated (the latest full date in it, `2016年4月27日`): a figure for a later year
 * is a target, whatever its wording. Null when the document carries no full date.
 */
function datedYear(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(FULL_DATE)) {
    const year = Number(m[1]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}
const FULL_DATE = /(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g;

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
