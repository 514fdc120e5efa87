// Figures stated with the figures they derive from: a share beside its part and base, a change in percentage
// points beside its two levels, a yearly average beside the yearly rates. Only the wordings below are read;
// anything looser (a base that is a different population, rates of different things) is left alone.
import type { PolicyDocument } from '../../document/document.js';
import { findYearSpans, WRITTEN_YEAR } from '../../quantity/years.js';
import type { QuantityMention } from '../../quantity/index.js';
import words from './words.json' with { type: 'json' };

export interface ShareStatement {
  share: QuantityMention;
  part: QuantityMention;
  base: QuantityMention;
}

export interface PointChange {
  change: QuantityMention;
  from: QuantityMention;
  to: QuantityMention;
  /** The direction the text gives (上升 or 下降). */
  rising: boolean;
}

export interface AverageStatement {
  average: QuantityMention;
  rates: QuantityMention[];
}

const alt = (list: readonly string[]): string => list.join('|');
const RISE = new RegExp(`^(?:${alt(words.rise)})`);
const CHANGE_VERB = `(?:${alt(words.rise)}|${alt(words.fall)})`;
/** `亏损企业占规模以上工业企业的比例达` before the share: subject, 占, base, and the link to the figure. */
const SHARE_LEAD = new RegExp(
  `^(?<subject>[^占，,；;：:\\d%]{0,12})占(?<base>[^，,；;：:\\d%]{0,24}?)(?:的)?(?:${alt(words.shareNouns)})?(?:${alt(words.links)})?$`,
);
const COMPARED_WITH = new RegExp(`^[，,]?\\s*(?:${alt(words.comparedWith)})\\s*(?:${WRITTEN_YEAR}\\s*年(?:底|末)?|${alt(words.basePeriods)})?(?:的)?$`);
const CHANGE_BEFORE_POINTS = new RegExp(`^\\s*(?:${alt(words.degree)})?\\s*(${CHANGE_VERB})了?\\s*$`);
const FROM_TO = new RegExp(`^\\s*(${CHANGE_VERB})(?:到|至)\\s*$`);
const THEN_POINTS = new RegExp(`^\\s*[，,]?\\s*(?:(?:${alt(words.degree)})?(${CHANGE_VERB})了?)?\\s*$`);
const AVERAGE_AFTER_RATES = new RegExp(`^[，,]\\s*(?:${alt(words.average)})[^，,。；;\\d%]{0,6}$`);
const GROWTH = new RegExp(alt(words.growth));
const DECLINE = new RegExp(alt(words.fall));
/** Words around a base name that do not change which population it is (规模以上工业企业数量为 = 规模以上工业企业). */
const NAME_TAIL = new RegExp(`(?:的)?(?:${alt(words.countNouns)})?(?:${alt(words.links)})?$`);
const NAME_HEAD = new RegExp(`^(?:(?:到|至|在|于|截至|截止)?${WRITTEN_YEAR}\\s*年(?:底|末)?|今年|去年|当年|目前)(?:的)?`);

function bySentence(mentions: readonly QuantityMention[]): Map<number, QuantityMention[]> {
  const out = new Map<number, QuantityMention[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

/** A population as its name is written, without time words and linking verbs. */
function populationName(raw: string): string {
  return raw.replace(NAME_HEAD, '').replace(NAME_TAIL, '');
}

/** A figure that states one amount: no rough magnitude (超千亿), no open bound (超过50家), no range. */
function exact(m: QuantityMention): boolean {
  return !m.coarse && (m.qualifier === 'plain' || m.qualifier === 'approx');
}

export function findShares(doc: PolicyDocument, mentions: readonly QuantityMention[]): ShareStatement[] {
  const out: ShareStatement[] = [];
  const sentences = doc.sentences;
  let byName: Map<string, QuantityMention[]> | undefined;
  for (const [index, list] of bySentence(mentions)) {
    const sentence = sentences[index];
    if (!sentence || !sentence.text.includes('占')) continue;
    for (let i = 1; i < list.length; i++) {
      const share = list[i]!;
      if (share.dimension !== 'percent' || share.listed || !exact(share) || share.year === null) continue;
      const text = share.block.text;
      const clauseStart = Math.max(sentence.start, lastClauseStop(text, share.start) + 1);
      const lead = SHARE_LEAD.exec(text.slice(clauseStart, share.start));
      if (!lead) continue;
      // The part: the figure that ends the clause before (亏损企业数量为58家，亏损企业占…).
      const part = list[i - 1]!;
      if (part.dimension === 'percent' || part.attributive || part.listed || !exact(part)) continue;
      if (!/^[，,]?$/.test(text.slice(part.end, clauseStart).trim()) || part.block !== share.block) continue;
      const baseName = populationName(lead.groups!.base!);
      const base = baseName === '' ? baseBeforeQiZhong(list, i - 1) : namedBase((byName ??= indexByName(mentions)).get(baseName) ?? [], part, share);
      if (base && exact(base) && base.value > 0) out.push({ share, part, base });
    }
  }
  return out;
}

/** `规模以上工业企业341家，其中亏损企业58家，占17.0%`: the base is the figure 其中 refers to. */
function baseBeforeQiZhong(list: readonly QuantityMention[], partIndex: number): QuantityMention | null {
  const part = list[partIndex]!;
  // Figures that describe a noun (其中亿元以上项目36个) are not the base.
  let k = partIndex - 1;
  while (k >= 0 && list[k]!.attributive) k--;
  const base = list[k];
  if (!base || base.dimension !== part.dimension || base.attributive || base.listed || base.block !== part.block) return null;
  const between = part.block.text.slice(base.end, part.start);
  return /^[，,]\s*其中[，,]?[^，,；;。\d%]{0,12}$/.test(between) ? base : null;
}

/** Figures that state one whole amount, by the population they are stated for. */
function indexByName(mentions: readonly QuantityMention[]): Map<string, QuantityMention[]> {
  const out = new Map<string, QuantityMention[]>();
  for (const m of mentions) {
    if (m.attributive || m.listed || m.metricText === null || m.year === null) continue;
    const name = populationName(m.metricText);
    const list = out.get(name);
    if (list) list.push(m);
    else out.set(name, [m]);
  }
  return out;
}

/** The one figure in the document stated for the named population, in the share's year. */
function namedBase(named: readonly QuantityMention[], part: QuantityMention, share: QuantityMention): QuantityMention | null {
  const candidates = named.filter(
    (m) =>
      m !== part &&
      // A whole smaller than its part is another population's (园区 45家 beside 全市 58家 亏损企业).
      m.value >= part.value &&
      m.dimension === part.dimension &&
      m.year === share.year,
  );
  if (candidates.length === 0) return null;
  // Two different figures for the population: we cannot tell which one the share was computed from.
  return candidates.every((c) => c.value === candidates[0]!.value) ? candidates[0]! : null;
}

export function findPointChanges(mentions: readonly QuantityMention[]): PointChange[] {
  const out: PointChange[] = [];
  for (const list of bySentence(mentions).values()) {
    for (let i = 2; i < list.length; i++) {
      const change = list[i]!;
      if (change.dimension !== 'percentage-point' || change.listed || !exact(change)) continue;
      const a = list[i - 2]!;
      const b = list[i - 1]!;
      if (a.dimension !== 'percent' || b.dimension !== 'percent' || a.block !== change.block || b.block !== change.block) continue;
      if (!exact(a) || !exact(b)) continue;
      const text = change.block.text;
      // 14.81%，相比2015年的8.8%上升6.0个百分点
      const verb = CHANGE_BEFORE_POINTS.exec(text.slice(b.end, change.start));
      if (verb && COMPARED_WITH.test(text.slice(a.end, b.start))) {
        out.push({ change, from: b, to: a, rising: RISE.test(verb[1]!) });
        continue;
      }
      // 由8.8%上升到14.81%，提高6.0个百分点
      const fromTo = FROM_TO.exec(text.slice(a.end, b.start));
      const then = THEN_POINTS.exec(text.slice(b.end, change.start));
      if (fromTo && then && /[由从]\s*$/.test(text.slice(Math.max(0, a.start - 2), a.start))) {
        out.push({ change, from: a, to: b, rising: RISE.test(then[1] ?? fromTo[1]!) });
      }
    }
  }
  return out;
}

/**
 * How far back from the rates the sentence is read for its growth word and years: the longest such lead in the
 * development set and bench corpus is 42 characters. Unbounded, every average in a paragraph of thousands of
 * them without a full stop read the paragraph back to its start (quadratic).
 */
const AVERAGE_LEAD_LIMIT = 400;

export function findAverages(doc: PolicyDocument, mentions: readonly QuantityMention[]): AverageStatement[] {
  const out: AverageStatement[] = [];
  const sentences = doc.sentences;
  for (const [index, list] of bySentence(mentions)) {
    const sentence = sentences[index];
    if (!sentence) continue;
    for (let i = 2; i < list.length; i++) {
      const average = list[i]!;
      if (average.dimension !== 'percent' || !exact(average)) continue;
      const text = average.block.text;
      if (!AVERAGE_AFTER_RATES.test(text.slice(list[i - 1]!.end, average.start))) continue;
      // The rates: the run of figures joined by 、 和 just before, all written as growth.
      let first = i - 1;
      while (first > 0 && isJoined(list[first - 1]!, list[first]!)) first--;
      const rates = list.slice(first, i);
      if (rates.length < 2 || rates.some((r) => r.dimension !== 'percent' || !exact(r) || r.block !== average.block)) continue;
      const lead = text.slice(Math.max(sentence.start, rates[0]!.start - AVERAGE_LEAD_LIMIT), rates[0]!.start);
      if (!GROWTH.test(lead) || DECLINE.test(lead)) continue;
      // The rates are one per year of a stated span (2016-2018年 … 7.6%、9.6%、10.5%).
      const spans = findYearSpans(lead);
      const span = spans[spans.length - 1];
      if (!span || span.to - span.from + 1 !== rates.length) continue;
      out.push({ average, rates });
    }
  }
  return out;
}

function isJoined(a: QuantityMention, b: QuantityMention): boolean {
  return a.block === b.block && /^\s*(?:、|和|与|及)\s*$/.test(a.block.text.slice(a.end, b.start));
}

function lastClauseStop(text: string, before: number): number {
  for (let k = before - 1; k >= 0; k--) if (/[，,；;：:。]/.test(text[k]!)) return k;
  return -1;
}
