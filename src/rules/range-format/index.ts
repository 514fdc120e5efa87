// Range dashes, full-width punctuation and balanced pairs in Chinese text (GB/T 15834-2011).
import type { Rule, RuleContext } from '../../types.js';
import type { Block } from '../../document/block.js';
import { parseNumeral } from '../../quantity/numerals.js';
import { findYearSpans } from '../../quantity/years.js';
import punctuation from './punctuation.json' with { type: 'json' };

interface Options {
  dashes: boolean;
  punctuation: boolean;
  pairs: boolean;
}

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const HYPHEN = `[${punctuation.hyphens}]`;
/** 增长6-7%, 每年3-5个: a numeric range between Chinese words, no dates, codes or phone numbers. */
const NUMBER_RANGE = new RegExp(
  `(?<=[${HAN}])((?:[1-9]\\d*|0)(?:\\.\\d+)?)([%％]?)(${HYPHEN})((?:[1-9]\\d*|0)(?:\\.\\d+)?)(?=[%％℃${HAN}])`,
  'g',
);
/** Half-width , : ; between Chinese characters (closing and opening Chinese marks count as Chinese). */
const HALF_WIDTH = new RegExp(`(?<=[${HAN}”’》）」』】])[,:;](?=[${HAN}“‘《（「『【])`, 'g');
/** (街道), (2021—2025年): half-width brackets around Chinese, next to Chinese. */
const HALF_PARENS = new RegExp(`\\(([^()\\n]{1,40})\\)`, 'g');
const HAS_HAN = new RegExp(`[${HAN}]`);
const HAN_OR_MARK = new RegExp(`[${HAN}，。、；：！？”’》）」』】“‘《（「『【]`);
const URL = /(?:https?:\/\/|www\.)[^\s，。；）)]*/gi;
const OPENERS = new Map(punctuation.pairs.map(([o, c]) => [o!, c!]));
const CLOSERS = new Map(punctuation.pairs.map(([o, c]) => [c!, o!]));
/** A quotation over several paragraphs may run through a list whose items do not open with “. */
const QUOTE_LOOKAHEAD = 8;
const PAIR_CHARS = new RegExp(`[${punctuation.pairs.flat().join('')}]`);

const rule: Rule<Options> = {
  meta: {
    id: 'range-format',
    description: {
      zh: '起止连接号、全角标点与成对符号（GB/T 15834-2011）',
      en: 'Range dashes, full-width punctuation and paired marks (GB/T 15834-2011)',
    },
    severity: 'warn',
    recommended: false,
    presets: ['gongwen'],
    fixable: true,
    schema: {
      properties: {
        dashes: { type: 'boolean', default: true, description: '检查年份与数值范围的连接号 / check range dashes' },
        punctuation: { type: 'boolean', default: true, description: '检查中文之间的半角标点 / check half-width marks in Chinese' },
        pairs: { type: 'boolean', default: true, description: '检查引号、括号、书名号是否成对 / check paired marks' },
      },
      additionalProperties: false,
    },
    messages: {
      yearDash: { zh: '年份起止应使用一字线“—”：“{text}”', en: 'A span of years takes the dash "—": "{text}"' },
      numberDash: { zh: '数值范围起止应使用浪纹线“～”：“{text}”', en: 'A numeric range takes "～": "{text}"' },
      halfWidth: { zh: '中文之间应使用全角“{full}”，而非半角“{half}”', en: 'Use full-width "{full}" between Chinese characters, not "{half}"' },
      halfWidthParens: { zh: '中文括号应使用全角“（）”：“{text}”', en: 'Chinese text takes full-width brackets "（）": "{text}"' },
      unclosed: { zh: '“{char}”缺少配对的“{pair}”', en: '"{char}" has no matching "{pair}"' },
    },
    docs: {
      decides: {
        zh: '按 GB/T 15834-2011 检查三类标点：年份起止用一字线“—”，汉字之间的数值范围（增长6-7%）用浪纹线“～”；汉字之间的半角逗号、冒号、分号及半角括号应为全角；引号、括号、书名号成对。日期（2020-5-21）、标准号、网址和后一个数不大于前一个的数字对不算范围；未闭合的符号可在后两段中找到配对，跨段引文每段以“开头时不报。默认不启用，包含在 gongwen 预设中；三项检查各有选项。',
        en: 'Checks three kinds of punctuation after GB/T 15834-2011: a span of years takes the dash —, and a numeric range between Chinese words (增长6-7%) takes ～; half-width , : ; and half-width brackets between Chinese characters become full-width; quotes, brackets and 书名号 come in pairs. Dates (2020-5-21), standard numbers, URLs and number pairs whose second figure is not larger are no ranges; an open mark may find its partner in the next two paragraphs, and a quotation over paragraphs that each open with “ is fine. Off by default, on in the gongwen preset; each check has its option.',
      },
      limits: {
        zh: '数值范围只认汉字之间的阿拉伯数字范围，其他形式的范围看不到；编号、型号等恰好符合“数字-数字”形状且后者较大的会被误报为范围。成对检查只能发现缺失，不能判断配对位置是否正确。',
        en: 'Numeric ranges are found only as Arabic figures between Chinese words; other forms are missed, and codes or model numbers that happen to look like a smaller number, a hyphen and a larger one are taken for ranges. The pair check finds missing partners only, not misplaced ones.',
      },
      turnOff: {
        zh: '技术文档、含大量型号编码或中英混排的文本可关闭 dashes 或 punctuation 选项；非公文材料不必启用。',
        en: 'For technical documents, text full of model codes or mixed Chinese and English, switch off the dashes or punctuation option; outside official documents there is no need to enable it.',
      },
    },
    examples: {
      valid: [
        { text: '“十四五”时期（2021—2025年），全市工业增加值年均增长6%～7%。' },
        { title: { zh: '日期、编号与网址不是范围', en: 'Dates, codes and URLs are no ranges' }, text: '依据GB/T 9704-2012执行，发布于2020-05-21，详见http://www.gov.cn/a,b。' },
      ],
      invalid: [
        {
          text: '产业集聚阶段（2016年-2017年），年均增长6-7%。',
          messages: ['年份起止应使用一字线“—”：“2016年-2017年”', '数值范围起止应使用浪纹线“～”：“6-7%”'],
        },
        {
          text: '各镇(街道)人民政府,市有关单位:',
          messages: ['中文括号应使用全角“（）”：“(街道)”', '中文之间应使用全角“，”，而非半角“,”'],
        },
        { title: { zh: '书名号不成对', en: 'An unmatched 书名号' }, text: '依照《中华人民共和国环境保护法的规定执行。', messages: ['“《”缺少配对的“》”'] },
      ],
    },
  },
  create(context) {
    const { dashes, punctuation: checkPunctuation, pairs } = context.options;
    const blocks = context.document.blocks;
    const pairChecker = new PairChecker(context);
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      const text = block.text;
      const urls = /https?:|www\./i.test(text) ? [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length] as const) : [];
      const inUrl = (at: number): boolean => urls.some(([s, e]) => at >= s && at < e);
      if (dashes && /[-－–‐‑‒]/.test(text)) checkDashes(context, block, inUrl);
      if (checkPunctuation && /[,:;(]/.test(text)) checkHalfWidth(context, block, inUrl);
      if (pairs && PAIR_CHARS.test(text)) pairChecker.check(block, blocks.slice(i + 1, i + 1 + QUOTE_LOOKAHEAD));
    }
    pairChecker.finish();
  },
};
export default rule;

type InUrl = (at: number) => boolean;

/** Reports [start, end) of the block and replaces [fixStart, fixEnd) by `replacement`, if that stands in the source as written. */
function reportWithFix(
  context: RuleContext<Options>,
  block: Block,
  messageId: string,
  data: Record<string, string>,
  start: number,
  end: number,
  fixStart: number,
  fixEnd: number,
  replacement: string,
): void {
  const fixRange = block.exactSourceRange(context.document.text, fixStart, fixEnd);
  context.report({
    messageId,
    data,
    range: block.sourceRange(start, end),
    fix: fixRange ? { range: fixRange, text: replacement } : undefined,
  });
}

function checkDashes(context: RuleContext<Options>, block: Block, inUrl: InUrl): void {
  const text = block.text;
  const years = new Set<number>();
  // Spans of years as the quantity reader finds them (2016-2020年, ２０１６－２０２０年): only the dash is checked here.
  for (const span of findYearSpans(text)) {
    if (span.dash.length !== 1 || !punctuation.hyphens.includes(span.dash) || inUrl(span.start)) continue;
    years.add(span.dashAt);
    reportWithFix(context, block, 'yearDash', { text: text.slice(span.start, span.end) }, span.start, span.end, span.dashAt, span.dashAt + 1, punctuation.yearDash);
  }
  for (const m of text.matchAll(NUMBER_RANGE)) {
    const dash = m.index + m[1]!.length + m[2]!.length;
    if (years.has(dash) || inUrl(m.index)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (/^[-－–]\d/.test(after)) continue; // 2020-5-21: a date
    const from = parseNumeral(m[1]!)?.value;
    const to = parseNumeral(m[4]!)?.value;
    if (from === undefined || to === undefined || to <= from) continue;
    const end = m.index + m[0].length + (/^[%％℃]/.test(after) ? 1 : 0);
    reportWithFix(context, block, 'numberDash', { text: text.slice(m.index, end) }, m.index, end, dash, dash + 1, punctuation.numberDash);
  }
}

const FULL: Record<string, string> = punctuation.halfToFull;

function checkHalfWidth(context: RuleContext<Options>, block: Block, inUrl: InUrl): void {
  const text = block.text;
  for (const m of text.matchAll(HALF_PARENS)) {
    const inner = m[1]!;
    if (inUrl(m.index) || !HAS_HAN.test(inner) || /[A-Za-z]/.test(inner)) continue;
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    const nextToChinese = (before === undefined || HAN_OR_MARK.test(before)) || (after !== undefined && HAN_OR_MARK.test(after));
    if (!nextToChinese) continue;
    const end = m.index + m[0].length;
    reportWithFix(context, block, 'halfWidthParens', { text: m[0] }, m.index, end, m.index, end, `（${inner}）`);
  }
  for (const m of text.matchAll(HALF_WIDTH)) {
    if (inUrl(m.index)) continue;
    const half = m[0];
    reportWithFix(context, block, 'halfWidth', { half, full: FULL[half]! }, m.index, m.index + 1, m.index, m.index + 1, FULL[half]!);
  }
}

/** A mark left open at the end of a paragraph, still waiting for its partner in the next ones. */
interface OpenMark {
  block: Block;
  at: number;
  char: string;
  /** Paragraphs it may still wait. */
  ttl: number;
}

/**
 * Unmatched quotes, brackets and 书名号. A paragraph broken in two (a scraped link put 《 at the end of one
 * line and 》 at the start of the next) still pairs its marks, so a mark left open waits two paragraphs
 * for its partner. A quotation over several paragraphs opens each with “ and closes only the last: an
 * open “ is fine when one of the next paragraphs opens with “.
 */
class PairChecker {
  private carried: OpenMark[] = [];

  constructor(private readonly context: RuleContext<Options>) {}

  check(block: Block, following: readonly Block[]): void {
    const text = block.text;
    // The marks still open, in order, and per opening character (the one a closer takes is always the last of its
    // character): searching and splicing the list at each closer was quadratic in a paragraph of thousands of
    // marks that never close. Taken marks are flagged and dropped at the paragraph's end.
    const open: OpenMark[] = [];
    const openByChar = new Map<string, OpenMark[]>();
    const carriedByChar = byChar(this.carried);
    const taken = new Set<OpenMark>();
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (OPENERS.has(c)) {
        const mark = { block, at: i, char: c, ttl: 2 };
        open.push(mark);
        let list = openByChar.get(c);
        if (!list) openByChar.set(c, (list = []));
        list.push(mark);
        continue;
      }
      const opener = CLOSERS.get(c);
      if (!opener) continue;
      const own = openByChar.get(opener)?.pop() ?? carriedByChar.get(opener)?.pop();
      if (own) taken.add(own);
      else this.report({ block, at: i, char: c, ttl: 0 });
    }
    const continuedQuote = following.some((b) => b.text.startsWith('“'));
    const still: OpenMark[] = [];
    for (const mark of this.carried) {
      if (taken.has(mark)) continue;
      if (--mark.ttl > 0) still.push(mark);
      else this.report(mark);
    }
    for (const mark of open) if (!taken.has(mark) && !(mark.char === '“' && continuedQuote)) still.push(mark);
    this.carried = still;
  }

  finish(): void {
    for (const mark of this.carried) this.report(mark);
    this.carried = [];
  }

  private report(mark: OpenMark): void {
    const pair = OPENERS.get(mark.char) ?? CLOSERS.get(mark.char)!;
    this.context.report({
      messageId: 'unclosed',
      data: { char: mark.char, pair },
      range: mark.block.sourceRange(mark.at, mark.at + 1),
    });
  }
}

function byChar(marks: readonly OpenMark[]): Map<string, OpenMark[]> {
  const out = new Map<string, OpenMark[]>();
  for (const mark of marks) {
    const list = out.get(mark.char);
    if (list) list.push(mark);
    else out.set(mark.char, [mark]);
  }
  return out;
}
