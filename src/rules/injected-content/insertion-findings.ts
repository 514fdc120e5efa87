// Merges the two views of the same injected text: a repeated insertion that is itself spam is
// reported once per occurrence as spam (the more specific kind), with the number of occurrences.
import type { PolicyDocument } from '../../document/document.js';
import { overlaps, quoteOf, type InjectionFinding } from './finding.js';
import { findInsertions, type Insertion } from './repeated-insertion.js';
import { findSpam, findSpamInHtml, spamClusters } from './spam.js';
import { blockTriggers, HOLDS } from './triggers.js';

const INSERTION_LABEL = { zh: '在多处重复插入的外来文字', en: 'foreign text inserted in many places' };

/** A place name: a few characters and the kind of place (开平市, 台山县, 月山镇). */
const NAME = /^\p{Script=Han}{1,5}?[省市县区镇乡州旗]/u;
const GENERIC = /^[全本各该我此][省市县区镇乡州旗]|^[省市县区镇乡州旗]/u;

/**
 * The name the insertion took the place of, where the document shows it: at some places the label stands in
 * front of the name (…导航网:开平市人民政府), at others the name is gone (…导航网:先进制造业发展规划).
 */
function replacedName(ins: Insertion): string | null {
  const counts = new Map<string, number>();
  for (const o of ins.occurrences) {
    const name = NAME.exec(o.block.text.slice(o.end, o.end + 6))?.[0];
    // 全市, 本县 … refer to the place; they are no name.
    if (name && !GENERIC.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 && best[1] < ins.occurrences.length ? best[0] : null;
}

export function findInsertionsAndSpam(doc: PolicyDocument, spam: boolean, repeated: boolean): InjectionFinding[] {
  const blocks = doc.blocks;
  const out: InjectionFinding[] = [];
  const triggers = blockTriggers(doc);
  for (const ins of findInsertions(blocks, (i) => (triggers[i]! & HOLDS.separator) !== 0)) {
    const cluster = spamClusters(ins.text)[0];
    if (cluster ? !spam : !repeated) continue;
    const replaced = replacedName(ins);
    const base = cluster?.label ?? INSERTION_LABEL;
    const label = replaced ? { zh: `${base.zh}，疑似顶替了“${replaced}”`, en: `${base.en}, apparently in place of “${replaced}”` } : base;
    for (const o of ins.occurrences) {
      out.push({
        kind: cluster ? 'spam' : 'repeated-insertion',
        label,
        range: o.block.sourceRange(o.start, o.end),
        quote: quoteOf(ins.text),
        properties: { ...(cluster ? { category: cluster.category } : {}), occurrences: ins.occurrences.length, ...(replaced ? { replaced } : {}) },
      });
    }
  }
  if (spam) {
    const taken = out.map((f) => f.range);
    out.push(...findSpam(blocks, blockTriggers(doc)).filter((f) => !taken.some((r) => overlaps(r, f.range))));
    out.push(...findSpamInHtml(doc.html));
  }
  return out;
}
