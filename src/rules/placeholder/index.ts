// Unfilled template text left in a draft: XX市, ××年××月××日, 202X年, 【待补充】, （此处填写…）, TODO.
import type { Block } from '../../document/block.js';
import type { Rule, RuleContext } from '../../types.js';
import { escapeRegExp, execAll, longestFirstAlternation } from '../../regexp.js';
import { firstAtOrAfter } from '../../sorted.js';
import markers from './markers.json' with { type: 'json' };

type Kind = 'blank' | 'year' | 'todo' | 'marker' | 'variable';

const LETTERS = `[${markers.blankLetters}]`;
/** Latin letters on either side make a run part of a word or a Roman numeral (XXL, XIV, XXI世纪). */
const NOT_LATIN_BEFORE = '(?<![A-Za-zＡ-Ｚａ-ｚ])';
const NOT_LATIN_AFTER = '(?![A-Za-zＡ-Ｚａ-ｚ])';
const SINGLE_BEFORE = longestFirstAlternation(markers.singleBlankBefore);
const ORDINAL_HEADS = markers.ordinalHeads.map(escapeRegExp).join('|');

/** Cheap tests of what a pattern cannot match without (a blank letter, a to-do phrase, a brace). */
const HAS_LETTER = new RegExp(LETTERS);
const TODO_PHRASE = new RegExp(longestFirstAlternation(markers.todoPhrases));
const ENGLISH_MARKER = new RegExp(markers.englishMarkers.join('|'));

/**
 * Each pattern with the kind it finds, tried only on a block that passes its `may` test (a word or character
 * every match contains: most blocks hold none); the first pattern that matches at a place wins.
 */
const PATTERNS: { kind: Kind; re: RegExp; may: (text: string) => boolean }[] = [
  // 202X年, 20XX年: a year whose last digits were never filled in.
  { kind: 'year', re: new RegExp(`(?<![0-9０-９])[12１２][0-9０-９]{1,2}${LETTERS}{1,2}(?=年)`, 'g'), may: (t) => HAS_LETTER.test(t) },
  // XX市, XXX同志, ××年××月××日: a run of two or more blank letters.
  { kind: 'blank', re: new RegExp(`${NOT_LATIN_BEFORE}${LETTERS}{2,}${NOT_LATIN_AFTER}`, 'g'), may: (t) => HAS_LETTER.test(t) },
  // X月X日, X市, 第X条: one blank letter where a number or a name belongs (X射线, iPhone X are not).
  {
    kind: 'blank',
    re: new RegExp(`${NOT_LATIN_BEFORE}(?:第${LETTERS}(?=${ORDINAL_HEADS})|${LETTERS}(?=${SINGLE_BEFORE}))`, 'g'),
    may: (t) => HAS_LETTER.test(t),
  },
  // 【待补充】, （此处填写单位名称）, [TODO]: a note to the drafter in brackets.
  {
    kind: 'todo',
    re: new RegExp(
      `[【\\[［（(〔{｛<〈][^【\\[［（(〔{｛<〈】\\]］）)〕}｝>〉\\n]{0,30}?(?:${longestFirstAlternation(markers.todoPhrases)})[^【\\[［（(〔{｛<〈】\\]］）)〕}｝>〉\\n]{0,30}[】\\]］）)〕}｝>〉]`,
      'g',
    ),
    may: (t) => TODO_PHRASE.test(t),
  },
  {
    kind: 'marker',
    re: new RegExp(`(?<![A-Za-z0-9_])(?:${markers.englishMarkers.join('|')})(?![A-Za-z0-9_])`, 'g'),
    may: (t) => ENGLISH_MARKER.test(t),
  },
  // {{name}}, ${name}, {单位名称}: a template variable that was never substituted.
  { kind: 'variable', re: /\{\{[^{}\n]{1,40}\}\}|\$\{[^{}\n]{1,40}\}|\{[\u4e00-\u9fff]{2,12}\}/g, may: (t) => t.includes('{') },
];

/** 写明“××卫生防疫机构收”字样: the document describes a template; its blanks are meant. */
const DESCRIBED_TEMPLATE = new RegExp(longestFirstAlternation(markers.describedTemplate));
const SENTENCE_END = /[。！？；!?;\n]/;

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'placeholder',
    description: { zh: '未填写的模板占位内容', en: 'Unfilled template text (placeholders)' },
    severity: 'error',
    fixable: false,
    schema: { properties: {}, additionalProperties: false },
    messages: {
      blank: { zh: '未填写的占位符“{text}”', en: 'Unfilled placeholder "{text}"' },
      year: { zh: '年份未填写完整：“{text}”', en: 'A year left unfilled: "{text}"' },
      todo: { zh: '留给起草人的待办标注“{text}”', en: 'A note to the drafter left in the text: "{text}"' },
      marker: { zh: '待办标记“{text}”', en: 'A to-do marker: "{text}"' },
      variable: { zh: '未替换的模板变量“{text}”', en: 'A template variable never substituted: "{text}"' },
    },
    docs: {
      decides: {
        zh: '在正文中找模板留下的空位：两个以上连写的 X、x、Ｘ、×（XX市、×××同志、××年××月××日）；单个 X 只在数字或名称的位置上（X月X日、第X条、X市）；未写完的年份（202X年、20XX年）；括号里写给起草人的话（【待补充】、（此处填写…）、[插入表格]）；英文待办标记（TODO、FIXME、TBD）；未替换的模板变量（{{name}}、${name}、{单位名称}）。',
        en: 'Finds the blanks a template leaves in the prose: runs of two or more X, x, Ｘ or × (XX市, ×××同志, ××年××月××日); a single X only where a number or a name belongs (X月X日, 第X条, X市); unfinished years (202X年, 20XX年); notes to the drafter in brackets (【待补充】, （此处填写…）); to-do markers (TODO, FIXME, TBD); template variables never substituted ({{name}}, ${name}, {单位名称}).',
      },
      limits: {
        zh: '与拉丁字母相连的 X 不算（XXL、XIV、XXI世纪、iPhone X），单个乘号不算（长×宽、3米×2米）。文件描述样式时的空位（写明“××卫生防疫机构收”字样）不报。附件中供申请人填写的空格（____、（请填写））不当作占位符。',
        en: 'An X next to Latin letters is part of a word or a Roman numeral (XXL, XIV, XXI世纪, iPhone X); a single × is multiplication (长×宽, 3米×2米). Blanks inside a sample the text describes (写明“××卫生防疫机构收”字样) are meant. Blanks for applicants to fill in a form (____, （请填写）) are not placeholders.',
      },
      turnOff: {
        zh: '仓库中存放的就是模板或样式文本（公文格式范本）时，对这些文件用 overrides 关闭。',
        en: 'For files that are templates or format samples themselves, turn it off with an override.',
      },
    },
    examples: {
      valid: [
        { title: { zh: 'X射线、5G、乘号与罗马数字', en: 'X-rays, 5G, the multiplication sign and Roman numerals' }, text: '推广X射线检测和5G应用，展板尺寸为3米×2米（长×宽），纪念第XXIV届冬奥会。' },
        { title: { zh: '文中描述的模板', en: 'A template the text describes' }, text: '包装上应写明“××卫生防疫机构收”字样。' },
      ],
      invalid: [
        { text: 'XX市人民政府办公室\n202X年××月××日', messages: ['未填写的占位符“XX”', '年份未填写完整：“202X”', '未填写的占位符“××”', '未填写的占位符“××”'] },
        { text: '到2025年，全市新增就业【待补充】万人（此处填写数据来源）。', messages: ['留给起草人的待办标注“【待补充】”', '留给起草人的待办标注“（此处填写数据来源）”'] },
      ],
    },
  },
  create(context) {
    for (const block of context.document.blocks) {
      if (mayHavePlaceholder(block.text)) checkBlock(context, block);
    }
  },
};
export default rule;

const CHEAP = new RegExp(`${LETTERS}|[【\\[［（(〔{｛<〈]|TODO|FIXME|TB[DC]`);
const mayHavePlaceholder = (text: string): boolean => CHEAP.test(text);

function checkBlock(context: RuleContext<Record<string, never>>, block: Block): void {
  const text = block.text;
  // What earlier patterns took, in order and disjoint (the matches of one pattern never overlap each other):
  // a block of thousands of placeholders is checked by binary search, not against every earlier one.
  let taken: [number, number][] = [];
  let template: TemplateSentences | undefined;
  for (const { kind, re, may } of PATTERNS) {
    if (!may(text)) continue;
    const added: [number, number][] = [];
    for (const m of execAll(re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(taken, start, end)) continue;
      if ((kind === 'blank' || kind === 'year') && (template ??= new TemplateSentences(text)).describes(start, end)) continue;
      added.push([start, end]);
      context.report({ messageId: kind, data: { text: m[0] }, range: block.sourceRange(start, end), properties: { kind } });
    }
    if (added.length > 0) taken = mergeSorted(taken, added);
  }
}

/** Whether a range of `sorted` (ordered, disjoint) overlaps [start, end). */
function overlapsAny(sorted: readonly [number, number][], start: number, end: number): boolean {
  // The first range that ends after `start`: the only one that can overlap without starting after `end`.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]![0] < end;
}

function mergeSorted(a: readonly [number, number][], b: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]![0] < b[j]![0]) ? a[i++]! : b[j++]!);
  return out;
}

/**
 * Is a blank part of a sample the sentence describes (写明“××…”字样, 格式为“XX市…”)? The block's sentence ends
 * and quotation marks are listed once, so that a sentence of thousands of blanks is not read again for each.
 */
class TemplateSentences {
  /** Offsets of the sentence-ending characters, in order. */
  private readonly ends: number[] = [];
  /** Offsets of “ and ”, in order. */
  private readonly quotes: number[] = [];
  private readonly described = new Map<number, boolean>();

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (SENTENCE_END.test(c)) this.ends.push(i);
      else if (c === '“' || c === '”') this.quotes.push(i);
    }
  }

  describes(start: number, end: number): boolean {
    const { text } = this;
    // The sentence: after the last end before `start`, up to the first end at or after `end`.
    const from = lastBefore(this.ends, start) + 1;
    const next = firstAtOrAfter(this.ends, end);
    const to = next < this.ends.length ? this.ends[next]! : text.length;
    let described = this.described.get(from);
    if (described === undefined) this.described.set(from, (described = DESCRIBED_TEMPLATE.test(text.slice(from, to))));
    if (!described) return false;
    // The blank must sit inside the quoted sample (the last quotation mark before it opens one), or right before
    // the word that names it.
    const q = firstAtOrAfter(this.quotes, start) - 1;
    if (q >= 0 && this.quotes[q]! >= from && text[this.quotes[q]!] === '“') return true;
    return /^[^，。；]{0,20}(?:字样|样式|式样)/.test(text.slice(end, to));
  }
}

/** The last element of `sorted` before `at`, or -1. */
function lastBefore(sorted: readonly number[], at: number): number {
  const k = firstAtOrAfter(sorted, at) - 1;
  return k >= 0 ? sorted[k]! : -1;
}
