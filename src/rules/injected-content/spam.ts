// Spam by lexicon: gambling, pornography, fraud and SEO terms. One term alone is rarely enough
// (扩大菠菜、白菜等蔬菜种植); a cluster of terms close together is (澳门和记娱乐场,菠菜导航网:).
import type { Block } from '../../document/block.js';
import type { HtmlFragment } from '../../document/markdown.js';
import type { LocalizedText } from '../../types.js';
import type { InjectionFinding } from './finding.js';
import { quoteOf } from './finding.js';
import { coveredByPhrase, PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';
import lexicon from './spam-lexicon.json' with { type: 'json' };
import { inWarning } from './warning.js';
import { withoutFillers } from './fillers.js';
import { TRIGGER } from './triggers.js';

interface Term {
  category: string;
  weight: number;
}

type Categories = Record<string, { label: LocalizedText; terms: Record<string, number> }>;
const CATEGORIES = lexicon.categories as Categories;

const matcher = new PhraseMatcher<Term>(
  Object.entries(CATEGORIES).flatMap(([category, c]) =>
    Object.entries(c.terms).map(([term, weight]): [string, Term] => [term, { category, weight }]),
  ),
);
const EXCEPT = new Set(lexicon.except);
const EXCEPT_LENGTHS = [...new Set(lexicon.except.map((e) => e.length))];

/** Terms closer than this (in characters, with no sentence end between) belong to one cluster. */
const MAX_GAP = 6;
const SPAM_SCORE = 2;
const SENTENCE_END = /[。！？!?\n]/;

export interface SpamCluster {
  start: number;
  end: number;
  category: string;
  label: LocalizedText;
}

/** Spam clusters in a text (offsets in it); fillers inside words (百\u200B家乐) are looked through. */
export function spamClusters(text: string): SpamCluster[] {
  const plain = withoutFillers(text);
  if (plain.text === text) return clustersIn(text);
  return clustersIn(plain.text).map((c) => {
    const [start, end] = plain.toOriginal(c.start, c.end);
    return { ...c, start, end };
  });
}

/** Spam terms in a text, legitimate words that contain one (娱乐场所, 体育彩票) left out. */
export function vocabularyHits(text: string): PhraseMatch<Term>[] {
  return matcher.matches(text).filter((h) => !coveredByPhrase(text, h.index, h.end, EXCEPT, EXCEPT_LENGTHS));
}

function clustersIn(text: string): SpamCluster[] {
  const hits = vocabularyHits(text);
  const out: SpamCluster[] = [];
  let group: PhraseMatch<Term>[] = [];
  const flush = () => {
    const score = group.reduce((s, h) => s + h.value.weight, 0);
    const counted = group.filter((h) => h.value.weight > 0);
    if (score >= SPAM_SCORE && counted.length > 0) {
      const main = counted.reduce((a, b) => (b.value.weight > a.value.weight ? b : a));
      const category = main.value.category;
      out.push({ start: group[0]!.index, end: group[group.length - 1]!.end, category, label: CATEGORIES[category]!.label });
    }
    group = [];
  };
  for (const h of hits) {
    const last = group[group.length - 1];
    if (last && (h.index - last.end > MAX_GAP || SENTENCE_END.test(text.slice(last.end, h.index)))) flush();
    group.push(h);
  }
  flush();
  return out;
}

/** Spam in prose blocks; `triggers` (triggers.ts, by block) skips the blocks that hold no spam term. */
export function findSpam(blocks: readonly Block[], triggers?: readonly number[]): InjectionFinding[] {
  const out: InjectionFinding[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (triggers && !(triggers[i]! & TRIGGER.spam)) continue;
    const block = blocks[i]!;
    for (const c of spamClusters(block.text)) {
      // A notice against gambling names what it warns about.
      if (inWarning(block.text, c.start, c.end)) continue;
      out.push({
        kind: 'spam',
        label: c.label,
        range: block.sourceRange(c.start, c.end),
        quote: quoteOf(block.text.slice(c.start, c.end)),
        properties: { category: c.category },
      });
    }
  }
  return out;
}

/** Spam in raw HTML of Markdown (a <div> the prose blocks do not include). */
export function findSpamInHtml(fragments: readonly HtmlFragment[]): InjectionFinding[] {
  const out: InjectionFinding[] = [];
  for (const fragment of fragments) {
    const base = fragment.range[0];
    for (const c of spamClusters(fragment.value)) {
      out.push({
        kind: 'spam',
        label: c.label,
        range: [base + c.start, base + c.end],
        quote: quoteOf(fragment.value.slice(c.start, c.end)),
        properties: { category: c.category },
      });
    }
  }
  return out;
}
