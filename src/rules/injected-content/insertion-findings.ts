// Merges the two views of the same injected text: a repeated insertion that is itself spam is
// reported once per occurrence as spam (the more specific kind), with the number of occurrences.
import type { Block } from '../../document/block.js';
import type { HtmlFragment } from '../../document/markdown.js';
import { overlaps, quoteOf, type InjectionFinding } from './finding.js';
import { findInsertions } from './repeated-insertion.js';
import { findSpam, findSpamInHtml, spamClusters } from './spam.js';

const INSERTION_LABEL = { zh: '在多处重复插入的外来文字', en: 'foreign text inserted in many places' };

export function findInsertionsAndSpam(
  blocks: readonly Block[],
  html: readonly HtmlFragment[],
  spam: boolean,
  repeated: boolean,
): InjectionFinding[] {
  const out: InjectionFinding[] = [];
  for (const ins of findInsertions(blocks)) {
    const cluster = spamClusters(ins.text)[0];
    if (cluster ? !spam : !repeated) continue;
    for (const o of ins.occurrences) {
      out.push({
        kind: cluster ? 'spam' : 'repeated-insertion',
        label: cluster?.label ?? INSERTION_LABEL,
        range: o.block.sourceRange(o.start, o.end),
        quote: quoteOf(ins.text),
        properties: { ...(cluster ? { category: cluster.category } : {}), occurrences: ins.occurrences.length },
      });
    }
  }
  if (spam) {
    const taken = out.map((f) => f.range);
    out.push(...findSpam(blocks).filter((f) => !taken.some((r) => overlaps(r, f.range))));
    out.push(...findSpamInHtml(html));
  }
  return out;
}
