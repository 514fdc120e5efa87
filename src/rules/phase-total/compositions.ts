// Shares of one whole that must add up to 100%: a composition written as a ratio (`三次产业结构为5.2:39.1:57.4`)
// or as percentages of the whole's named components (`一、二、三产业增加值占比分别为5.2%、39.1%、57.4%`).
// Only wholes split into all their parts are read: 三次产业 has exactly three; shares of some sectors do not add up.
import type { PolicyDocument } from '../../document/document.js';
import type { QuantityMention } from '../../quantity/index.js';
import { findRatioRuns } from '../../quantity/ratios.js';
import type { Range } from '../../types.js';
import words from './words.json' with { type: 'json' };

export interface CompositionTerm {
  value: number;
  precision: number;
  range: Range;
  surface: string;
}

export interface Composition {
  terms: CompositionTerm[];
  range: Range;
  /** The whole as written before the terms (`三次产业结构`). */
  label: string;
}

const alt = (list: readonly string[]): string => list.join('|');
const WHOLE = new RegExp(alt(words.compositionWholes));
const SHARE_NOUN = new RegExp(alt(words.compositionNouns));
const LEAD_CHARS = 24;
/** `占全省同行业的比重`: shares of other wholes (one per part) need not add up to 100. */
const OTHER_WHOLE = /占(?:全[省国市区县]|同)(?![^，。；]{0,6}(?:生产总值|GDP))/;

export function findCompositions(doc: PolicyDocument, mentions: readonly QuantityMention[]): Composition[] {
  const out: Composition[] = [];
  for (const block of doc.blocks) {
    for (const run of findRatioRuns(block.text)) {
      const near = block.text.slice(Math.max(0, run.start - LEAD_CHARS * 2), run.start);
      const lead = near.slice(Math.max(near.lastIndexOf('。'), near.lastIndexOf('；')) + 1);
      if (!SHARE_NOUN.test(lead) || !WHOLE.test(lead) || OTHER_WHOLE.test(lead)) continue;
      const sum = run.terms.reduce((s, t) => s + t.value, 0);
      // 1:2:7 is a ratio of small numbers, not percentages of a whole.
      if (sum < 90 || sum > 110) continue;
      out.push({
        label: labelOf(lead),
        range: block.sourceRange(run.start, run.end),
        terms: run.terms.map((t) => ({ value: t.value, precision: t.precision, range: block.sourceRange(t.start, t.end), surface: block.text.slice(t.start, t.end) })),
      });
    }
  }
  // Percentages listed together (、 or 分别), led by a whole with a fixed set of parts and a share noun.
  for (let i = 0; i < mentions.length; ) {
    const first = mentions[i]!;
    let j = i + 1;
    while (j < mentions.length && joined(mentions[j - 1]!, mentions[j]!)) j++;
    const run = mentions.slice(i, j);
    i = j;
    if (run.length !== 3 || run.some((m) => m.dimension !== 'percent' || m.qualifier !== 'plain' || m.coarse)) continue;
    const text = first.block.text;
    const lead = text.slice(Math.max(0, first.start - LEAD_CHARS * 2), first.start);
    const sentenceLead = lead.slice(Math.max(lead.lastIndexOf('。'), lead.lastIndexOf('；')) + 1);
    if (!WHOLE.test(sentenceLead) || !SHARE_NOUN.test(sentenceLead) || OTHER_WHOLE.test(sentenceLead)) continue;
    if (/增长|增速|增幅|拉动|贡献/.test(sentenceLead)) continue;
    out.push({
      label: labelOf(sentenceLead),
      range: first.block.sourceRange(first.start, run[run.length - 1]!.end),
      terms: run.map((m) => ({ value: m.value, precision: m.precision, range: m.range, surface: m.surface })),
    });
  }
  return out;
}

/** Figures given together in one clause: `A、B、C` or `A，B，C` after 分别. */
function joined(a: QuantityMention, b: QuantityMention): boolean {
  if (a.block !== b.block || !b.listed) return false;
  return /^\s*(?:、|和|与|及|，|,)\s*$/.test(a.block.text.slice(a.end, b.start));
}

function labelOf(lead: string): string {
  const m = WHOLE.exec(lead);
  if (!m) return '';
  const tail = lead.slice(m.index + m[0].length);
  const noun = SHARE_NOUN.exec(tail);
  return m[0] + (noun && noun.index <= 6 ? tail.slice(0, noun.index + noun[0].length) : '');
}
