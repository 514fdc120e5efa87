// phase-total: stated parts must add up to the stated total (`超300亿元 + 超200亿元 = 超500亿元`).
import type { PolicyDocument } from '../../document/document.js';
import type { Rule } from '../../types.js';
import { quantitiesOf, quantitySettings, type QuantityMention } from '../../quantity/index.js';
import { formatInterval, formatNumber, intersects, sumIntervals } from '../../quantity/interval.js';
import { tablesOf } from '../../document/tables.js';
import { findBreakdowns, partLabel, type Breakdown } from './breakdowns.js';
import { findCompositions, type Composition } from './compositions.js';
import { cellRange, tableSums, type TableSum } from './table-totals.js';
import { statedSums, type StatedSum } from './totals.js';

/** Qualifier kinds under which the figures themselves must add up (all 超, all 以上, all plain). */
const FIGURE_KINDS = new Set(['gt', 'ge', 'plain']);

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'phase-total',
    description: {
      zh: '分项之和与总数不符（文中分项、表格合计行、构成比例）',
      en: 'Stated parts do not add up to the stated total (in prose, table totals, compositions)',
    },
    severity: 'error',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      sum: {
        zh: '{label}应为 {expression} = {sum} {unit}，文中为 {total} {unit}',
        en: '{label} should be {expression} = {sum} {unit}, but the text says {total} {unit}',
      },
      bounds: {
        zh: '{label}与分项不符：{expression} 合计在 {sum} {unit} 之内，文中为“{surface}”',
        en: '{label} contradicts its parts: {expression} add up to {sum} {unit}, but the text says "{surface}"',
      },
      part: { zh: '分项：{surface}', en: 'Part: {surface}' },
      breakdown: {
        zh: '{expression} = {sum}{unit}，文中为{total}',
        en: '{expression} = {sum}{unit}, but the text says {total}',
      },
      breakdownBounds: {
        zh: '{expression} 合计在 {sum} {unit} 之内，文中为“{total}”',
        en: '{expression} add up to {sum} {unit}, but the text says "{total}"',
      },
      exceeds: {
        zh: '分项 {expression} 合计 {sum}{unit}，超过总数{total}',
        en: 'The parts {expression} add up to {sum}{unit}, more than the total {total}',
      },
      table: {
        zh: '表中{line}{label}：{expression} = {sum}{unit}，表中为{total}{unit}',
        en: 'Table {line} {label}: {expression} = {sum}{unit}, but the table says {total}{unit}',
      },
      composition: {
        zh: '{label}各项 {expression} 之和为 {sum}，应为 100',
        en: 'The shares of {label} {expression} add up to {sum}, not 100',
      },
    },
    docs: {
      decides: {
        zh: '检查分项之和与总数：文中先给总数再分解（共安排…其中…、总数后接冒号和编号列表、“以上三项合计”），表格的合计、总计、小计行或列，以及三次产业结构比例、各组成部分占比之和应为100%。每个数值按其写法的舍入区间比较，“超”“以上”等限定词相同才直接相加，粗略总数（超千亿元）按区间比较。用“其中”“主要”“重点”只列出部分分项时，只有分项超过总数才报告。',
        en: 'Checks that parts add up to their total: a total stated and then broken down in prose (共…其中…, a total followed by a colon and numbered items, 以上三项合计), 合计/总计/小计 rows or columns of tables, and compositions that must make 100% (三次产业结构 as a ratio or shares of named components). Each figure stands for the interval it rounds from; figures add directly only under the same qualifier (超, 以上, plain), and a coarse total (超千亿元) is compared as a bound. Where 其中, 主要, 重点 name only some parts, only parts exceeding the total are reported.',
      },
      limits: {
        zh: '只读它认得的分解句式和版式：表格只在版式只有一种读法时才读，遇到“其中”子行或比率即停止，增长率、占比列不相加；同一总体的交叉分类（按所有制、按阶段）不相加，所以许多不符会漏报。分项范围判断错误（把带动投资、同比增量当作分项）时可能误报。构成比例只读各部分固定的总体（如三次产业）。',
        en: 'It reads only the breakdown wordings and layouts it knows: a table is read only when its layout allows one reading, the reading stops at 其中 sub-rows or rates, and columns of rates are not added; and overlapping classifications of one whole (by owner, by stage) are not added, so many mismatches are missed. Misjudging which figures are parts (leveraged investment, a change on the year before) can cause a false report. Compositions are read only for wholes with a fixed set of parts (三次产业).',
      },
      turnOff: {
        zh: '原始统计表中合计含未列出项目、数据有意四舍五入后分别公布的统计公报，或转载未经核对的数据汇编，可降为警告。',
        en: 'Lower it to a warning for statistical tables whose totals include unlisted items, bulletins that publish independently rounded figures, and compilations of data reprinted unchecked.',
      },
    },
    examples: {
      valid: [
        { text: '新材料产业产值超300亿元，新能源及装备产业产值超200亿元，总产值超过500亿元。' },
        {
          title: { zh: '限定词不同时按区间比较', en: 'Different qualifiers are compared as intervals' },
          text: '新材料产业产值超400亿元，新能源及装备产业产值近300亿元，总产值超过700亿元。',
        },
        { text: '两项投资分别达到5.66万亿元、1.3万亿元、5000亿元、4.4万亿元，合计11.86万亿元。' },
        {
          title: { zh: '“其中”只列出部分分项', en: '其中 names only some of the parts' },
          text: '全市共有高新技术企业860家，其中专精特新企业420家，科技型中小企业510家。',
        },
        {
          title: { zh: '“以上”与分项相容', en: 'A bound (以上) compatible with its parts' },
          text: '基金总规模50亿元以上，其中省级出资20亿元，社会资本出资30亿元。',
        },
      ],
      invalid: [
        {
          text: '新材料产业产值超370亿元，新能源及装备产业产值超190亿元，总产值超过450亿元。',
          messages: ['总产值应为 370 + 190 = 560 亿元，文中为 450 亿元'],
        },
        {
          title: { zh: '总数在前，分项在后', en: 'A total first, its parts after it' },
          text: '省级财政统筹安排科技创新专项资金共计95亿元，具体分配如下：（一）重大专项攻关补助48亿元；（二）创新平台建设30亿元；（三）人才引进奖励22亿元。',
          messages: ['重大专项攻关补助48亿元 + 创新平台建设30亿元 + 人才引进奖励22亿元 = 100亿元，文中为95亿元'],
        },
        {
          title: { zh: '“其中”的分项超过总数', en: 'Parts under 其中 that exceed the total' },
          text: '园区项目总投资六百五十亿元，其中一期工程二百亿元、二期工程二百五十亿元、三期工程二百五十亿元。',
          messages: ['分项 一期工程二百亿元 + 二期工程二百五十亿元 + 三期工程二百五十亿元 合计 700亿元，超过总数六百五十亿元'],
        },
        {
          title: { zh: '构成之和应为100', en: 'A composition must add up to 100' },
          text: '全区三次产业结构为8.2%、40.5%、53.1%。',
          messages: ['三次产业结构各项 8.2% + 40.5% + 53.1% 之和为 101.8，应为 100'],
        },
        {
          text: '两个项目投资分别达到300亿元、200亿元，合计600亿元。',
          messages: ['合计应为 300 + 200 = 500 亿元，文中为 600 亿元'],
        },
        {
          text: '新材料产业产值近300亿元，新能源产业产值近200亿元，总产值超过600亿元。',
          messages: ['总产值与分项不符：近300亿元 + 近200亿元 合计在 [450, 500) 亿元 之内，文中为“超过600亿元”'],
        },
      ],
    },
  },
  create(context) {
    const doc = context.document;
    const q = quantitySettings(context.settings);
    const mentions = quantitiesOf(doc, context.settings);
    // One statement: a phase (its parts and total may sit in separate sentences), a list (1. … 2. … 3. 总…)
    // or else a sentence.
    const listOf = listRuns(doc);
    // Keyed by a number (index × 3 + kind: phase 0, list 1, sentence 2), not a string built for every figure.
    const byStatement = new Map<number, QuantityMention[]>();
    for (const m of mentions) {
      const run = listOf.get(m.block.index);
      const key = m.phase ? m.phase.block.index * 3 : run !== undefined ? run * 3 + 1 : m.sentence * 3 + 2;
      const list = byStatement.get(key);
      if (list) list.push(m);
      else byStatement.set(key, [m]);
    }
    const checked = new Set<QuantityMention>();
    for (const statement of byStatement.values()) {
      if (statement.length < 3) continue;
      for (const stated of statedSums(statement)) {
        checked.add(stated.total);
        check(stated);
      }
    }
    for (const breakdown of findBreakdowns(doc, mentions)) if (!checked.has(breakdown.total)) checkBreakdown(breakdown);
    for (const table of tablesOf(doc)) for (const sum of tableSums(table)) reportTable(sum);
    for (const composition of findCompositions(doc, mentions)) checkComposition(composition);

    function checkBreakdown({ total, parts, complete }: Breakdown): void {
      const scale = total.scale;
      const unit = total.scaleUnit;
      const related = parts.map((p) => ({ range: p.range, messageId: 'part', data: { surface: p.surface } }));
      const named = parts.map((p) => `${partLabel(p)}${p.surface}`).join(' + ');
      const sum = sumIntervals(parts.map((p) => p.interval));
      const properties = { parts: parts.map((p) => p.value), total: total.value, dimension: total.dimension };
      if (!complete) {
        // Some of the parts: only more than the whole is a contradiction.
        // Figures round from half-open intervals: parts whose least sum reaches the total's upper edge exceed it.
        if (sum.lo < total.interval.hi * (1 - 1e-12)) return;
        const value = parts.reduce((s, p) => s + p.value, 0);
        context.report({
          messageId: 'exceeds',
          data: { expression: named, sum: formatNumber(value / scale), unit, total: total.surface },
          range: total.range,
          related,
          properties: { ...properties, sum: value },
        });
        return;
      }
      const kinds = new Set([total.qualifier, ...parts.map((p) => p.qualifier)]);
      if (kinds.size === 1 && FIGURE_KINDS.has(total.qualifier)) {
        const value = parts.reduce((s, p) => s + p.value, 0);
        const rounding = parts.reduce((s, p) => s + p.precision / 2, 0) + total.precision / 2;
        const diff = Math.abs(value - total.value);
        // Each figure stands for the half-open interval it rounds from: a sum exactly at the edge disagrees.
        if (diff < rounding * (1 - 1e-9) || diff <= q.relativeTolerance * Math.abs(total.value)) return;
        context.report({
          messageId: 'breakdown',
          data: { expression: named, sum: formatNumber(value / scale), unit, total: total.surface },
          range: total.range,
          related,
          properties: { ...properties, sum: value },
        });
        return;
      }
      if (intersects(sum, total.interval)) return;
      context.report({
        messageId: 'breakdownBounds',
        data: { expression: named, sum: formatInterval(sum, scale), unit, total: total.surface },
        range: total.range,
        related,
        properties: { ...properties, sum: [sum.lo, sum.hi] },
      });
    }

    function reportTable({ label, line, total, parts, unit }: TableSum): void {
      const factor = unit?.factor ?? 1;
      const show = (v: number): string => formatNumber(v / factor);
      const sum = parts.reduce((s, p) => s + p.value, 0);
      context.report({
        messageId: 'table',
        data: {
          line: line === '' ? '' : `“${line}”`,
          label,
          expression: parts.map((p) => `${p.label}${show(p.value)}`).join(' + '),
          sum: show(sum),
          total: show(total.value),
          unit: unit?.label ?? '',
        },
        range: cellRange(total.cell),
        related: parts.map((p) => ({ range: cellRange(p.cell), messageId: 'part', data: { surface: `${p.label} ${p.cell.text}` } })),
        properties: { parts: parts.map((p) => p.value), total: total.value, sum },
      });
    }

    function checkComposition({ terms, range, label }: Composition): void {
      const sum = terms.reduce((s, t) => s + t.value, 0);
      const tolerance = terms.reduce((s, t) => s + t.precision / 2, 0);
      if (Math.abs(sum - 100) < tolerance * (1 - 1e-9)) return;
      const decimals = Math.max(...terms.map((t) => Math.max(0, Math.round(-Math.log10(t.precision)))));
      context.report({
        messageId: 'composition',
        data: { label, expression: terms.map((t) => t.surface).join(' + '), sum: sum.toFixed(decimals) },
        range,
        related: terms.map((t) => ({ range: t.range, messageId: 'part', data: { surface: t.surface } })),
        properties: { parts: terms.map((t) => t.value), sum },
      });
    }

    function check({ total, parts, label }: StatedSum): void {
      const scale = total.scale;
      const unit = total.scaleUnit;
      const related = parts.map((p) => ({ range: p.range, messageId: 'part', data: { surface: p.surface } }));
      const properties = { parts: parts.map((p) => p.value), total: total.value, dimension: total.dimension };
      const kinds = new Set([total.qualifier, ...parts.map((p) => p.qualifier)]);
      // A coarse total (超千亿元) is a bound, not a figure to add up to: compare as intervals.
      if (kinds.size === 1 && FIGURE_KINDS.has(total.qualifier) && !total.coarse) {
        const sum = parts.reduce((s, p) => s + p.value, 0);
        const tolerance =
          parts.reduce((s, p) => s + p.precision / 2, 0) + total.precision / 2 + q.relativeTolerance * Math.abs(total.value);
        if (Math.abs(sum - total.value) <= tolerance * (1 + 1e-9)) return;
        context.report({
          messageId: 'sum',
          data: {
            label,
            expression: parts.map((p) => formatNumber(p.value / scale)).join(' + '),
            sum: formatNumber(sum / scale),
            total: formatNumber(total.value / scale),
            unit,
          },
          range: total.range,
          related,
          properties: { ...properties, sum },
        });
        return;
      }
      const sum = sumIntervals(parts.map((p) => p.interval));
      if (intersects(sum, total.interval)) return;
      context.report({
        messageId: 'bounds',
        data: {
          label,
          expression: parts.map((p) => p.surface).join(' + '),
          sum: formatInterval(sum, scale),
          unit,
          surface: total.surface,
        },
        range: total.range,
        related,
        properties: { ...properties, sum: [sum.lo, sum.hi] },
      });
    }
  },
};

/** Block index → first block of its run of consecutive numbered paragraphs of one numbering style. */
function listRuns(doc: PolicyDocument): Map<number, number> {
  const runs = new Map<number, number>();
  let first = -1;
  let last = -2;
  let style = '';
  for (const n of doc.numbered) {
    if (n.block.kind === 'heading') continue;
    const i = n.block.index;
    if (i !== last + 1 || n.style !== style) first = i;
    runs.set(i, first);
    last = i;
    style = n.style;
  }
  return runs;
}

export default rule;
