// How numbers are written, as GB/T 15835-2011 (出版物上数字的用法) regulates it: the places where a
// figure's notation, not its value, is at stake. Read here, with the other numerals, so that no rule
// matches digits itself; the number-usage rule decides what to report.
import { CHINESE_NUMERAL_CHARS, chineseDigitValue, parseNumeral } from './numerals.js';
import { UNIT_PATTERN } from './lexicon.js';
import { execAll } from '../regexp.js';

/** A span of the text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

const DIGIT = '[0-9０-９]';
const NUMBER = `${DIGIT}+(?:[.．]${DIGIT}+)?`;
const RANGE_DASH = '[～~〜—–－-]|至';
/** 万/亿 and the percent signs: a range must write them on both numbers (9亿～16亿, 15%～30%). */
const SUFFIX = '万亿|亿|万|[%％‰]';

/** 9～16亿, 15～30%: a range whose second number carries 万/亿/% that the first lacks. */
export interface RangeMissingSuffix extends Span {
  /** Where the first number ends: the suffix belongs there. */
  firstEnd: number;
  suffix: string;
  /** A unit written after the suffix (13～17万元 → 元), repeated with it per the standard's example. */
  unit: string;
}

const RANGE_MISSING_SUFFIX = new RegExp(
  `(?<![0-9０-９.．A-Za-z/:#-])(${NUMBER})(\\s*)(${RANGE_DASH})(\\s*)(${NUMBER})(${SUFFIX})(${UNIT_PATTERN})?`,
  'g',
);

export function rangesMissingSuffix(text: string): RangeMissingSuffix[] {
  const found: RangeMissingSuffix[] = [];
  for (const m of execAll(RANGE_MISSING_SUFFIX, text)) {
    const from = parseNumeral(m[1]!)?.value;
    const to = parseNumeral(m[5]!)?.value;
    // 2020-2025: years or codes are no range of amounts; a falling range (30～15) is something else.
    if (from === undefined || to === undefined || from >= to) continue;
    const suffix = m[6]!;
    const unit = /[%％‰]/.test(suffix) ? '' : (m[7] ?? '');
    found.push({ start: m.index, end: m.index + m[0].length, firstEnd: m.index + m[1]!.length, suffix, unit });
  }
  return found;
}

/** 五、六个: two neighbouring Chinese digits that together give an approximate number, with a 顿号 between. */
export interface ApproximatePair extends Span {
  comma: number;
}

const CHINESE_DIGITS = '一二三四五六七八九';
const PAIR_DIGIT_CODES = new Set([...CHINESE_DIGITS].map((c) => c.charCodeAt(0)));
const APPROXIMATE_PAIR = new RegExp(`([${CHINESE_DIGITS}])、([${CHINESE_DIGITS}十])(?=[十百千万亿]?[^、${CHINESE_NUMERAL_CHARS}])`, 'y');

/**
 * `counted` says whether what follows is counted (个, 人, 天, 万元) rather than named in order (季度, 月,
 * 年级, 章): 第三、四季度 and 三、四月份 are enumerations, 三、四个月 is an approximate number.
 */
export function approximatePairs(text: string, counted: (after: string) => boolean): ApproximatePair[] {
  const found: ApproximatePair[] = [];
  // A pair is a digit, the 顿号 and a digit: tried one character before each 顿号 that follows a digit (pairs
  // cannot overlap).
  for (let comma = text.indexOf('、', 1); comma !== -1; comma = text.indexOf('、', comma + 1)) {
    if (!PAIR_DIGIT_CODES.has(text.charCodeAt(comma - 1))) continue;
    APPROXIMATE_PAIR.lastIndex = comma - 1;
    const m = APPROXIMATE_PAIR.exec(text);
    if (!m) continue;
    const a = chineseDigitValue(m[1]!)!;
    const b = m[2] === '十' ? 10 : chineseDigitValue(m[2]!)!;
    // Neighbours (三四, 九十) or the idiomatic 三五; anything else is a list of two numbers.
    if (!(b === a + 1 || (a === 3 && b === 5))) continue;
    const before = text[m.index - 1];
    // 一、 at the start of a heading or item; 第三、四 and a list of three (二、三、四) are enumerations.
    if (before === undefined || !/[\u4e00-\u9fff]/.test(before) || before === '第' || text[m.index - 2] === '、') continue;
    if (!counted(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    found.push({ start: m.index, end: m.index + m[0].length, comma: m.index + 1 });
  }
  return found;
}

/** 二〇二五年 / 二零二五年 / 二○二五年: a year in Chinese digits, with the places of its zeros. */
export interface ChineseYear extends Span {
  year: number;
  /** Offsets of zeros not written 〇 (U+3007): 零, or the circle ○ (U+25CB) that looks like it. */
  wrongZeros: number[];
}

const CHINESE_YEAR = /(?<![一二三四五六七八九十百千万亿〇零○])([一二三四五六七八九〇零○]{4})(?=年)/g;

export function chineseYears(text: string): ChineseYear[] {
  const found: ChineseYear[] = [];
  for (const m of execAll(CHINESE_YEAR, text)) {
    let year = 0;
    for (const c of m[1]!) year = year * 10 + chineseDigitValue(c)!;
    if (year < 1000 || year > 2199) continue;
    const wrongZeros: number[] = [];
    [...m[1]!].forEach((c, i) => {
      if (c === '零' || c === '○') wrongZeros.push(m.index + i);
    });
    found.push({ start: m.index, end: m.index + 4, year, wrongZeros });
  }
  return found;
}

/** 98年3月, 九八年底: a year cut to its last two digits, where the month or 年底/年初 shows it is a date. */
export interface ShortYear extends Span {
  digits: number;
}

const SHORT_YEAR = new RegExp(
  `(?<![0-9０-９.．${CHINESE_NUMERAL_CHARS}])(${DIGIT}{2}|[〇零一二三四五六七八九]{2})年(?=(?:${DIGIT}{1,2}|[一二三四五六七八九十]{1,3})月|[底初末]|上半年|下半年)`,
  'y',
);

export function shortYears(text: string): ShortYear[] {
  const found: ShortYear[] = [];
  // A short year is two characters and 年: the pattern is tried two characters before each 年 only, rather than
  // at every character (its look-behind makes a scan slow), which finds the same as a scan (matches cannot overlap).
  for (let at = text.indexOf('年', 2); at !== -1; at = text.indexOf('年', at + 1)) {
    SHORT_YEAR.lastIndex = at - 2;
    const m = SHORT_YEAR.exec(text);
    if (!m) continue;
    const written = m[1]!;
    const digits = parseNumeral(written)?.value ?? [...written].reduce((v, c) => v * 10 + (chineseDigitValue(c) ?? 0), 0);
    found.push({ start: m.index, end: m.index + written.length + 1, digits });
  }
  return found;
}

/** 3千万, 5百余: Arabic digits with 十/百/千, which only 万 and 亿 may follow (GB/T 15835 5.3). */
export interface MixedNumeral extends Span {
  /** The figure written in Arabic digits (3千万 → 3000万), when that is certain. */
  arabic: string | null;
}

const SMALL_MAGNITUDE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** 千米, 千克, 千瓦, 百分点: SI prefixes and words where 千/百 is no magnitude. */
const NOT_MAGNITUDE_AFTER = /^(?:米|克|瓦|伏|帕|焦|卡|赫|兆|字节|比特|分|倍|年|万[米克瓦伏]|方|公里|公斤|公顷)/;
const MIXED = new RegExp(`(?<![0-9０-９.．A-Za-z])(${NUMBER})([十百千])([万亿]?)`, 'g');

export function mixedNumerals(text: string): MixedNumeral[] {
  const found: MixedNumeral[] = [];
  for (const m of execAll(MIXED, text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (!m[3] && NOT_MAGNITUDE_AFTER.test(after)) continue;
    if (m[3] === '万' && /^[米克瓦伏]/.test(after)) continue;
    const value = parseNumeral(m[1]!)?.value;
    const scaled = value === undefined ? null : value * SMALL_MAGNITUDE[m[2]!]!;
    const arabic = scaled !== null && Number.isInteger(scaled) ? `${scaled}${m[3]}` : null;
    found.push({ start: m.index, end: m.index + m[0].length, arabic });
  }
  return found;
}

/** 约3万人左右: 约 (or 大约) and 左右 around one figure, two words that both make it approximate. */
const APPROXIMATED_TWICE = new RegExp(
  `(?:大约|约)(?:为|占|有|合|计|达|需要?|在|是)?(?:${NUMBER}|[${CHINESE_NUMERAL_CHARS}]+)[^，。；、：\\s]{0,8}?左右`,
  'g',
);

/** `isWord(start)` says whether the 约 at `start` belongs to another word (节约, 约定). */
export function approximatedTwice(text: string, isWord: (start: number) => boolean): Span[] {
  const found: Span[] = [];
  for (const m of execAll(APPROXIMATED_TWICE, text)) {
    const at = m[0].startsWith('大') ? m.index + 1 : m.index;
    if (isWord(at)) continue;
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** 12\n500万元: a figure broken over two lines of one paragraph (a soft line break inside its digits). */
// Starts only where a figure starts: from every digit of a long run, `\d+` would rescan the run (quadratic).
const LINE_SPLIT = new RegExp(`(?<![0-9０-９.．,，])${DIGIT}+(?:[.．,，]${DIGIT}+)*\\n${DIGIT}+`, 'g');

export function lineSplitFigures(text: string): Span[] {
  return execAll(LINE_SPLIT, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Which of the checks above can find anything in a text, from one pass over its characters: each needs some
 * characters (a dash with 万/亿/%, a 顿号 right after 一…九, 年, 左右 …) that most paragraphs lack, and one pass
 * with a table costs less than a regex or `includes` per check on every paragraph. 0 when the text has no digit
 * and no Chinese digit at all.
 */
export const NOTATION_FIGURE = 1;
/** A range dash and 万, 亿 or a percent sign (rangesMissingSuffix). */
export const NOTATION_RANGE = 2;
/** A 顿号 right after 一…九 (approximatePairs). */
export const NOTATION_PAIR = 4;
/** 零 or ○ (chineseYears with a zero to write 〇). */
export const NOTATION_ZERO = 8;
/** 年 (shortYears). */
export const NOTATION_YEAR = 16;
/** An Arabic digit right before 十, 百 or 千 (mixedNumerals). */
export const NOTATION_MIXED = 32;
/** A line break (lineSplitFigures). */
export const NOTATION_LINE = 64;
/** 左右 (approximatedTwice). */
export const NOTATION_ABOUT = 128;

const C_FIGURE = 1;
const C_DASH = 2;
const C_SUFFIX = 4;
const C_PAIR_DIGIT = 8;
const C_ARABIC = 16;
const C_SMALL_MAGNITUDE = 32;
const C_ZERO = 64;
const C_COMMA = 128;
const C_YEAR = 256;
const C_LINE = 512;
const C_LEFT = 1024;
const C_RIGHT = 2048;
const NOTATION_CHARS = new Uint16Array(0x10000);
const mark = (chars: string, kind: number): void => {
  for (const c of chars) NOTATION_CHARS[c.charCodeAt(0)]! |= kind;
};
mark('0123456789０１２３４５６７８９一二三四五六七八九〇零○', C_FIGURE);
mark('～~〜—–－-至', C_DASH);
mark('%％‰万亿', C_SUFFIX);
mark(CHINESE_DIGITS, C_PAIR_DIGIT);
mark('0123456789０１２３４５６７８９', C_ARABIC);
mark('十百千', C_SMALL_MAGNITUDE);
mark('零○', C_ZERO);
mark('、', C_COMMA);
mark('年', C_YEAR);
mark('\n', C_LINE);
mark('左', C_LEFT);
mark('右', C_RIGHT);

export function notationSignals(text: string): number {
  let kinds = 0;
  let pairs = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = NOTATION_CHARS[text.charCodeAt(i)]!;
    if (kind !== 0) {
      kinds |= kind;
      if (previous !== 0) {
        if (kind & C_COMMA && previous & C_PAIR_DIGIT) pairs |= NOTATION_PAIR;
        else if (kind & C_SMALL_MAGNITUDE && previous & C_ARABIC) pairs |= NOTATION_MIXED;
        else if (kind & C_RIGHT && previous & C_LEFT) pairs |= NOTATION_ABOUT;
      }
    }
    previous = kind;
  }
  if (!(kinds & C_FIGURE)) return 0;
  let signals = NOTATION_FIGURE | pairs;
  if (kinds & C_DASH && kinds & C_SUFFIX) signals |= NOTATION_RANGE;
  if (kinds & C_ZERO) signals |= NOTATION_ZERO;
  if (kinds & C_YEAR) signals |= NOTATION_YEAR;
  if (kinds & C_LINE) signals |= NOTATION_LINE;
  return signals;
}
