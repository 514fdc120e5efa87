// Runs the shape decision (shape.ts) over what readers see: the prose blocks and, in Markdown, raw HTML
// elements (a <div> of links the prose blocks leave out). Hidden content is judged in hidden-content.ts and
// hidden-markup.ts, with the hiding as one more signal.
import type { PolicyDocument } from '../../document/document.js';
import type { InjectionFinding } from './finding.js';
import { findShapeSpam, hanBigrams } from './shape.js';
import { blockTriggers } from './triggers.js';
import { mayHoldSignals } from './signals.js';

const bigramsOf = new WeakMap<PolicyDocument, Set<number>>();

/** The document's Han bigrams, computed once per document. */
export function documentBigrams(doc: PolicyDocument): Set<number> {
  let set = bigramsOf.get(doc);
  if (!set) bigramsOf.set(doc, (set = hanBigrams(doc.blocks.map((b) => b.text).join('\n'))));
  return set;
}

export function findShapeSpamInDocument(doc: PolicyDocument, domains: readonly string[]): InjectionFinding[] {
  const out: InjectionFinding[] = [];
  const bigrams = () => documentBigrams(doc);
  const triggers = blockTriggers(doc);
  doc.blocks.forEach((block, i) => {
    if (!mayHoldSignals(block.text, triggers[i]!)) return;
    out.push(...findShapeSpam(block.text, (s, e) => block.sourceRange(s, e), domains, { bigrams, triggers: triggers[i] }));
  });
  for (const fragment of doc.html) {
    if (/^\s*<!--/.test(fragment.value) || fragment.inline) continue;
    const base = fragment.range[0];
    out.push(...findShapeSpam(fragment.value, (s, e) => [base + s, base + e], domains));
  }
  return out;
}
