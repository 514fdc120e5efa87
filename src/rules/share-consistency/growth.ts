// Growth stated beside the two levels it is computed from: `从300亿元增至400亿元，增长33.3%` and, over the years
// between the levels, `从2020年的300亿元增至2023年的400亿元，年均增长10.1%`. Figures whose growth rates are
// conventionally at comparable prices (生产总值, 增加值) are left alone: their nominal levels do not give the rate.
import { findYearSpans } from '../../quantity/dates.js';
import type { QuantityMention } from '../../quantity/index.js';
import { fiveYearPlanIn, yearEndingAt } from '../../quantity/years-near.js';
import words from './words.json' with { type: 'json' };

export interface GrowthStatement {
  from: QuantityMention;
  to: QuantityMention;
  rate: QuantityMention;
  /** Years the change took, for a yearly average (several when the span may count its first year or not). */
  years: number[] | null;
  rising: boolean;
}

const alt = (list: readonly string[]): string => list.join('|');
const YEAR = '(?:[0-9０-９〇○零一二三四五六七八九]{4}\\s*年(?:底|末)?的?)';
const FROM = new RegExp(`[从由]\\s*(?:${YEAR}|(?:${alt(words.basePeriods)})的?)?\\s*$`);
const TO = new RegExp(`^\\s*[，,]?\\s*(?:${alt(words.reachVerbs)})\\s*${YEAR}?\\s*$`);
const RATE = new RegExp(
  `^\\s*[，,]?\\s*(?:[^，,。；;\\d%]{0,8}?)(?:同比)?(${alt(words.rise)}|${alt(words.fall)}|增幅|增速|递增)(?:了|为|达到|达|约)?\\s*$`,
);
const AVERAGE = new RegExp(alt(words.average));
const FALL = new RegExp(`^(?:${alt(words.fall)})`);
const COMPARABLE_PRICES = new RegExp(alt(words.comparablePrices));

/**
 * The sentence before a figure, back to its 。 but no further than LEAD_LIMIT characters: the longest lead of a
 * growth statement in the development set is about 210. Unbounded, a block with no 。 made every statement read
 * the block again (quadratic).
 */
const LEAD_LIMIT = 400;
function sentenceLeadBefore(text: string, at: number): string {
  const near = text.slice(Math.max(0, at - LEAD_LIMIT), at);
  return near.slice(near.lastIndexOf('。') + 1);
}

/** A level: the grammar may call the first one attributive (it reads 扩大 as a noun), TO below decides. */
const amount = (m: QuantityMention): boolean =>
  !m.coarse && m.value > 0 && (m.qualifier === 'plain' || m.qualifier === 'approx') && m.dimension !== 'percent' && m.dimension !== 'percentage-point' && m.dimension !== 'multiple';

export function findGrowths(mentions: readonly QuantityMention[]): GrowthStatement[] {
  const out: GrowthStatement[] = [];
  for (let i = 0; i + 2 < mentions.length; i++) {
    const [from, to, rate] = [mentions[i]!, mentions[i + 1]!, mentions[i + 2]!];
    if (from.block !== to.block || to.block !== rate.block || from.sentence !== rate.sentence) continue;
    if (!amount(from) || !amount(to) || to.attributive || from.dimension !== to.dimension) continue;
    if (rate.dimension !== 'percent' || rate.listed || rate.coarse || (rate.qualifier !== 'plain' && rate.qualifier !== 'approx')) continue;
    const text = from.block.text;
    if (!FROM.test(text.slice(Math.max(0, from.start - 12), from.start))) continue;
    if (!TO.test(text.slice(from.end, to.start))) continue;
    const r = RATE.exec(text.slice(to.end, rate.start));
    if (!r) continue;
    const sentenceLead = sentenceLeadBefore(text, from.start);
    if (COMPARABLE_PRICES.test(sentenceLead + (from.metricText ?? '') + r[0])) continue;
    const rising = to.value > from.value;
    // The text's direction disagrees with the levels: another rule's business (or a misread), not a rate.
    if (FALL.test(r[1]!) === rising) continue;
    let years: number[] | null = null;
    if (AVERAGE.test(r[0])) {
      years = yearsBetween(text, from, to, sentenceLead);
      if (!years) continue;
    }
    out.push({ from, to, rate, years, rising });
  }
  return out;
}

function yearsBetween(text: string, from: QuantityMention, to: QuantityMention, lead: string): number[] | null {
  const a = yearEndingAt(text, from.start);
  const b = yearEndingAt(text, to.start);
  if (a !== null && b !== null) return b > a ? [b - a] : null;
  const spans = findYearSpans(lead);
  const span = spans[spans.length - 1];
  // 2020—2023年 may count from the end of 2020 (three years) or include it (four).
  if (span) return [span.to - span.from, span.to - span.from + 1];
  const plan = fiveYearPlanIn(lead);
  return plan ? [plan.to - plan.from + 1] : null;
}

/** A level, its change on the year before and the rate: `收入54亿元，比上年增加9亿元，增长20%`. */
export interface IncrementStatement {
  level: QuantityMention;
  change: QuantityMention;
  rate: QuantityMention;
  rising: boolean;
}

const CHANGE = new RegExp(`^\\s*[，,]\\s*(?:${alt(words.comparedWith)})(?:${alt(words.basePeriods)}|[0-9]{4}年)?\\s*(${alt(words.rise)}|${alt(words.fall)})了?\\s*$`);
const CHANGE_RATE = new RegExp(`^\\s*[，,]\\s*(?:${alt(words.rise)}|${alt(words.fall)}|增幅|降幅)了?(?:为|达)?\\s*$`);

export function findIncrements(mentions: readonly QuantityMention[]): IncrementStatement[] {
  const out: IncrementStatement[] = [];
  for (let i = 0; i + 2 < mentions.length; i++) {
    const [level, change, rate] = [mentions[i]!, mentions[i + 1]!, mentions[i + 2]!];
    if (level.block !== change.block || change.block !== rate.block || level.sentence !== rate.sentence) continue;
    if (!amount(level) || level.attributive || !amount(change) || level.dimension !== change.dimension) continue;
    if (rate.dimension !== 'percent' || rate.listed || rate.coarse || (rate.qualifier !== 'plain' && rate.qualifier !== 'approx')) continue;
    const text = level.block.text;
    const verb = CHANGE.exec(text.slice(level.end, change.start));
    if (!verb || !CHANGE_RATE.test(text.slice(change.end, rate.start))) continue;
    const sentenceLead = sentenceLeadBefore(text, level.start);
    if (COMPARABLE_PRICES.test(sentenceLead + (level.metricText ?? '') + text.slice(change.end, rate.start))) continue;
    const rising = !FALL.test(verb[1]!);
    // The change cannot be as large as a level it rose to.
    if (rising && change.value >= level.value) continue;
    out.push({ level, change, rate, rising });
  }
  return out;
}
