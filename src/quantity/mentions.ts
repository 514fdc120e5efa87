// The quantity grammar: finds figures with their unit, qualifier and context in one block of text.
import type { Block } from '../document/block.js';
import { CHINESE_NUMERAL_CHARS, parseNumeral, sourceStart } from './numerals.js';
import {
  MORE_WORDS,
  UNITS,
  UNIT_PATTERN,
  VAGUE_WORDS,
  prefixQualifierBefore,
  suffixQualifierAt,
  type QualifierKind,
} from './lexicon.js';

/** A figure as the grammar read it, before context (metric, year) and intervals are attached. */
export interface RawMention {
  /** Text offsets in `block.text`: qualifier words included. */
  start: number;
  end: number;
  /** Offsets of the numeral and unit alone. */
  numberStart: number;
  numberEnd: number;
  surface: string;
  /** Value in the dimension's base unit (元, %, m², W …). */
  value: number;
  /** Upper figure of a written range (`1-2个`), else equal to `value`. */
  valueHigh: number;
  unit: string;
  dimension: string;
  qualifier: QualifierKind;
  /** Unit of the last written digit, in base units. */
  precision: number;
  /** Unit of the last non-zero digit, in base units (what 约 and 多 round to). */
  significantUnit: number;
  /** A bare magnitude word (`超千亿元`, `上千家`): a rough bound. */
  coarse: boolean;
  /** Factor and name of the scale the writer used (`亿元` → 1e8), for messages. */
  scale: number;
  scaleUnit: string;
  /** Describes a noun rather than stating a figure (`10亿元以上项目`, `年产300兆瓦碲化镉`, `超千亿元产业集群`). */
  attributive: boolean;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const CN_RUN = `${CN}{1,16}`;
// Bounded repeats: a long run of digits or numerals without a unit costs linear time, not quadratic.
const ARABIC = String.raw`(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,16})(?:\.\d{1,10})?[十拾百佰千仟万萬亿億]{0,3}`;
const PERCENT_WORD = `百分之(?:${ARABIC}|${CN_RUN}(?:[点點]${CN_RUN})?)`;
const NUMERAL = `(?:${ARABIC}|${CN_RUN}(?:[点點]${CN_RUN})?)`;
const RANGE_DASH = '(?:[-—–~～]|至|到)';
const MORE = MORE_WORDS.join('|');
/** 百分之… (a percent without a sign), or: numeral [dash numeral] [多|余] unit. */
const MENTION = new RegExp(
  `(?:(${PERCENT_WORD})|(${NUMERAL})(?:\\s*${RANGE_DASH}\\s*(${ARABIC}|${CN_RUN}))?(${MORE})?\\s*(${UNIT_PATTERN}))`,
  'y',
);
/**
 * What each UTF-16 code unit can be, for the scans that decide where the grammar runs: one table lookup a
 * character, where character-class regexes cost several times more on CJK text.
 */
const IS_DIGIT = 1; // ASCII or full-width digit, percent sign: a figure may be near
const IS_NUMERAL = 2; // Chinese numeral character
const IS_UNIT_HEAD = 4; // first character of a unit
const CHAR_KIND = new Uint8Array(0x10000);
for (const c of '0123456789０１２３４５６７８９%％') CHAR_KIND[c.charCodeAt(0)]! |= IS_DIGIT;
for (const c of CHINESE_NUMERAL_CHARS) CHAR_KIND[c.charCodeAt(0)]! |= IS_NUMERAL;
for (const unit of UNITS.keys()) CHAR_KIND[unit.charCodeAt(0)]! |= IS_UNIT_HEAD;
const MORE_CHARS = new Set([...'多余'].map((c) => c.charCodeAt(0)));

/** After a predicate figure comes punctuation, the end, or a connective/verb; anything else is a noun it describes. */
const PREDICATE_NEXT = /^(?:$|[^\p{Script=Han}]|[和与及或并同比较增减下降上升提高占左等是、，。；：）]|其中|以上|以下)/u;

/** Cheap pre-filter: a digit or percent sign, 百分之, or a Chinese numeral right before a unit (三个, 两万多元). */
export function mayContainQuantity(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const kind = CHAR_KIND[text.charCodeAt(i)]!;
    if (kind & IS_DIGIT) return true;
    if (!(kind & IS_NUMERAL)) continue;
    let next = i + 1;
    if (MORE_CHARS.has(text.charCodeAt(next))) next++;
    if ((CHAR_KIND[text.charCodeAt(next)]! & IS_UNIT_HEAD) !== 0 || text.startsWith('百分之', i)) return true;
  }
  return false;
}

/** `view` is the block's reading view (numerals.ts). */
export function findRawMentions(block: Block, view: string): RawMention[] {
  const original = block.text;
  if (!mayContainQuantity(original)) return [];
  // Same length: offsets are shared (full-width digits, 3，260 as a thousands separator, 3 5 0万吨 from PDFs).
  const text = view;
  const out: RawMention[] = [];
  // Every figure starts with a digit or a Chinese numeral (百分之 too): the grammar is tried only there, at each
  // such place from left to right and past each match, which finds what a global scan of the block would.
  for (let i = 0; i < text.length; ) {
    if (!(CHAR_KIND[text.charCodeAt(i)]! & (IS_DIGIT | IS_NUMERAL))) {
      i++;
      continue;
    }
    MENTION.lastIndex = i;
    const m = MENTION.exec(text);
    if (!m) {
      i++;
      continue;
    }
    const mention = readMention(text, m);
    if (mention) {
      const start = sourceStart(text, original, mention.numberStart);
      // 第2 0条: the joined digits are glued to what comes before the run, as 第20条 would be.
      if (start !== mention.numberStart && start > 0 && gluedBefore(original.charCodeAt(start - 1))) {
        i = m.index + Math.max(m[0].length, 1);
        continue;
      }
      if (mention.start === mention.numberStart) mention.start = start;
      mention.numberStart = start;
      mention.surface = original.slice(mention.start, mention.end);
      out.push(mention);
    }
    i = m.index + Math.max(m[0].length, 1);
  }
  return out;
}

/** A figure glued to what comes before (A12, 第5, 每10, 1.5 read from its middle) is not read. */
const GLUED_BEFORE_CODES = new Set([...'0123456789.第每点點'].map((c) => c.charCodeAt(0)));
/** What /[\d.A-Za-z第每点點]/ tests, on one code unit by a set lookup (asked at every figure the grammar meets). */
function gluedBefore(code: number): boolean {
  return GLUED_BEFORE_CODES.has(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function readMention(text: string, m: RegExpExecArray): RawMention | null {
  // Checked here rather than as a regex lookbehind, which would slow the scan of every character.
  if (m.index > 0 && gluedBefore(text.charCodeAt(m.index - 1))) return null;
  const [whole, percentWord, plainNumeral, high, more, unitWord] = m as unknown as [
    string, string?, string?, string?, string?, string?,
  ];
  let numeral = (percentWord ?? plainNumeral)!;
  let unitName = percentWord ? '%' : unitWord!;
  // 五万千瓦 is 5万 千瓦, not 五万千 瓦.
  if (/[万萬亿億]千$/.test(numeral) && UNITS.has(`千${unitName}`)) {
    numeral = numeral.slice(0, -1);
    unitName = `千${unitName}`;
  }
  const unit = UNITS.get(unitName)!;
  const numberStart = m.index;
  const numberEnd = m.index + whole.length;
  // The wordings below are no figure whatever the value: told before parsing, as most numerals the grammar
  // meets are one of them.
  // 一 alone is an article more often than a count (一个团队, 下一个月, 一批).
  if (numeral === '一' && !high) return null;
  // 数千家, 几十个, 若干: no figure.
  const before = text.slice(Math.max(0, numberStart - 2), numberStart);
  if (VAGUE_WORDS.some((w) => before.endsWith(w))) return null;
  if (/^[零〇○一二两三四五六七八九十百千万亿]/.test(numeral) && /[零〇○一二两三四五六七八九十]$/.test(before)) return null;
  // 5000多万千瓦, 1万6千多户, ６，０００元, 六万万: a figure we would misread; say nothing.
  if (/(?:[多余\d万亿千百]|\d[,，])\s*$/.test(before) || numeral.includes('万万')) return null;
  // 附件三所列, 二所述: 所 as a particle, not the classifier of schools.
  if (unitName === '所' && /^[列述有在属得需涉称以示作提规]/.test(text.slice(numberEnd, numberEnd + 1))) return null;
  // 二〇三五, 一九五七: Chinese digits read one by one are years or codes, not amounts.
  if (/^[零〇○一二两三四五六七八九]{2,}$/.test(numeral)) return null;
  const parsed = parseNumeral(numeral);
  if (!parsed) return null;
  // 2016年, 2016-2018年 are dates, not durations.
  if (unitName === '年' && !parsed.coarse && /^\d{4}$/.test(numeral) && parsed.value >= 1000 && parsed.value < 2200) {
    return null;
  }
  let value = parsed.value;
  let valueHigh = parsed.value;
  let scaleWord = parsed.scaleWord;
  if (high) {
    const h = parseNumeral(high);
    if (!h) return null;
    // 3至5万元: the low end takes the high end's magnitude.
    if (h.scaleWord && !parsed.scaleWord) {
      value *= scaleOf(h.scaleWord);
      scaleWord = h.scaleWord;
    }
    valueHigh = h.value;
    if (valueHigh <= value) return null;
  }
  let qualifier: QualifierKind = high ? 'range' : more ? 'more' : 'plain';
  let start = numberStart;
  let end = numberEnd;
  // 近1 0 万亿元 read as 近  10万亿元: the qualifier stands before the spaces the joined digits left.
  let qualifierAt = numberStart;
  while (qualifierAt > 0 && text[qualifierAt - 1] === ' ') qualifierAt--;
  const pre = prefixQualifierBefore(text, qualifierAt);
  // 上千家 is a rough bound; the 上 of 以上 before the next figure (三万元以上十万元以下) is not.
  const preUsable = pre && (!pre.coarseOnly || (parsed.coarse && text[qualifierAt - 2] !== '以'));
  if (pre && preUsable && qualifier === 'plain') {
    qualifier = pre.kind;
    start = qualifierAt - pre.word.length;
  }
  const suf = suffixQualifierAt(text, numberEnd);
  if (suf && qualifier !== 'range' && qualifier !== 'more') {
    // 达到…以上: the suffix decides; 超过 X 以上 keeps the stronger prefix.
    if (qualifier === 'plain') qualifier = suf.kind;
    end += suf.word.length;
  }
  // 1.1千亿元 → scale 亿元; 5000万元 → 万元; 300元 → 元.
  const scale = scaleOf(scaleWord);
  const next = text.slice(end, end + 2);
  const attributive = !PREDICATE_NEXT.test(next);
  return {
    start,
    end,
    numberStart,
    numberEnd,
    surface: '',
    value: value * unit.factor,
    valueHigh: valueHigh * unit.factor,
    unit: unitName,
    dimension: unit.dimension,
    qualifier,
    precision: parsed.precision * unit.factor,
    significantUnit: parsed.significantUnit * unit.factor,
    coarse: parsed.coarse,
    scale: scale * unit.factor,
    scaleUnit: scaleWord + unitName,
    attributive,
  };
}

function scaleOf(word: string): number {
  let f = 1;
  for (const c of word) f *= c === '万' ? 1e4 : c === '亿' ? 1e8 : 1;
  return f;
}
