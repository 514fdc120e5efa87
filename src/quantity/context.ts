// What a figure quantifies (the metric noun phrase before it) and when (the year of its sentence).
import { METRIC_WORDS } from './lexicon.js';
import { escapeRegExp } from '../regexp.js';
import { readingView } from './numerals.js';
import { isPlausibleYear } from './years.js';

// Character codes: the walk back from every figure compares code units rather than one-character strings.
const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLAUSE_STOP = codes('，,。；;：:、！？!?\n');
const OPEN = codes('（(');
const CLOSE = new Map([...'）)'].map((c, i) => [c.charCodeAt(0), '（('.charCodeAt(i)]));
const MAX_METRIC = 30;
const OPENER_REACH = 1000;

/**
 * The raw phrase before offset `end`, back to the clause start, the end of the previous figure (`floor`)
 * or MAX_METRIC characters; balanced brackets are kept (`中欧清洁能源（装备）产业园`).
 * Returns null when the phrase is cut by the length limit: then we do not know what is measured.
 */
export function phraseBefore(text: string, end: number, floor: number): string | null {
  let i = end;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (CLAUSE_STOP.has(c) || OPEN.has(c)) break;
    const opening = CLOSE.get(c);
    if (opening !== undefined) {
      // The search stops OPENER_REACH back: to the start of the text from every figure after a stray bracket was
      // quadratic. An opener beyond MAX_METRIC cuts the phrase (null below); one beyond the reach is not looked for.
      const open = lastIndexOfCode(text, opening, i - 2, Math.max(floor, end - OPENER_REACH));
      if (open === -1) break;
      i = open;
      continue;
    }
    i--;
    if (end - i > MAX_METRIC) return null;
  }
  return text.slice(i, end);
}

/** The last `code` at or before `from` and not before `lowest`, or -1. */
function lastIndexOfCode(text: string, code: number, from: number, lowest: number): number {
  for (let k = from; k >= lowest; k--) if (text.charCodeAt(k) === code) return k;
  return -1;
}

const LEADING_TIME = /^(?:(?:到|至|在|于|截至|截止)?\d{4}\s*年(?:底前?|末前?|前|初|中|上半年|下半年)?|今年|明年|去年|当年|本年|同期|届时|目前|现在)(?:的)?/;
const BRACKETED = /[（(][^（()）]*[）)]/g;

const REMOVABLE = new RegExp(METRIC_WORDS.removable.map(escapeRegExp).join('|'), 'g');
// One alternation per side, longest words first, so each step is a single regex test.
const LEADING = new RegExp(`^(?:${LEADING_TIME.source.slice(1)}|(?:${METRIC_WORDS.leading.map(escapeRegExp).join('|')})(?=.))`);
const TRAILING = new RegExp(`(?:${METRIC_WORDS.trailing.map(escapeRegExp).join('|')})$`);

/**
 * Normalises a metric phrase: `到2025年，全市新材料产业产值达到` → `新材料产业` (the key two mentions are
 * compared by), or with `forDisplay` → `新材料产业产值` (the optional tail kept, for messages).
 * Empty when nothing is left.
 */
export function normaliseMetric(raw: string, forDisplay = false): string {
  const shown = metricForDisplay(raw);
  return forDisplay ? shown : metricKey(shown);
}

/** The metric as `normaliseMetric(raw, true)` gives it. */
export function metricForDisplay(raw: string): string {
  let s = readingView(raw).replace(BRACKETED, '').replace(REMOVABLE, '');
  for (const { written, as } of METRIC_WORDS.synonyms) if (s.includes(written)) s = s.split(written).join(as);
  for (let guard = 0; guard < 8 && s.length > 0; guard++) {
    const before = s;
    const lead = LEADING.exec(s);
    if (lead && lead[0].length > 0) s = s.slice(lead[0].length);
    const trail = TRAILING.exec(s);
    if (trail) s = s.slice(0, trail.index);
    if (s === before) break;
  }
  return s;
}

/** The comparison key of a metric from `metricForDisplay`: its optional tail dropped (产值 in 新材料产业产值). */
export function metricKey(shown: string): string {
  let s = shown;
  for (const { after, tail } of METRIC_WORDS.optionalTail) {
    if (s.endsWith(after + tail)) s = s.slice(0, -tail.length);
  }
  return s;
}

export interface YearMention {
  year: number;
  /** Offsets in the text searched. */
  start: number;
  end: number;
  /** Written as a goal horizon (`到2025年`, `2025年前`). */
  goal: boolean;
}

// A year that dates the statement; `比2015年`, `2015年以来`, `2016-2018年` (a span) do not.
const YEAR = /(\d{4})\s*年(底前|末前|底|末|前|初)?/g;
const NOT_A_DATE_BEFORE = /(?:比|较|与|同|从|自|和|及|、|[-—–~～至到]\s*)$/;
const NOT_A_DATE_AFTER = /^(?:以来|起|开始|相比|比|的|水平|基础上|翻|[-—–~～]|至\s*\d|到\s*\d|、|和|\d)/;

/** Years in `text` that date what follows them. */
export function datingYears(written: string): YearMention[] {
  const out: YearMention[] = [];
  // Every year is written with 年, which the reading view leaves where it is: without one, there is none.
  if (!written.includes('年')) return out;
  // ２０２５年, 二〇二五年 and 2 0 2 5年 read as 2025年, at the same offsets.
  const text = readingView(written);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const year = Number(m[1]);
    if (!isPlausibleYear(year)) continue;
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (/\d$/.test(before) || /\d\s*(?:年\s*)?(?:[-—–~～]|至|到)\s*$/.test(before)) continue;
    const afterYear = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
    if (NOT_A_DATE_AFTER.test(afterYear)) continue;
    if (/(?:比|较|与|同|从|自)$/.test(before) || NOT_A_DATE_BEFORE.test(before)) {
      // 到2025年 is a horizon; 比2015年 a base of comparison.
      if (!/(?:到|至)$/.test(before) || /[-—–~～]\s*$/.test(before)) continue;
    }
    // 到2025年 and 2025年前 look ahead; 截至2020年底 looks back.
    const goal = /到$/.test(before) || (/至$/.test(before) && !/截[至止]$/.test(before) && !m[2]) || m[2]?.endsWith('前') === true;
    out.push({ year, start: m.index, end: m.index + m[0].length, goal });
  }
  return out;
}
