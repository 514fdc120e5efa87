// phase-years: the phases of one plan must follow each other without overlap, run forward,
// leave no gap (a warning) and end at the plan's target year where the document states one.
import type { Rule } from '../../types.js';
import { phasesOf, type Phase } from '../../quantity/index.js';

const span = (p: Phase): string =>
  p.startYear === p.endYear ? `${p.startYear}年` : `${p.startYear}—${p.endYear}年`;
const title = (p: Phase): string => (p.name ? `“${p.name}”（${span(p)}）` : `“${span(p)}”`);

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'phase-years',
    description: { zh: '规划阶段的年份重叠、倒置或断档', en: 'Plan phases overlap, run backwards or leave gaps' },
    severity: 'error',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      overlap: {
        zh: '阶段{later}与上一阶段{earlier}重叠：{years}同时属于两个阶段',
        en: 'Phase {later} overlaps the previous phase {earlier}: {years} belongs to both',
      },
      backward: {
        zh: '阶段{later}早于上一阶段{earlier}，阶段应按时间先后排列',
        en: 'Phase {later} comes before the previous phase {earlier} in time',
      },
      gap: {
        zh: '阶段{later}与上一阶段{earlier}之间缺少{years}',
        en: 'Between phase {later} and the previous phase {earlier}, {years} is missing',
      },
      target: {
        zh: '最后阶段{later}止于{end}年，与规划目标年{target}年不一致',
        en: 'The last phase {later} ends in {end}, but the plan aims at {target}',
      },
      earlier: { zh: '上一阶段：{earlier}', en: 'Previous phase: {earlier}' },
      targetHere: { zh: '规划目标年：{target}年', en: 'Target year: {target}' },
    },
    examples: {
      valid: [
        {
          text: '产业集聚阶段（2016年-2017年）。总产值超过500亿元。\n产业协同阶段（2018年-2020年）。总产值超过700亿元。',
        },
        { text: '近期（2023年）：完成扩园。\n中期（2025年）：形成集群。\n远期（2035年）：全面建成。' },
      ],
      invalid: [
        {
          text: '产业集聚阶段（2016年-2017年）。总产值超过500亿元。\n产业协同阶段（2017年-2020年）。总产值超过700亿元。',
          messages: ['阶段“产业协同阶段”（2017—2020年）与上一阶段“产业集聚阶段”（2016—2017年）重叠：2017年同时属于两个阶段'],
        },
        {
          text: '第一阶段（2016—2018年）：打基础。\n第二阶段（2020—2022年）：上规模。',
          messages: ['阶段“第二阶段”（2020—2022年）与上一阶段“第一阶段”（2016—2018年）之间缺少2019年'],
        },
        {
          text: '计划到2025年建成产业基地。\n第一阶段（2016—2020年）：打基础。\n第二阶段（2021—2023年）：上规模。',
          messages: ['最后阶段“第二阶段”（2021—2023年）止于2023年，与规划目标年2025年不一致'],
        },
      ],
    },
  },
  create(context) {
    for (const plan of phasesOf(context.document)) {
      const dated = plan.phases.filter((p) => p.startYear !== null && p.endYear !== null);
      if (dated.length < 2) continue;
      for (let i = 1; i < dated.length; i++) check(dated[i - 1]!, dated[i]!);
      const last = dated[dated.length - 1]!;
      if (plan.target && last.endYear !== plan.target.year && last.startYear! <= plan.target.year) {
        context.report({
          messageId: 'target',
          data: { later: title(last), end: last.endYear!, target: plan.target.year },
          range: last.range,
          related: [{ range: plan.target.range, messageId: 'targetHere', data: { target: plan.target.year } }],
          severity: 'warn',
        });
      }
    }

    function check(a: Phase, b: Phase): void {
      const report = (messageId: string, years?: string, severity?: 'warn'): void =>
        context.report({
          messageId,
          data: { later: title(b), earlier: title(a), years: years ?? '' },
          range: b.range,
          related: [{ range: a.range, messageId: 'earlier', data: { earlier: title(a) } }],
          properties: { earlier: [a.startYear, a.endYear], later: [b.startYear, b.endYear] },
          ...(severity ? { severity } : {}),
        });
      const [aStart, aEnd, bStart, bEnd] = [a.startYear!, a.endYear!, b.startYear!, b.endYear!];
      // Milestones (近期（2023年）, 中期（2025年）) name one year each: only their order matters.
      const milestones = aStart === aEnd || bStart === bEnd;
      if (bStart < aStart || (milestones && bEnd <= aEnd)) return report('backward');
      if (milestones) return;
      // From here b starts no earlier than a: sharing years (or lying inside a) is an overlap.
      if (bStart <= aEnd) {
        const to = Math.min(aEnd, bEnd);
        return report('overlap', bStart === to ? `${bStart}年` : `${bStart}—${to}年`);
      }
      if (bStart > aEnd + 1) {
        const from = aEnd + 1;
        const to = bStart - 1;
        report('gap', from === to ? `${from}年` : `${from}—${to}年`, 'warn');
      }
    }
  },
};

export default rule;
