// Finds statements whose parts and total are both given: `A超300亿元，B超200亿元，总产值超过500亿元`
// (the total names the parts' head noun with 总) and `分别达到300亿元、200亿元，合计…`.
import { METRIC_WORDS } from '../../quantity/lexicon.js';
import type { QuantityMention } from '../../quantity/index.js';

export interface StatedSum {
  total: QuantityMention;
  parts: QuantityMention[];
  /** What the total is called, for messages (`总产值`, `合计`). */
  label: string;
}

const TOTAL_WORD = new RegExp(`(?:${METRIC_WORDS.totalWords.join('|')})(?:达到|达|为|实现|完成)?$`);
const SUMMABLE_QUALIFIERS = new Set(['plain', 'gt', 'ge', 'near', 'approx', 'more']);

/** Mentions of one statement (a sentence or a phase), in order → the sums stated in it. */
export function statedSums(sentence: readonly QuantityMention[]): StatedSum[] {
  const sums: StatedSum[] = [];
  for (let t = 0; t < sentence.length; t++) {
    const total = sentence[t]!;
    if (total.attributive || !SUMMABLE_QUALIFIERS.has(total.qualifier)) continue;
    const head = totalHead(total);
    const byWord = total.metricText !== null && TOTAL_WORD.test(total.metricText);
    if (head === null && !byWord) continue;
    // 分别…，合计 X: the total follows the list it sums; a total inside a list is one of several.
    if (head !== null && total.listed) continue;
    const parts: QuantityMention[] = [];
    for (let p = t - 1; p >= 0; p--) {
      const part = sentence[p]!;
      if (part.dimension !== total.dimension) continue;
      const fits = head !== null ? isPartOf(part, head) : part.listed && part.qualifier !== 'range';
      const sameYear = part.year === null || total.year === null || part.year === total.year;
      if (!fits || !sameYear || part.attributive || part.coarse || !SUMMABLE_QUALIFIERS.has(part.qualifier)) break;
      parts.unshift(part);
    }
    if (parts.length < 2) continue;
    // A 其中 between the parts and the total means the parts break down something else.
    const block = total.block.text;
    if (block.slice(parts[0]!.start, total.start).includes('其中')) continue;
    if (head !== null && new Set(parts.map((p) => p.metric)).size !== parts.length) continue;
    sums.push({ total, parts, label: head !== null ? `总${head}` : '合计' });
  }
  return sums;
}

/** `总产值` → `产值`; null unless the metric is exactly 总 + a known head noun. */
function totalHead(m: QuantityMention): string | null {
  if (!m.metric?.startsWith('总')) return null;
  const head = m.metric.slice(1);
  return METRIC_WORDS.totalHeads.includes(head) ? head : null;
}

/** A part names the head noun (`新材料产业产值`) and is not itself a total. */
function isPartOf(m: QuantityMention, head: string): boolean {
  const raw = m.metricText ?? '';
  return m.metric !== null && raw.includes(head) && !raw.includes(`总${head}`) && !raw.includes('总');
}
