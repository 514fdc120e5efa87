// phase-years: the phases of one plan must follow each other without overlap, run forward,
// leave no gap (a warning) and end at the plan's target year where the document states one.
import type { Rule } from '../../types.js';
import { phasesOf, type Phase, type YearPoint } from '../../quantity/index.js';

/** `2021年`, `2021年6月`, `2021年底`: one end as a reader writes it. */
const pointText = (p: YearPoint): string => `${p.year}年${p.month !== null ? `${p.month}月` : p.part}`;
const span = (p: Phase): string => {
  const [a, b] = [p.from!, p.to!];
  return a === b || (a.year === b.year && a.month === b.month && a.part === b.part) ? pointText(a) : `${pointText(a).replace(/年$/, '')}—${pointText(b)}`;
};
const title = (p: Phase): string => {
  if (!p.name) return `“${span(p)}”`;
  // “十四五”时期 carries its own quotes.
  return /[“”]/.test(p.name) ? `${p.name}（${span(p)}）` : `“${p.name}”（${span(p)}）`;
};

/**
 * The months a phase covers, as indexes (year × 12 + month − 1). A boundary word moves an end to the edge it
 * names: a phase from 2021年底 starts with 2022, one to 2022年初 ends with 2021, so 2021年底 / 2022年初 written on
 * both sides of a boundary is one boundary, not an overlap.
 */
function startMonth(p: YearPoint): number {
  if (p.month !== null) return p.year * 12 + p.month - 1;
  if (p.part === '底' || p.part === '末') return p.year * 12 + 12;
  if (p.part === '下半年') return p.year * 12 + 6;
  return p.year * 12;
}
function endMonth(p: YearPoint): number {
  if (p.month !== null) return p.year * 12 + p.month - 1;
  if (p.part === '初') return p.year * 12 - 1;
  if (p.part === '上半年') return p.year * 12 + 5;
  return p.year * 12 + 11;
}
/** Months [from, to] as text: whole years as 2024年 / 2024—2025年, else with months. */
function monthsText(from: number, to: number): string {
  const y = (m: number): number => Math.floor(m / 12);
  const mo = (m: number): number => (m % 12) + 1;
  if (from % 12 === 0 && to % 12 === 11) return y(from) === y(to) ? `${y(from)}年` : `${y(from)}—${y(to)}年`;
  const a = `${y(from)}年${mo(from)}月`;
  const b = `${y(to)}年${mo(to)}月`;
  return from === to ? a : `${a}—${b}`;
}
/** Which series a stage name belongs to: 第一阶段/第二阶段, …阶段, …期, …时期, or a bare span. */
function seriesOf(p: Phase): string {
  if (!p.name) return '';
  if (/^第.+阶段$/.test(p.name)) return '第N阶段';
  return /时期|阶段|期/.exec(p.name.replace(/(?:目标|任务|安排)$/, '').slice(-2))?.[0] ?? p.name;
}

/**
 * `b` is a sub-stage of `a`: its time lies within a's, and it is of another series (启动期 under 第一阶段) or sits
 * under a's heading (a deeper heading, or a paragraph of a's section). Siblings of one series that overlap
 * (第一阶段（2016—2020年）, 第二阶段（2017—2019年）) are not nested: that is the overlap reported.
 */
function isNested(a: Phase, b: Phase): boolean {
  const within = startMonth(b.from!) >= startMonth(a.from!) && endMonth(b.to!) <= endMonth(a.to!) && !isPoint(a);
  if (!within) return false;
  if (seriesOf(a) !== seriesOf(b)) return true;
  const underHeading = a.block.kind === 'heading' && b.block !== a.block && b.block.index < a.blockEnd;
  return underHeading || (a.block.depth > 0 && b.block.depth > a.block.depth);
}

/** Written with a month or as one year (近期（2023年）): a point in time rather than a stretch. */
const isPoint = (p: Phase): boolean => p.from === p.to && p.from!.month === null;

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'phase-years',
    description: { zh: '规划阶段的年份重叠、倒置、断档或超出规划期', en: 'Plan phases overlap, run backwards, leave gaps or fall outside the plan period' },
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
      outside: {
        zh: '阶段{later}超出规划期{period}：{years}不在规划期内',
        en: 'Phase {later} lies outside the plan period {period}: {years} is not in it',
      },
      earlier: { zh: '上一阶段：{earlier}', en: 'Previous phase: {earlier}' },
      targetHere: { zh: '规划目标年：{target}年', en: 'Target year: {target}' },
      periodHere: { zh: '规划期：{period}', en: 'Plan period: {period}' },
    },
    docs: {
      decides: {
        zh: '读取规划中各阶段及其起止年月（第一阶段、近期、“十四五”时期等），按时间先后比较相邻阶段：重叠、倒置报错，中间断档、最后阶段未止于文中规划目标年（如“到2025年”）报警告，超出文中写明的实施期限也报错。年底、年初、上半年等按所指月份计算，两侧写同一边界不算重叠；嵌套的子阶段（第一阶段下的启动期）与同级比较；只写一个年份的节点或期限（2024年底前）只比较先后。',
        en: 'Reads the phases of a plan and their years and months (第一阶段, 近期, “十四五”时期 …) and compares each with the one before: overlaps and phases running backwards are errors, a gap and a last phase not ending at the plan target year (到2025年) are warnings, and a phase outside the stated implementation period is an error. 年底, 年初, 上半年 count as the months they name, so a boundary written on both sides is no overlap; nested sub-stages (启动期 under 第一阶段) are compared with their siblings; milestones of one year and deadlines (2024年底前) are checked for order only.',
      },
      limits: {
        zh: '只看由 src/quantity 识别出的阶段，写法不典型的阶段不会被读出。愿景式的远期目标与阶段、不同系列的阶段是否并列只能按名称和标题层级推断，推断错时可能误报重叠或断档；全部是时间节点时不检查是否超出规划期。',
        en: 'Only phases recognised in src/quantity are seen; unusually worded phases are not read. Whether a far-off vision or another series of stages stands beside or under a phase is inferred from names and heading levels, and a wrong inference can report an overlap or gap; when all phases are points in time, the plan period is not checked.',
      },
      turnOff: {
        zh: '有意交叉推进的阶段安排（试点与推广并行），或同时叙述多个规划的综述性文件，可降为警告或关闭。',
        en: 'Lower or turn it off for schedules whose stages overlap on purpose (pilots running alongside roll-out) and for reviews that narrate several plans at once.',
      },
    },
    examples: {
      valid: [
        {
          text: '产业集聚阶段（2016年-2017年）。总产值超过500亿元。\n产业协同阶段（2018年-2020年）。总产值超过700亿元。',
        },
        { text: '近期（2023年）：完成扩园。\n中期（2025年）：形成集群。\n远期（2035年）：全面建成。' },
        { text: '筹备阶段（2021年1月—2021年底）：制定方案。\n实施阶段（2022年初—2023年6月）：组织实施。\n总结阶段（2023年7月—12月）：总结评估。' },
        { text: '第一阶段（２０２１—２０２３年）：夯实基础。\n启动期（２０２１年）：组建专班。\n推进期（２０２２—２０２３年）：全面铺开。\n第二阶段（２０２４—２０２５年）：巩固提升。' },
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
        {
          text: '本方案实施期限为二〇二三年至二〇二五年。\n试点阶段（二〇二三年）：先行先试。\n推广阶段（二〇二四年至二〇二六年）：全面推开。',
          messages: ['阶段“推广阶段”（2024—2026年）超出规划期2023—2025年：2026年不在规划期内'],
        },
      ],
    },
  },
  create(context) {
    for (const plan of phasesOf(context.document)) {
      const dated = plan.phases.filter((p) => p.from !== null && p.to !== null);
      if (dated.length < 2) continue;
      // Sub-stages (启动期（2021年） under 第一阶段（2021—2023年）) are compared with each other, and the stage
      // after them with their parent.
      const parents: Phase[] = [];
      let previous = dated[0]!;
      for (const b of dated.slice(1)) {
        while (parents.length > 0 && !isNested(parents[parents.length - 1]!, b)) previous = parents.pop()!;
        if (isNested(previous, b)) {
          parents.push(previous);
          previous = b;
          continue;
        }
        check(previous, b);
        previous = b;
      }
      const last = dated[dated.length - 1]!;
      const outside = plan.period ? checkPeriod(dated, plan.period) : new Set<Phase>();
      // A last stage already reported outside the plan period needs no second message about the target year.
      // A stage wholly after a distant 计划到 may be a vision; after the lead-in's 到2025年 it contradicts it.
      const reaches = plan.target && (last.startYear! <= plan.target.year || (plan.target.leadIn && !isPoint(last)));
      if (plan.target && reaches && !outside.has(last) && last.endYear !== plan.target.year) {
        context.report({
          messageId: 'target',
          data: { later: title(last), end: last.endYear!, target: plan.target.year },
          range: last.range,
          related: [{ range: plan.target.range, messageId: 'targetHere', data: { target: plan.target.year } }],
          severity: 'warn',
        });
      }
    }

    /** Stages that start before the stated plan period or end after it (points in time are checked too). */
    function checkPeriod(dated: Phase[], period: NonNullable<ReturnType<typeof phasesOf>[number]['period']>): Set<Phase> {
      const reported = new Set<Phase>();
      const periodText = `${period.from}—${period.to}年`;
      const [lo, hi] = [period.from * 12, period.to * 12 + 11];
      // 近期（2025年）…远期（2035年）: milestones look beyond the plan's own years by design.
      if (dated.every(isPoint)) return reported;
      for (const p of dated) {
        const [s, e] = [startMonth(p.from!), endMonth(p.to!)];
        if (p.deadline || (s >= lo && e <= hi)) continue;
        const years = e < lo || s > hi ? monthsText(s, e) : s < lo ? monthsText(s, lo - 1) : monthsText(hi + 1, e);
        context.report({
          messageId: 'outside',
          data: { later: title(p), period: periodText, years },
          range: p.range,
          related: [{ range: period.range, messageId: 'periodHere', data: { period: periodText } }],
          properties: { phase: [p.startYear, p.endYear], period: [period.from, period.to] },
        });
        reported.add(p);
      }
      return reported;
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
      const [aStart, aEnd, bStart, bEnd] = [startMonth(a.from!), endMonth(a.to!), startMonth(b.from!), endMonth(b.to!)];
      // Milestones (近期（2023年）, 中期（2025年）) and deadlines (2024年底前) name one point each: only order matters.
      const milestones = (isPoint(a) && isPoint(b)) || a.deadline || b.deadline;
      // A deadline may fall in the last year of the stage before it (2023—2024年, then 2024年底前).
      const backward = bStart < aStart || (milestones && (a.deadline || b.deadline ? bEnd < aEnd : bEnd <= aEnd));
      if (backward) return report('backward');
      if (milestones) return;
      // From here b starts no earlier than a: sharing time (or lying inside a) is an overlap. A month written on
      // both sides (…至2022年6月 / 2022年6月至…) is the boundary between them.
      const sharedBoundary = bStart === aEnd && a.to!.month !== null && b.from!.month !== null;
      if (bStart <= aEnd && !sharedBoundary) return report('overlap', monthsText(bStart, Math.min(aEnd, bEnd)));
      if (bStart > aEnd + 1) report('gap', monthsText(aEnd + 1, bStart - 1), 'warn');
    }
  },
};

export default rule;
