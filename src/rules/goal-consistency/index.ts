// goal-consistency: one goal (indicator, year) stated in several places — the summary, a chapter, the
// main-indicator table — must be given the same figure; with document sets (--project, documentSets), also across
// documents of one jurisdiction (a plan and its implementation programme). Results are never compared with targets.
import { basename } from 'node:path';
import type { DocumentLocation, Rule } from '../../types.js';
import { interval, type Interval } from '../../quantity/interval.js';
import { quantitySettings, type QualifierKind } from '../../quantity/index.js';
import { agree, type Figure } from './agreement.js';
import { comparableGoals, type Goal } from './goals.js';
import { jurisdictionOf } from './jurisdiction.js';

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'goal-consistency',
    description: { zh: '同一指标同一年份的目标前后不一致', en: 'The same target for the same year is stated differently' },
    severity: 'error',
    // 3: goals from indicator tables and under other names; facts carry the jurisdiction.
    version: '3',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      conflict: {
        zh: '{year}年“{metric}”在第{line}行为“{earlier}”，此处为“{later}”，前后不一致',
        en: '"{metric}" for {year} is "{earlier}" on line {line} but "{later}" here',
      },
      conflictWithTable: {
        zh: '{year}年“{metric}”在主要指标表（第{line}行）中为“{earlier}”，此处为“{later}”，前后不一致',
        en: '"{metric}" for {year} is "{earlier}" in the indicator table (line {line}) but "{later}" here',
      },
      conflictInTable: {
        zh: '{year}年“{metric}”在第{line}行为“{earlier}”，主要指标表此处为“{later}”，前后不一致',
        en: '"{metric}" for {year} is "{earlier}" on line {line} but "{later}" here in the indicator table',
      },
      earlier: { zh: '前文：{earlier}', en: 'Stated earlier: {earlier}' },
      conflictAcross: {
        zh: '{year}年“{metric}”在{file}中为“{earlier}”，此处为“{later}”，两份文件不一致',
        en: '"{metric}" for {year} is "{earlier}" in {file} but "{later}" here',
      },
      elsewhere: { zh: '{file}：{earlier}', en: '{file}: {earlier}' },
    },
    docs: {
      decides: {
        zh: '收集文中对某一年份的目标（句子中和主要指标表中），按数值量纲、年份和指标（indicators.json 中的各种名称）归为同一目标，后出现的与第一次的数值比较，不一致时报告。量级下限（超千亿元）被满足、“左右”在范围内、同一门槛、较精确的数值四舍五入后等于较粗的数值，都算一致；百分比按目标值逐位比较。已完成的实绩（完成、实现、比上年）、过去的记录和属于其他地区（如“（三）株洲市”标题下）的目标不参与比较；用 --project 或 documentSets 时也在同一辖区的文件间比较。',
        en: 'Collects the targets stated for a year, in sentences and in main-indicator tables, groups them by dimension, year and indicator (under any of its names in indicators.json), and reports a later statement whose figure disagrees with the first. A rough bound that holds (超千亿元), 左右 within range, the same threshold, and a finer amount that rounds to the coarser all agree; percentages are compared to the digit. Results already reached (完成, 实现, 比上年), records of the past, and goals under another place (a heading such as （三）株洲市) are not compared; with --project or documentSets, documents of one jurisdiction are compared too.',
      },
      limits: {
        zh: '指标名称依赖 indicators.json 的同义词表，表外的不同写法被当作两个指标而漏报；主语在前面分句中的数值（单独的“营业收入”）和过短、过泛的指标名不比较。表格中同名指标分属不同行（城镇、农村）时都不比较。目标与实绩的区分靠词语，措辞不典型时可能误判。',
        en: 'Indicator names rely on the synonym list in indicators.json; a wording outside it counts as another indicator and a disagreement is missed. Figures whose subject was named in an earlier clause (营业收入 alone) and too short or generic metric names are not compared, nor one indicator in two table rows (城镇 and 农村). Targets are told from results by wording, which an unusual phrasing can mislead.',
      },
      turnOff: {
        zh: '汇编多个地区或多个时期文件、同一指标在不同范围（全市、园区）下有不同目标的材料，或新旧版本对照的修订稿，可降为警告或关闭。',
        en: 'Lower or turn it off for compilations of several places or periods, material that sets one indicator different targets for different scopes (全市 and 园区), and drafts that compare old and new versions.',
      },
    },
    examples: {
      valid: [
        { text: '到2025年，新材料产业产值超600亿元。\n2025年，新材料产业产值600亿元以上。' },
        {
          title: { zh: '量级写法的粗略下限与满足它的精确数字一致', en: 'A rough bound agrees with a figure that satisfies it' },
          text: '到2025年，产业集群总产值超千亿元。\n到2025年，产业集群总产值达到1100亿元。',
        },
        { text: '到2023年，高新技术企业数量达到190家。\n到2025年，高新技术企业数量达到260家。' },
        {
          title: { zh: '已完成的实绩不与目标比较', en: 'A result reached is not compared with a target' },
          text: '2025年，城镇新增就业预期目标为4万人。\n2025年1月至11月，城镇新增就业完成了4.3万人。',
        },
        {
          title: { zh: '同一数值的不同单位写法', en: 'One figure in two units' },
          text: '到2027年，城镇新增就业达到3.2万人。\n到2027年，城镇新增就业32000人。',
        },
      ],
      invalid: [
        {
          text: '到2025年，高新技术企业数量达到600家。\n到2025年，高新技术企业数量达到720家以上。',
          messages: ['2025年“高新技术企业数量”在第1行为“600家”，此处为“720家以上”，前后不一致'],
        },
        {
          text: '到2025年，产业集群总产值超千亿元。\n到2025年，产业集群总产值达到900亿元。',
          messages: ['2025年“产业集群总产值”在第1行为“超千亿元”，此处为“900亿元”，前后不一致'],
        },
        {
          title: { zh: '同一指标的别称与换算后的单位', en: 'Another name of the indicator, another unit' },
          text: '到2025年，全市经济总量达到1.2万亿元。\n到2025年，地区生产总值达到13000亿元。',
          messages: ['2025年“地区生产总值”在第1行为“1.2万亿元”，此处为“13000亿元”，前后不一致'],
        },
      ],
    },
  },
  create(context) {
    const q = quantitySettings(context.settings);
    for (const list of comparableGoals(context.document, context.settings).values()) {
      for (let i = 1; i < list.length; i++) {
        const later = list[i]!;
        // Each statement is held to the first: one that agrees with it is right even when a third one is not.
        const earlier = list[0]!;
        if (agree(earlier, later, q)) continue;
        const messageId = earlier.inTable ? 'conflictWithTable' : later.inTable ? 'conflictInTable' : 'conflict';
        context.report({
          messageId,
          data: { year: later.year, metric: nameOf(earlier, later), line: context.document.lines.lineOf(earlier.range[0]), earlier: earlier.surface, later: later.surface },
          range: later.range,
          related: [{ range: earlier.range, messageId: 'earlier', data: { earlier: earlier.surface } }],
          properties: { year: later.year, metric: later.key.split('|')[2], values: [earlier.value, later.value] },
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
          year: first!.year,
          label: first!.label,
          surface: first!.surface,
          value: first!.value,
          precision: first!.precision,
          coarse: first!.coarse,
          qualifier: first!.qualifier,
          interval: [finite(first!.interval.lo), finite(first!.interval.hi), first!.interval.loOpen, first!.interval.hiOpen],
          location: context.locate(first!.range),
        });
      }
      return { jurisdiction: jurisdictionOf(context.document), goals };
    },
    /** Each document's goals against those of the documents of the same jurisdiction before it in the set. */
    check(documents, context) {
      const q = quantitySettings(context.settings);
      const seen = new Map<string, { filePath: string; goal: GoalFact }[]>();
      for (const { filePath, facts } of documents) {
        const own = facts as GoalFacts | null;
        for (const goal of own?.goals ?? []) {
          // A province's and a city's 2025 targets are different goals; a document that names no jurisdiction
          // is compared only with others that name none.
          const key = `${own!.jurisdiction ?? '?'}|${goal.key}`;
          const earlier = seen.get(key) ?? [];
          const other = earlier.find((e) => e.filePath !== filePath && !agree(asFigure(e.goal), asFigure(goal), q));
          if (other) {
            const file = basename(other.filePath);
            context.report({
              filePath,
              location: goal.location,
              messageId: 'conflictAcross',
              data: { year: goal.year, metric: other.goal.label === goal.label ? goal.label : goal.key.split('|')[2]!, file, earlier: other.goal.surface, later: goal.surface },
              related: [{ filePath: other.filePath, location: other.goal.location, messageId: 'elsewhere', data: { file, earlier: other.goal.surface } }],
              properties: { year: goal.year, metric: goal.key.split('|')[2], values: [other.goal.value, goal.value] },
            });
          }
          seen.set(key, [...earlier, { filePath, goal }]);
        }
      }
    },
  },
};

/** The indicator as the later statement names it, or its one name (indicators.json) when the two differ. */
const nameOf = (earlier: Goal, later: Goal): string => (earlier.label === later.label ? later.label : later.key.split('|')[2]!);

/** What a document collects for the cross-document check: plain JSON (workers, cache), positions located. */
interface GoalFacts {
  /** Whose goals the document states (jurisdiction.ts); null when it does not say. */
  jurisdiction: string | null;
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
  qualifier: QualifierKind;
  /** The interval with infinite ends as null (JSON has no Infinity). */
  interval: [lo: number | null, hi: number | null, loOpen: boolean, hiOpen: boolean];
  location: DocumentLocation;
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

function asFigure(goal: GoalFact): Figure {
  const [lo, hi, loOpen, hiOpen] = goal.interval;
  const range: Interval = interval(lo ?? -Infinity, hi ?? Infinity, loOpen, hiOpen);
  return { value: goal.value, precision: goal.precision, coarse: goal.coarse, interval: range, qualifier: goal.qualifier, dimension: goal.key.split('|')[0]! };
}

export default rule;
