// One key for one indicator however it is named (GDP, 生产总值, 经济总量; 城镇化率 for 常住人口城镇化率), from
// the data in indicators.json, so that the summary, the chapter and the indicator table meet on one goal.
import data from './indicators.json' with { type: 'json' };
import { escapeRegExp, longestFirstAlternation } from '../../regexp.js';

const longestFirst = (a: string, b: string): number => b.length - a.length;

const TERMS = new Map(data.terms.flatMap((t) => t.aliases.map((a) => [a, t.name] as const)));
const TERM_RE = new RegExp(longestFirstAlternation([...TERMS.keys()]), 'g');
const REWRITES = data.rewrites;
const TRAILING_VERBS = data.trailingVerbs;
const INDICATOR = new Map<string, string>();
for (const i of data.indicators) {
  INDICATOR.set(i.name, i.name);
  for (const a of i.aliases) INDICATOR.set(a, i.name);
}
const SUFFIXES = data.suffixes.flatMap((s) => s.written.map((w) => ({ written: w, as: s.as }))).sort((a, b) => longestFirst(a.written, b.written));
const NAMES = [...INDICATOR.keys()].sort(longestFirst);
const NAME_THEN_SUFFIX = new RegExp(`^(${NAMES.map(escapeRegExp).join('|')})(${SUFFIXES.map((s) => escapeRegExp(s.written)).join('|')})$`);

/** The key of an indicator name (a metric as the quantity engine normalised it, or a table's indicator cell). */
export function indicatorKey(metric: string): string {
  // Asked for every goal figure, and a corpus names the same few hundred metrics over and over: each is
  // normalised once (a few dozen replaces and searches), then looked up.
  let key = KEYS.get(metric);
  if (key === undefined) {
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(metric, (key = normalise(metric)));
  }
  return key;
}
const KEYS = new Map<string, string>();
/** Bound on the cache: a crafted stream of distinct metric names must not grow it without end. */
const MAX_KEYS = 10_000;

function normalise(metric: string): string {
  let s = metric.replace(/\s+/g, '').replace(TERM_RE, (w) => TERMS.get(w)!);
  for (const { written, as } of REWRITES) s = s.split(written).join(as);
  const verb = TRAILING_VERBS.find((v) => s.endsWith(v) && s.length > v.length);
  if (verb) s = s.slice(0, -verb.length);
  const whole = INDICATOR.get(s);
  if (whole) return whole;
  const m = NAME_THEN_SUFFIX.exec(s);
  if (m) return INDICATOR.get(m[1]!)! + SUFFIXES.find((x) => x.written === m[2])!.as;
  const suffix = SUFFIXES.find((x) => s.endsWith(x.written) && s.length > x.written.length);
  return suffix ? s.slice(0, -suffix.written.length) + suffix.as : s;
}

/** A growth or change word with no indicator before it (`，年均增长6%`): whose growth is said by the clause before. */
export function isBareChange(key: string): boolean {
  return BARE.has(key);
}
const BARE = new Set([...SUFFIXES.map((s) => s.as), ...SUFFIXES.map((s) => s.written), '年均']);
