// Chinese and full-width numerals: the one place digits and 一二三 become numbers.

const DIGITS: Record<string, number> = {
  零: 0, '〇': 0, '○': 0, 'Ｏ': 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** The same tables by character code: the parsers' loops look up code units, not one-character strings. */
const byCode = (table: Record<string, number>) => new Map(Object.entries(table).map(([c, v]) => [c.charCodeAt(0), v]));
const DIGIT_BY_CODE = byCode(DIGITS);
const SMALL_UNIT_BY_CODE = byCode(SMALL_UNITS);
const BIG_UNIT_BY_CODE = byCode(BIG_UNITS);

export const CHINESE_NUMERAL_CHARS = '零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億';

// Character classes for the numerals of markers and small counts, so that no rule or document analysis spells
// out Chinese numerals or digit ranges itself.
/** An Arabic digit, ASCII or full-width. */
export const DIGIT_CLASS = '[0-9０-９]';
/** A character of an ordinal as markers and articles write it (一、 第十二章 （二） 第一百零五条). */
export const ORDINAL_NUMERAL_CLASS = '[一二两三四五六七八九十百千零〇]';
/** A character of a number up to ninety-nine without 两 (四月, 二十七日, “十四五”). */
export const TENS_NUMERAL_CLASS = '[一二三四五六七八九十]';
/** A character of a small Chinese count (三个, 十二项), 一 included. */
export const COUNT_NUMERAL_CLASS = '[一二两三四五六七八九十]';
/** A count of two or more begins with one of these (两条道路, 四个意识): 一个 is as often an article. */
export const PLURAL_COUNT_CLASS = '[二两三四五六七八九十]';
/** Any character of a figure, Arabic or Chinese: a count right after one is part of a longer figure. */
export const FIGURE_CHAR = /[0-9０-９一二两三四五六七八九十百千万亿零〇]/;

/** 2–99 written as one Chinese count (三, 十二, 两, 九十九); 一两个, 三四项 are rough and 二二 is digit by digit. */
export function isChineseCount(s: string): boolean {
  return /^(?:[二两三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)$/.test(s);
}

export function hasDigit(s: string): boolean {
  return /[0-9０-９]/.test(s);
}

/** ASCII digits as full-width ones (for writing a number in the style of ２、). */
export function toFullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

const CHINESE_DIGITS = '零一二三四五六七八九';

/** 1–999 as a Chinese numeral the way headings write them (十一, 二十, 一百零五). */
export function chineseNumeral(v: number): string {
  if (v < 10) return CHINESE_DIGITS[v]!;
  if (v < 100) {
    const tens = Math.floor(v / 10);
    return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${v % 10 ? CHINESE_DIGITS[v % 10] : ''}`;
  }
  const rest = v % 100;
  const head = `${CHINESE_DIGITS[Math.floor(v / 100)]}百`;
  if (rest === 0) return head;
  if (rest < 10) return `${head}零${CHINESE_DIGITS[rest]}`;
  return head + (rest < 20 ? '一' : '') + chineseNumeral(rest);
}

/**
 * Where a figure found at `at` in the reading view begins in the source: digits joined from a spaced-apart run
 * (`3 5 0万吨` → `  350万吨`) begin where the run began.
 */
export function sourceStart(view: string, source: string, at: number): number {
  let j = at;
  while (j > 0 && view[j - 1] === ' ') j--;
  return j < at && /\d/.test(source.slice(j, at)) ? j : at;
}

/** Replaces full-width digits and the full-width decimal point (０-９ ．) by ASCII. */
export function toHalfWidthDigits(s: string): string {
  // Asked for every numeral parsed, which is almost never written full-width: a test costs less than a replace.
  if (!FULL_WIDTH_DIGIT.test(s)) return s;
  return s.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
const FULL_WIDTH_DIGITS = /[０-９．]/g;

/** A year as written in the source, for patterns that cannot run on the reading view (2025, ２０２５, 二〇二五). */
export const WRITTEN_YEAR = '(?:[0-9０-９]{4}|[一二][〇○零Ｏ九][〇○零Ｏ一二三四五六七八九]{2})';

/** 二〇二五, 一九五八 (before 年, or before a dash to another such year): digits read one by one. */
const CHINESE_YEAR = /(?<![零〇○Ｏ一二两三四五六七八九十百千万])[一二][〇○零Ｏ九][〇○零Ｏ一二三四五六七八九]{2}(?=\s*年|\s*(?:[-—–~～]|至|到)\s*[一二][〇○零Ｏ九])/g;
/**
 * `2 0 1 0年`, `1 5 ．3 ％`: single digits spaced apart by PDF extraction; a number only when the run (and one
 * space) ends before a Chinese word, unit or the end, which `spacedNumberEnd` checks. Not one pattern ending in
 * `(?=[^\x00-\x7f]|%|$)`: a long run not so followed was scanned again from each of its digits (quadratic).
 */
const SPACED_RUN = /(?<![\dA-Za-z.,])\d(?: \d| ?\. ?\d)+/g;
/** 3，260万吨, 33，212: a full-width comma as a thousands separator (OCR); not a list (1，2，3 or 分别为…). */
const FULL_WIDTH_THOUSANDS = /(?<![\d.,，、])\d{1,3}(?:，\d{3})+(?![\d，、.]|,\d)/g;
const LIST_BEFORE = /(?:分别|依次|各|、)[^，。；]{0,6}$/;
// What makes the view differ from the text: full-width digits, digits spaced apart or grouped by a full-width
// comma, a Chinese year. Three simple patterns scan faster than their alternation, and every block is scanned.
const FULL_WIDTH_DIGIT = /[０-９．]/;
const SPACED_OR_GROUPED = /\d(?:[ ，]\d| \.)/;
const CHINESE_YEAR_START = /[一二][〇○零Ｏ九]/;
const needsView = (text: string): boolean =>
  FULL_WIDTH_DIGIT.test(text) || SPACED_OR_GROUPED.test(text) || CHINESE_YEAR_START.test(text);

/**
 * The text as the readers of figures, years and dates see it, with every offset unchanged: full-width digits
 * in ASCII, Chinese years (二〇二五年) in Arabic digits, full-width thousands separators as `,`, and digits that
 * PDF extraction spaced apart joined (`2010   年`, `  350万吨`), so that a
 * position found in the view is the position in the source.
 */
export function readingView(text: string): string {
  if (!needsView(text)) return text;
  let s = toHalfWidthDigits(text);
  s = s.replace(CHINESE_YEAR, (y) => [...y].map((c) => String(DIGITS[c])).join(''));
  s = joinSpacedDigits(s);
  s = s.replace(FULL_WIDTH_THOUSANDS, (run, at: number) => {
    // A lone 3-digit group after a short first one is often a list: only 分别/各… nearby makes it one.
    if (LIST_BEFORE.test(s.slice(Math.max(0, at - 8), at))) return run;
    return run.replace(/，/g, ',');
  });
  return s;
}

/** `s` with each spaced run of digits that reads as a number joined up, its spaces kept beside it. */
function joinSpacedDigits(s: string): string {
  let out = '';
  let copied = 0;
  for (const m of s.matchAll(SPACED_RUN)) {
    const end = spacedNumberEnd(s, m.index + m[0].length);
    if (end === null) continue;
    const run = s.slice(m.index, end);
    const joined = run.replace(/ /g, '');
    const spaces = ' '.repeat(run.length - joined.length);
    // Before 年/月/日 the spaces go after (到2010   年 keeps 到 next to its year); before a unit or magnitude,
    // in front (  350万吨), as the grammar wants the unit right after the digits.
    out += s.slice(copied, m.index) + (/^[年月日]/.test(s.slice(end, end + 1)) ? joined + spaces : spaces + joined);
    copied = end;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Where a spaced run ending at `end` ends as a number (one space after it included), or null if it is none. */
function spacedNumberEnd(s: string, end: number): number | null {
  if (s[end] === ' ') end++;
  return end === s.length || s.charCodeAt(end) > 0x7f || s[end] === '%' ? end : null;
}

/**
 * Parses a Chinese integer such as 一千一百, 三十五, 十九, 两万, 二〇二五 (digit by digit).
 * Returns null when `s` is not entirely a Chinese numeral.
 */
export function parseChineseInteger(s: string): number | null {
  if (s.length === 0) return null;
  // 二〇二五 style: only digits, no units.
  if (allIn(DIGIT_BY_CODE, s)) {
    let v = 0;
    for (let i = 0; i < s.length; i++) v = v * 10 + DIGIT_BY_CODE.get(s.charCodeAt(i))!;
    return v;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const d = DIGIT_BY_CODE.get(code);
    const small = SMALL_UNIT_BY_CODE.get(code);
    const unit = BIG_UNIT_BY_CODE.get(code);
    if (d !== undefined) {
      digit = d;
    } else if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
    } else if (unit !== undefined) {
      const value = (section + (digit ?? 0)) || (total === 0 ? 1 : 0);
      // 万亿: the 万 already multiplied `total`; a bigger unit scales everything so far.
      if (unit > 1e4 || total < unit) total = (total + value) * unit;
      else total += value * unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Every code unit of `s` is a key of `table` (a character outside the BMP never is). */
function allIn(table: ReadonlyMap<number, number>, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!table.has(s.charCodeAt(i))) return false;
  return true;
}

/** Magnitude characters that may follow Arabic digits (`5000万`, `1.1千亿`, `11.86万亿`). */
const MAGNITUDE_BY_CODE = byCode({ ...SMALL_UNITS, ...BIG_UNITS });

export interface ParsedNumeral {
  /** The number, magnitude words applied (`1.1千亿` → 1.1e11). */
  value: number;
  /** The unit of the last written digit, in the same scale (`1.1千亿` → 1e10, `300` → 1, `千亿` → 1e11). */
  precision: number;
  /** The unit of the last non-zero digit (`300` → 100, `1.1千亿` → 1e10): what 约/多/余 round to. */
  significantUnit: number;
  /** Written as a bare magnitude word (`千亿`, `万`): a rough bound, not a figure. */
  coarse: boolean;
  /** The trailing big magnitude as written (`亿`, `万亿`, `万`, or ''), for showing figures in the writer's scale. */
  scaleWord: string;
}

const ARABIC_WITH_MAGNITUDE = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([十拾百佰千仟万萬亿億]*)$/;

/**
 * Parses the numeral part of a quantity: Arabic (`1,234.5`, full-width `１２`), Arabic with magnitude
 * words (`5000万`, `1.1千亿`), Chinese numerals (`一千一百`, `三十五`, `两`, `千亿`) and `百分之四十`
 * (the caller handles the percent sign). Returns null for anything else (`几百`, `数千`, `十几`).
 */
export function parseNumeral(raw: string): ParsedNumeral | null {
  const half = toHalfWidthDigits(raw);
  const s = half.startsWith('百分之') ? half.slice(3) : half;
  const m = ARABIC_WITH_MAGNITUDE.exec(s);
  if (m) {
    const digits = m[1]!.includes(',') ? m[1]!.replace(/,/g, '') : m[1]!;
    let factor = 1;
    for (let i = 0; i < m[2]!.length; i++) factor *= MAGNITUDE_BY_CODE.get(m[2]!.charCodeAt(i))!;
    const dot = digits.indexOf('.');
    const decimals = dot === -1 ? 0 : digits.length - dot - 1;
    const value = Number(digits) * factor;
    const precision = 10 ** -decimals * factor;
    return { value, precision, significantUnit: significantUnitOf(digits) * factor, coarse: false, scaleWord: scaleWordOf(m[2]!) };
  }
  if (/^[点點.]/.test(s)) return null;
  const point = s.search(/[点點.]/);
  if (point !== -1) return parseChineseDecimal(s, point);
  const value = parseChineseInteger(s);
  if (value === null || !Number.isFinite(value)) return null;
  // 千亿, 上千, 万: a magnitude word alone; 十万 is an ordinary figure (100000).
  const coarse = !/^[十拾]/.test(s) && allIn(MAGNITUDE_BY_CODE, s);
  const scaleWord = scaleWordOf(s);
  // 八千四百亿 is as exact as 8400亿: precise to its trailing 万/亿; only a bare magnitude word (千亿) is rough.
  const precision = coarse ? value : scaleFactor(scaleWord);
  return {
    value,
    precision,
    significantUnit: coarse ? value : significantUnitOf(String(value)),
    coarse,
    scaleWord,
  };
}

/** 三点五 / 3点5: a Chinese decimal (rare in policy prose, but 百分之三点五 occurs). */
function parseChineseDecimal(s: string, point: number): ParsedNumeral | null {
  const intPart = s.slice(0, point);
  const frac = s.slice(point + 1);
  const whole = /^\d+$/.test(intPart) ? Number(intPart) : parseChineseInteger(intPart);
  if (whole === null || frac.length === 0) return null;
  let fracDigits = '';
  for (const c of frac) {
    if (/\d/.test(c)) fracDigits += c;
    else if (c in DIGITS) fracDigits += String(DIGITS[c]);
    else return null;
  }
  const value = Number(`${whole}.${fracDigits}`);
  const precision = 10 ** -fracDigits.length;
  return { value, precision, significantUnit: precision, coarse: false, scaleWord: '' };
}

const ZERO = '0'.charCodeAt(0);

/** Unit of the last non-zero digit of a written decimal: `300` → 100, `1.10` → 0.1, `0` → 1. */
function significantUnitOf(digits: string): number {
  const dot = digits.indexOf('.');
  let end = digits.length;
  if (dot !== -1) {
    // Decimals up to the last non-zero one.
    while (end > dot + 1 && digits.charCodeAt(end - 1) === ZERO) end--;
    if (end > dot + 1) return 10 ** -(end - dot - 1);
    end = dot;
  }
  let trailingZeros = 0;
  while (trailingZeros < end && digits.charCodeAt(end - 1 - trailingZeros) === ZERO) trailingZeros++;
  return trailingZeros === end ? 1 : 10 ** trailingZeros;
}

/** The trailing 万 / 亿 / 万亿 of a written magnitude: `千亿` → `亿`, `万亿` → `万亿`, `千` → ''. */
function scaleWordOf(magnitude: string): string {
  const m = /[万萬亿億]+$/.exec(magnitude);
  return m ? m[0].replace(/萬/g, '万').replace(/億/g, '亿') : '';
}

/** The factor of a scale word from `scaleWordOf`. */
export function scaleFactor(scaleWord: string): number {
  let f = 1;
  for (const c of scaleWord) f *= BIG_UNITS[c] ?? 1;
  return f;
}

/** The value of one Chinese digit (一 → 1, 〇/零 → 0, 两 → 2), or null. */
export function chineseDigitValue(c: string): number | null {
  return DIGITS[c] ?? null;
}
