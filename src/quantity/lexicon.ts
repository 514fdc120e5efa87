// The quantity lexicons (units, qualifiers, metric words) loaded from JSON and compiled once.
import units from './data/units.json' with { type: 'json' };
import qualifiers from './data/qualifiers.json' with { type: 'json' };
import metricWords from './data/metric.json' with { type: 'json' };
import { escapeRegExp, longestFirstAlternation } from '../regexp.js';

export type QualifierKind = 'plain' | 'gt' | 'ge' | 'lt' | 'le' | 'near' | 'approx' | 'more' | 'range';

export interface UnitEntry {
  unit: string;
  /** `money:CNY`, `percent`, `percentage-point`, `count:家`, `area`, …; only equal dimensions are compared. */
  dimension: string;
  /** Factor to the dimension's base unit (元, %, m², W, Wh, kg, …). */
  factor: number;
}

interface QualifierEntry {
  word: string;
  kind: QualifierKind;
  coarseOnly?: boolean;
  beforeUnit?: boolean;
}

const longestFirst = (a: string, b: string): number => b.length - a.length;

export const UNITS: ReadonlyMap<string, UnitEntry> = new Map(units.units.map((u) => [u.unit, u]));
export const UNIT_PATTERN = longestFirstAlternation([...UNITS.keys()]);

const prefix = (qualifiers.prefix as QualifierEntry[]).slice().sort((a, b) => longestFirst(a.word, b.word));
const suffixAfterUnit = (qualifiers.suffix as QualifierEntry[]).filter((q) => !q.beforeUnit);
export const MORE_WORDS = (qualifiers.suffix as QualifierEntry[]).filter((q) => q.beforeUnit).map((q) => q.word);
export const VAGUE_WORDS: readonly string[] = qualifiers.vague;

const PREFIX_BY_WORD = new Map(prefix.map((q) => [q.word, q]));
const SUFFIX_BY_WORD = new Map(suffixAfterUnit.map((q) => [q.word, q]));
const LONGEST_PREFIX = Math.max(...prefix.map((q) => q.word.length));
// One regex per side instead of a startsWith per word: this runs for every figure.
const PREFIX_RE = new RegExp(`(?:${prefix.map((q) => escapeRegExp(q.word)).join('|')})$`);
const SUFFIX_RE = new RegExp(`^(?:${longestFirstAlternation(suffixAfterUnit.map((q) => q.word))})`);

/** The qualifier word that ends exactly at `end` in `text` (超, 不超过, 近 …), longest first. */
export function prefixQualifierBefore(text: string, end: number): QualifierEntry | null {
  const m = PREFIX_RE.exec(text.slice(Math.max(0, end - LONGEST_PREFIX), end));
  return m ? PREFIX_BY_WORD.get(m[0])! : null;
}

/** The qualifier word that starts exactly at `start` (以上, 以内, 左右 …), longest first. */
export function suffixQualifierAt(text: string, start: number): QualifierEntry | null {
  const m = SUFFIX_RE.exec(text.slice(start, start + 3));
  return m ? SUFFIX_BY_WORD.get(m[0])! : null;
}

export const METRIC_WORDS = {
  leading: metricWords.leading.slice().sort(longestFirst),
  trailing: metricWords.trailing.slice().sort(longestFirst),
  removable: metricWords.removable,
  optionalTail: metricWords.optionalTail,
  totalWords: metricWords.totalWords,
  totalHeads: metricWords.totalHeads.slice().sort(longestFirst),
  genericHeads: new Set(metricWords.genericHeads),
  synonyms: metricWords.synonyms,
};

/** A sentence about the present or the past (目前, 截至, 去年): a goal year of an earlier sentence does not reach it. */
export const NOT_NOW = new RegExp(metricWords.notNow.join('|'));
export const NOT_NOW_LONGEST = Math.max(...metricWords.notNow.map((w) => w.length));
