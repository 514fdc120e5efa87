// The words without which a lexicon detector can find nothing, found for all detectors in one pass over a
// block: most blocks hold none, and then spam terms, calls to action, brands, contact channels and the prompt
// injection families are not looked for one lexicon at a time. A superset test: matching ignores case, and a
// word found inside a longer one still counts.
import type { PolicyDocument } from '../../document/document.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { withoutFillers } from './fillers.js';
import spamLexicon from './spam-lexicon.json' with { type: 'json' };
import shapeLexicon from './shape-lexicon.json' with { type: 'json' };
import contactBait from './contact-bait.json' with { type: 'json' };
import promptInjection from './prompt-injection.json' with { type: 'json' };

export const TRIGGER = {
  spam: 1 << 0,
  callToAction: 1 << 1,
  brand: 1 << 2,
  contactChannel: 1 << 3,
  /** The prompt-injection families whose anchors are words; role markers have a pattern of their own. */
  phrase: 1 << 4,
  addressedToAI: 1 << 5,
  addressedToReviewer: 1 << 6,
  override: 1 << 7,
  verdict: 1 << 8,
  verdictOutput: 1 << 9,
} as const;
/** Every trigger: for text that was not scanned (raw HTML, hidden content), every detector runs. */
export const ALL_TRIGGERS = (1 << 10) - 1;

function lexiconWords(): Map<string, number> {
  const words = new Map<string, number>();
  const add = (list: Iterable<string>, bit: number) => {
    for (const w of list) words.set(w.toLowerCase(), (words.get(w.toLowerCase()) ?? 0) | bit);
  };
  for (const category of Object.values(spamLexicon.categories)) add(Object.keys(category.terms), TRIGGER.spam);
  add(Object.keys(shapeLexicon.callsToAction), TRIGGER.callToAction);
  add(shapeLexicon.brandSuffixes, TRIGGER.brand);
  add(contactBait.channels, TRIGGER.contactChannel);
  add(promptInjection.anchors, TRIGGER.phrase);
  for (const [family, anchors] of Object.entries(promptInjection.familyAnchors)) {
    if (!(family in TRIGGER)) throw new Error(`prompt-injection.json: family ${family} has no trigger bit`);
    add(anchors, TRIGGER[family as keyof typeof TRIGGER]);
  }
  return words;
}

const MATCHER = new PhraseMatcher(lexiconWords(), true);

/** The triggers that occur in a text. */
export function triggersIn(text: string): number {
  let found = 0;
  MATCHER.visitAll(text, (bits) => (found |= bits));
  return found;
}

/** The triggers of each block (in the order of doc.blocks), found in its text as the detectors read it (without fillers). */
export function blockTriggers(doc: PolicyDocument): readonly number[] {
  return doc.analysis('injection-triggers', () => doc.blocks.map((b) => triggersIn(withoutFillers(b.text).text)));
}
