// How figures are written, by GB/T 15835-2011 (出版物上数字的用法): ranges, approximate numbers, years,
// Arabic and Chinese numerals in one number, figures split apart. Every message cites its clause.
import type { Block } from '../../document/block.js';
import type { Rule, RuleContext } from '../../types.js';
import {
  approximatePairs,
  approximatedTwice,
  chineseYears,
  lineSplitFigures,
  mixedNumerals,
  NOTATION_ABOUT,
  NOTATION_LINE,
  NOTATION_MIXED,
  NOTATION_PAIR,
  NOTATION_RANGE,
  NOTATION_YEAR,
  NOTATION_ZERO,
  notationSignals,
  rangesMissingSuffix,
  shortYears,
} from '../../quantity/notation.js';
import { longestFirstAlternation } from '../../regexp.js';
import usage from './usage.json' with { type: 'json' };

type Check = keyof typeof usage.clauses;
type Options = Record<Check, boolean>;

const COUNTED = new RegExp(`^(?:${longestFirstAlternation(usage.countedAfterApproximate)})`);
const NOT_COUNTED = new RegExp(`^(?:${longestFirstAlternation(usage.notCountedAfterApproximate)})`);
/** 三、四个 and 五、六十人 are counted; 三、四季度 and 五、六十年代 name items in order. */
function counted(after: string): boolean {
  const rest = after.replace(/^[十百千万亿]/, '');
  return !NOT_COUNTED.test(rest) && (rest !== after || COUNTED.test(rest));
}
const NOT_APPROXIMATELY = new Set(usage.notApproximately);

const clause = (check: Check): string => `GB/T 15835-2011 ${usage.clauses[check]}`;

const optionSchema = (zh: string, en: string) => ({ type: 'boolean', default: true, description: `${zh} / ${en}` });

const rule: Rule<Options> = {
  meta: {
    id: 'number-usage',
    description: { zh: '数字用法（GB/T 15835-2011 出版物上数字的用法）', en: 'Writing numbers (GB/T 15835-2011)' },
    severity: 'warn',
    fixable: true,
    schema: {
      properties: {
        rangeSuffix: optionSchema('数值范围两端都写“万”“亿”“%”', 'ranges repeat 万, 亿 and %'),
        approximateComma: optionSchema('相邻数字表示概数不用顿号', 'no 顿号 inside an approximate number'),
        yearZero: optionSchema('汉字年份中的“0”写作“〇”', 'years in Chinese digits write 0 as 〇'),
        shortYear: optionSchema('年份不简写', 'years are not shortened'),
        mixedNumeral: optionSchema('阿拉伯数字只与“万”“亿”连用', 'Arabic digits take only 万 and 亿'),
        splitFigure: optionSchema('一个数值不被换行断开', 'a figure is not split by a line break'),
        approximateTwice: optionSchema('“约”与“左右”不同用', '约 and 左右 not both on one figure'),
      },
      additionalProperties: false,
    },
    messages: {
      rangeSuffix: { zh: '数值范围前一个数值也应带“{suffix}”：“{text}”应为“{fixed}”（{clause}）', en: 'Both ends of a range take "{suffix}": "{text}" should be "{fixed}" ({clause})' },
      approximateComma: { zh: '相邻数字连用表示概数，中间不用顿号：“{text}”应为“{fixed}”（{clause}）', en: 'An approximate number takes no 顿号: "{text}" should be "{fixed}" ({clause})' },
      yearZero: { zh: '汉字年份中的“0”应写作“〇”：“{text}”应为“{fixed}”（{clause}）', en: 'A year in Chinese digits writes 0 as 〇: "{text}" should be "{fixed}" ({clause})' },
      shortYear: { zh: '年份不应简写：“{text}”应写全四位（{clause}）', en: 'Write the year in full, not "{text}" ({clause})' },
      mixedNumeral: { zh: '阿拉伯数字只能与“万”“亿”连用：“{text}”应为“{fixed}”或全用汉字（{clause}）', en: 'Arabic digits take only 万 and 亿: "{text}" should be "{fixed}" or all in Chinese ({clause})' },
      mixedNumeralNoFix: { zh: '阿拉伯数字只能与“万”“亿”连用：“{text}”（{clause}）', en: 'Arabic digits take only 万 and 亿: "{text}" ({clause})' },
      splitFigure: { zh: '数值被换行断开：“{text}”（{clause}）', en: 'A figure is split by a line break: "{text}" ({clause})' },
      approximateTwice: { zh: '“约”与“左右”同用，语义重复：“{text}”（概数，{clause}）', en: '"约" and "左右" both make "{text}" approximate; keep one (approximate numbers, {clause})' },
    },
    docs: {
      decides: {
        zh: '按 GB/T 15835-2011 检查数字的写法，每条消息注明条款：数值范围前一个数值也写“万”“亿”“%”（5.1.3）；相邻数字表示概数不用顿号，序数列举（第三、四季度，一、二年级）除外（5.2.1）；汉字年份的 0 写作“〇”（5.2.5）；年份不简写，只在后面跟月份或年底、年初时判断（5.1.4.3）；阿拉伯数字只与“万”“亿”连用，千米、千瓦等计量单位除外（5.3）；一个数值不被换行断开（5.1.7.2；PDF 提取时被空格拆开的数字由 web-residue 报告）；“约”与“左右”不同用。数字由 src/quantity 读取。',
        en: 'Checks how figures are written against GB/T 15835-2011, citing the clause: both ends of a range carry 万, 亿 and % (5.1.3); no 顿号 inside an approximate number, while ordinals in a list (第三、四季度) are left alone (5.2.1); a year in Chinese digits writes 0 as 〇 (5.2.5); years are not shortened, judged only before a month or 年底/年初 (5.1.4.3); Arabic digits take only 万 and 亿, units such as 千米 aside (5.3); a figure is not split by a line break (5.1.7.2; digits spaced apart by PDF extraction are reported by web-residue); 约 and 左右 are not both used. Figures are read in src/quantity.',
      },
      limits: {
        zh: '“98年”之类只在确定是年份时报告，且不自动补全世纪；“约……左右”不自动修复（删哪一个由编辑决定）。引用的历史文献原文若照录，也会被报告。',
        en: 'A shortened year is reported only where it is clearly a date, and never completed automatically; 约…左右 has no fix (which word goes is the editor\'s choice). Historical text quoted as written is reported too.',
      },
      turnOff: {
        zh: '整理古籍、照录历史文献或文艺类出版物（标准不适用）时关闭，或用 options 关掉某一项检查。',
        en: 'Turn it off for historical text reproduced as written or literary works (outside the standard\'s scope), or switch single checks off with its options.',
      },
    },
    examples: {
      valid: [
        { text: '投资9亿～16亿元，增长15%～30%，“十四五”期间新增三四十家企业。' },
        { title: { zh: '顿号分隔的序数是列举', en: 'Ordinals with a 顿号 are a list' }, text: '第三、四季度完成验收，一、二年级学生参加。' },
        { title: { zh: '千米、千瓦是计量单位', en: '千米 and 千瓦 are units' }, text: '新建道路12千米，装机容量3千瓦。' },
      ],
      invalid: [
        { text: '总投资9～16亿元。', messages: ['数值范围前一个数值也应带“亿元”：“9～16亿元”应为“9亿元～16亿元”（GB/T 15835-2011 5.1.3）'] },
        { text: '参加人数增长15～30%。', messages: ['数值范围前一个数值也应带“%”：“15～30%”应为“15%～30%”（GB/T 15835-2011 5.1.3）'] },
        { text: '培训了五、六个批次。', messages: ['相邻数字连用表示概数，中间不用顿号：“五、六”应为“五六”（GB/T 15835-2011 5.2.1）'] },
        { text: '二零二五年一月一日起施行。', messages: ['汉字年份中的“0”应写作“〇”：“二零二五”应为“二〇二五”（GB/T 15835-2011 5.2.5）'] },
        { text: '该政策自98年3月起实行。', messages: ['年份不应简写：“98年”应写全四位（GB/T 15835-2011 5.1.4.3）'] },
        { text: '全年接待游客3千万人次。', messages: ['阿拉伯数字只能与“万”“亿”连用：“3千万”应为“3000万”或全用汉字（GB/T 15835-2011 5.3）'] },
        { text: '预计约3万人左右参加。', messages: ['“约”与“左右”同用，语义重复：“约3万人左右”（概数，GB/T 15835-2011 3.3）'] },
      ],
    },
  },
  create(context) {
    const blocks = context.document.blocks;
    for (const block of blocks) {
      const signals = notationSignals(block.text);
      if (signals !== 0) checkBlock(context, block, signals);
    }
  },
};
export default rule;

function checkBlock(context: RuleContext<Options>, block: Block, signals: number): void {
  const { options } = context;
  const text = block.text;
  const report = (check: Check | 'mixedNumeralNoFix', start: number, end: number, data: Record<string, string>, fix?: { start: number; end: number; text: string }): void => {
    const name = check === 'mixedNumeralNoFix' ? 'mixedNumeral' : check;
    const fixRange = fix ? block.exactSourceRange(context.document.text, fix.start, fix.end) : null;
    context.report({
      messageId: check,
      data: { ...data, text: text.slice(start, end), clause: clause(name) },
      range: block.sourceRange(start, end),
      fix: fix && fixRange ? { range: fixRange, text: fix.text } : undefined,
      properties: { check: name, clause: usage.clauses[name] },
    });
  };
  // Each check runs only where the characters it needs are there (notationSignals): most blocks have none of them.
  if (options.rangeSuffix && signals & NOTATION_RANGE) {
    for (const r of rangesMissingSuffix(text)) {
      const insert = r.suffix + r.unit;
      const fixed = text.slice(r.start, r.firstEnd) + insert + text.slice(r.firstEnd, r.end);
      report('rangeSuffix', r.start, r.end, { suffix: insert, fixed }, { start: r.firstEnd, end: r.firstEnd, text: insert });
    }
  }
  if (options.approximateComma && signals & NOTATION_PAIR) {
    for (const p of approximatePairs(text, counted)) {
      report('approximateComma', p.start, p.end, { fixed: text.slice(p.start, p.end).replace('、', '') }, { start: p.comma, end: p.comma + 1, text: '' });
    }
  }
  if (options.yearZero && signals & NOTATION_ZERO) {
    for (const y of chineseYears(text)) {
      if (y.wrongZeros.length === 0) continue;
      const fixed = [...text.slice(y.start, y.end)].map((c, i) => (y.wrongZeros.includes(y.start + i) ? '〇' : c)).join('');
      report('yearZero', y.start, y.end, { fixed }, { start: y.start, end: y.end, text: fixed });
    }
  }
  if (options.shortYear && signals & NOTATION_YEAR) for (const y of shortYears(text)) report('shortYear', y.start, y.end, {});
  if (options.mixedNumeral && signals & NOTATION_MIXED) {
    for (const m of mixedNumerals(text)) {
      if (m.arabic) report('mixedNumeral', m.start, m.end, { fixed: m.arabic }, { start: m.start, end: m.end, text: m.arabic });
      else report('mixedNumeralNoFix', m.start, m.end, {});
    }
  }
  if (options.splitFigure && signals & NOTATION_LINE) {
    for (const s of lineSplitFigures(text)) report('splitFigure', s.start, s.end, {});
  }
  if (options.approximateTwice && signals & NOTATION_ABOUT) {
    const isWord = (at: number): boolean => NOT_APPROXIMATELY.has(text.slice(at - 1, at + 1)) || NOT_APPROXIMATELY.has(text.slice(at, at + 2));
    for (const s of approximatedTwice(text, isWord)) report('approximateTwice', s.start, s.end, {});
  }
}
