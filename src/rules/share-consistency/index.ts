// share-consistency: a share agrees with its part and base, a change in percentage points with its two
// levels, a yearly average with the yearly rates; within the precision each figure is written with.
import { intersects, interval, widen, type Interval } from '../../quantity/interval.js';
import { quantitiesOf, quantitySettings, type QuantityMention } from '../../quantity/index.js';
import type { Rule } from '../../types.js';
import { findGrowths, findIncrements, type GrowthStatement, type IncrementStatement } from './growth.js';
import { findAverages, findPointChanges, findShares } from './relations.js';

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'share-consistency',
    description: {
      zh: '占比、百分点变化、增速、年均增速与其所据的数字不符',
      en: 'A share, a change in percentage points, a growth rate or a yearly average disagrees with the figures it derives from',
    },
    severity: 'error',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      share: {
        zh: '{part}占{base}应为{ratio}%，文中为“{stated}”',
        en: '{part} of {base} is {ratio}%, but the text says "{stated}"',
      },
      points: {
        zh: '由{from}到{to}应为{direction}{diff}个百分点，文中为“{stated}”',
        en: 'From {from} to {to} is a {directionEn} of {diff} percentage points, but the text says "{stated}"',
      },
      average: {
        zh: '各年增速{rates}的年均值约为{mean}%，文中为“{stated}”',
        en: 'The yearly rates {rates} average about {mean}%, but the text says "{stated}"',
      },
      growth: {
        zh: '由{from}{direction}到{to}，{verb}幅度应约为{rate}%，文中为“{stated}”',
        en: 'From {from} to {to} is a {directionEn} of about {rate}%, but the text says "{stated}"',
      },
      yearlyGrowth: {
        zh: '由{from}到{to}历时{years}年，年均{verb}应约为{rate}%，文中为“{stated}”',
        en: 'From {from} to {to} over {years} years is about {rate}% a year, but the text says "{stated}"',
      },
      increment: {
        zh: '{level}比上期{verb}{change}，{verb2}幅度应约为{rate}%，文中为“{stated}”',
        en: '{level} after a {directionEn} of {change} is a {directionEn} of about {rate}%, but the text says "{stated}"',
      },
      base: { zh: '总数：{base}', en: 'the whole: {base}' },
      level: { zh: '基期水平：{from}', en: 'the earlier level: {from}' },
      rates: { zh: '各年增速', en: 'the yearly rates' },
    },
    docs: {
      decides: {
        zh: '只读特定句式中与其依据并列给出的推算数：占比与其部分和总体（占…的比例、其中…占）、百分点变化与前后两个水平、增速与两个水平或与上年增量、年均增速与逐年增速或首末两年的水平。按各数值写出的精度计算舍入区间，年均增速接受复利与简单平均两种算法，起止年份接受两种计年方式；计件数量视为精确值。生产总值、增加值等按可比价计算增速的指标不检查。',
        en: 'Reads only derived figures given beside the figures they come from in known wordings: a share with its part and base (占…的比例, 其中…占), a change in percentage points with its two levels, a growth rate with two levels or with the change on the year before, a yearly average with the yearly rates or the first and last levels. Each figure is allowed the rounding its written precision implies; yearly averages may be compounded or plain means, and a span of years may count its first year or not; counts of things are exact. Indicators whose growth is at comparable prices (生产总值, 增加值) are left alone.',
      },
      limits: {
        zh: '句式以外的写法一律看不到；总体指另一群体、同一群体有两个不同数值、数值是粗略量级或开区间（超过50家）时都不判断，因此漏报多于误报。总体名称的匹配只去掉少量修饰词，名称相近而范围不同的群体可能被误认为同一个。',
        en: 'Any wording outside the known patterns is not seen; a base that names another population, two figures for one population, rough magnitudes and open bounds (超过50家) are left alone, so misses outnumber false reports. Base names are matched after removing only a few words, so a similarly named population of another scope can be taken for the same one.',
      },
      turnOff: {
        zh: '按可比价或剔除因素口径计算增速的统计材料、转载未核对数据的汇编，可降为警告。',
        en: 'Lower it to a warning for statistics whose rates are computed at comparable prices or on adjusted bases, and for compilations of data reprinted unchecked.',
      },
    },
    examples: {
      valid: [
        { text: '2020年，全市规模以上工业企业341家，其中亏损企业58家，占17.01%。' },
        { text: '2020年，亏损企业占规模以上工业企业的比例达14.81%，相比2015年的8.8%大幅上升6.0个百分点。' },
        { text: '2016-2018年，规模以上工业增加值分别实现同比增长7.6%、9.6%、10.5%，年均增速约为9.2%。' },
        {
          title: { zh: '按可比价计算的增速不由现价总量推算', en: 'Growth at comparable prices is not recomputed from nominal levels' },
          text: '地区生产总值由300亿元增至400亿元，年均增长6.5%。',
        },
        { text: '2019年至2022年，全市数字经济规模由1200亿元扩大到1600亿元，年均增长10.1%。' },
        {
          title: { zh: '所占的总数是另一范围时不比较', en: 'A share of another population is not compared' },
          text: '2020年，规模以上工业企业341家，占江门市规模以上工业企业总数的13.45%。',
        },
      ],
      invalid: [
        {
          title: { zh: '占比与前文的总数不符', en: 'A share that disagrees with the whole stated earlier' },
          text: '2020年，规模以上工业企业341家。\n2020年，规模以上工业企业亏损企业数量为58家，亏损企业占规模以上工业企业的比例达14.81%。',
          messages: ['58家占341家应为17.01%，文中为“14.81%”'],
        },
        {
          title: { zh: '两个水平之间的增速', en: 'Growth between two stated levels' },
          text: '一般公共预算收入由45亿元增至54亿元，增长12%。',
          messages: ['由45亿元增加到54亿元，增长幅度应约为20%，文中为“12%”'],
        },
        {
          title: { zh: '按起止年份推算的年均增速', en: 'A yearly average over the years between two levels' },
          text: '全县社会消费品零售总额从2020年的80亿元增加到2024年的100亿元，年均增长8%。',
          messages: ['由80亿元到100亿元历时4年，年均增长应约为5.7%，文中为“8%”'],
        },
        {
          text: '报销比例由50%提高到60%，提高了15个百分点。',
          messages: ['由50%到60%应为上升10个百分点，文中为“15个百分点”'],
        },
        {
          text: '2016-2018年，规模以上工业增加值分别增长7.6%、9.6%、10.5%，年均增长12.1%。',
          messages: ['各年增速7.6%、9.6%、10.5%的年均值约为9.23%，文中为“12.1%”'],
        },
      ],
    },
  },
  create(context) {
    const doc = context.document;
    const mentions = quantitiesOf(doc, context.settings);
    if (mentions.length < 3) return;
    const tolerance = quantitySettings(context.settings).relativeTolerance;
    const agrees = (computed: Interval, stated: QuantityMention): boolean =>
      intersects(widen(computed, tolerance * Math.abs(stated.value)), stated.interval);

    for (const { share, part, base } of findShares(doc, mentions)) {
      const p = valuesOf(part);
      const b = valuesOf(base);
      const ratio = interval((p.lo / b.hi) * 100, (p.hi / b.lo) * 100);
      if (agrees(ratio, share)) continue;
      context.report({
        messageId: 'share',
        data: { part: part.surface, base: base.surface, ratio: rounded((part.value / base.value) * 100, share.precision), stated: share.surface },
        range: share.range,
        related: [{ range: base.range, messageId: 'base', data: { base: base.surface } }],
        properties: { part: part.value, base: base.value, share: share.value },
      });
    }

    for (const { change, from, to, rising } of findPointChanges(mentions)) {
      const sign = rising ? 1 : -1;
      const lo = sign * (rising ? to.interval.lo - from.interval.hi : to.interval.hi - from.interval.lo);
      const hi = sign * (rising ? to.interval.hi - from.interval.lo : to.interval.lo - from.interval.hi);
      if (agrees(interval(lo, hi), change)) continue;
      const diff = to.value - from.value;
      const precision = Math.min(from.precision, to.precision);
      context.report({
        messageId: 'points',
        data: {
          from: from.surface,
          to: to.surface,
          direction: diff >= 0 ? '上升' : '下降',
          directionEn: diff >= 0 ? 'rise' : 'fall',
          diff: rounded(Math.abs(diff), precision),
          stated: change.surface,
        },
        range: change.range,
        related: [{ range: from.range, messageId: 'level', data: { from: from.surface } }],
        properties: { from: from.value, to: to.value, change: sign * change.value },
      });
    }

    for (const growth of findGrowths(mentions)) checkGrowth(growth);
    for (const increment of findIncrements(mentions)) checkIncrement(increment);

    function checkIncrement({ level, change, rate, rising }: IncrementStatement): void {
      // Rate = change / earlier level, the earlier level being level ∓ change; each figure within its rounding.
      const [l, d] = [level.interval, change.interval];
      const computed = rising
        ? interval((d.lo / (l.hi - d.lo)) * 100, (d.hi / (l.lo - d.hi)) * 100)
        : interval((d.lo / (l.hi + d.lo)) * 100, (d.hi / (l.lo + d.hi)) * 100);
      if (!(computed.lo <= computed.hi) || computed.lo < 0 || agrees(computed, rate)) return;
      const value = (change.value / (rising ? level.value - change.value : level.value + change.value)) * 100;
      context.report({
        messageId: 'increment',
        data: {
          level: level.surface,
          change: change.surface,
          verb: rising ? '增加' : '减少',
          verb2: rising ? '增长' : '下降',
          directionEn: rising ? 'rise' : 'fall',
          rate: rounded(value, Math.min(rate.precision, 0.1)),
          stated: rate.surface,
        },
        range: rate.range,
        related: [
          { range: level.range, messageId: 'level', data: { from: level.surface } },
          { range: change.range, messageId: 'level', data: { from: change.surface } },
        ],
        properties: { level: level.value, change: change.value, rate: rate.value, computed: value },
      });
    }

    function checkGrowth({ from, to, rate, years, rising }: GrowthStatement): void {
      const ratio = interval(to.interval.lo / from.interval.hi, to.interval.hi / from.interval.lo);
      const pct = (f: number, n: number): number => (rising ? Math.pow(f, 1 / n) - 1 : 1 - Math.pow(f, 1 / n)) * 100;
      const counts = years ?? [1];
      // A yearly average compounds; some writers divide the whole change by the years instead: both are accepted.
      const readings = counts.flatMap((n) => {
        const compound = interval(Math.min(pct(ratio.lo, n), pct(ratio.hi, n)), Math.max(pct(ratio.lo, n), pct(ratio.hi, n)));
        const simple = interval(Math.min(pct(ratio.lo, 1), pct(ratio.hi, 1)) / n, Math.max(pct(ratio.lo, 1), pct(ratio.hi, 1)) / n);
        return years ? [compound, simple] : [compound];
      });
      if (readings.some((r) => agrees(r, rate))) return;
      const n = counts[0]!;
      const value = pct(to.value / from.value, n);
      context.report({
        messageId: years ? 'yearlyGrowth' : 'growth',
        data: {
          from: from.surface,
          to: to.surface,
          years: counts.join('或'),
          direction: rising ? '增加' : '减少',
          directionEn: rising ? 'rise' : 'fall',
          verb: rising ? '增长' : '下降',
          rate: rounded(value, Math.min(rate.precision, 0.1)),
          stated: rate.surface,
        },
        range: rate.range,
        related: [
          { range: from.range, messageId: 'level', data: { from: from.surface } },
          { range: to.range, messageId: 'level', data: { from: to.surface } },
        ],
        properties: { from: from.value, to: to.value, years: years ?? null, rate: rate.value, computed: value },
      });
    }

    for (const { average, rates } of findAverages(doc, mentions)) {
      // Growth rates compound; writers also take the plain mean. Either reading, each rate within its rounding.
      const lows = rates.map((r) => r.interval.lo);
      const highs = rates.map((r) => r.interval.hi);
      const accepted = interval(Math.min(mean(lows), compound(lows)), Math.max(mean(highs), compound(highs)));
      if (agrees(accepted, average)) continue;
      const values = rates.map((r) => r.value);
      context.report({
        messageId: 'average',
        data: {
          rates: rates.map((r) => r.surface).join('、'),
          mean: rounded(compound(values), average.precision / 10),
          stated: average.surface,
        },
        range: average.range,
        related: [{ range: [rates[0]!.range[0], rates[rates.length - 1]!.range[1]], messageId: 'rates' }],
        properties: { rates: values, mean: mean(values), compound: compound(values), average: average.value },
      });
    }
  },
};

/** Counts of things are exact (58家 is 58); other figures allow their rounding. */
function valuesOf(m: QuantityMention): Interval {
  return m.dimension.startsWith('count:') && m.qualifier === 'plain' ? interval(m.value, m.value) : m.interval;
}

const mean = (list: readonly number[]): number => list.reduce((a, b) => a + b, 0) / list.length;

/** The constant yearly rate (in %) that gives the same growth as the rates one after another. */
function compound(rates: readonly number[]): number {
  const factor = rates.reduce((f, r) => f * (1 + r / 100), 1);
  return (Math.pow(factor, 1 / rates.length) - 1) * 100;
}

/** A computed figure to the decimals of the stated one (17.01 for a share written 14.81%). */
function rounded(value: number, precision: number): string {
  const decimals = Math.max(0, Math.min(6, Math.round(-Math.log10(precision))));
  return String(Number(value.toFixed(decimals)));
}

export default rule;
