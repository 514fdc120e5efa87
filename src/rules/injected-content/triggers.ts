// The words without which a lexicon detector can find nothing, found for all detectors in one pass over a
// block: most blocks hold none, and then spam terms, calls to action, brands, contact channels and the prompt
// injection families are not looked for one lexicon at a time. A superset test: matching ignores case, and a
// word found inside a longer one still counts.
import type { PolicyDocument } from '../../document/document.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { FILLER_CODES, withoutFillers } from './fillers.js';
import { LOOKALIKE } from './altered-names.js';
import { LABEL_SEPARATORS } from './repeated-insertion.js';
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

/**
 * Kinds of character a block holds, found in the same pass and kept in its triggers above the trigger bits:
 * letters (an address needs them), fillers (withoutFillers changes the text only then), look-alike characters
 * (altered-names looks only where there is one), label separators (repeated insertions are glued to one). None of them is a filler, so what a block holds of them is
 * the same with or without its fillers.
 */
export const HOLDS = {
  letter: 1 << 10,
  filler: 1 << 11,
  lookalike: 1 << 12,
  /** A label separator (repeated-insertion.ts). */
  separator: 1 << 13,
} as const;
const CLASS_SHIFT = 10;
/** The kinds by code unit, as HOLDS bits shifted down into a byte. */
const CLASSES = new Uint8Array(0x10000);
for (const [from, to] of [[0x41, 0x5a], [0x61, 0x7a], [0xff21, 0xff3a], [0xff41, 0xff5a]] as const) {
  for (let c = from; c <= to; c++) CLASSES[c]! |= HOLDS.letter >> CLASS_SHIFT;
}
for (const c of FILLER_CODES) CLASSES[c]! |= HOLDS.filler >> CLASS_SHIFT;
for (let c = 0; c < 0x10000; c++) if (LOOKALIKE[c] === 1) CLASSES[c]! |= HOLDS.lookalike >> CLASS_SHIFT;
for (const c of LABEL_SEPARATORS) CLASSES[c.charCodeAt(0)]! |= HOLDS.separator >> CLASS_SHIFT;

function lexiconWords(): Map<string, number> {
  const words = new Map<string, number>();
  const add = (list: Iterable<string>, bit: number) => {
    for (const w of list) words.set(w.toLowerCase(), (words.get(w.toLowerCase()) ?? 0) | bit);
  };
  for (const category of Object.values(spamLexicon.categories)) add(Object.keys(category.terms), TRIGGER.spam);
  add(Object.keys(shapeLexicon.callsToAction), TRIGGER.callToAction);
  // A brand (signals.ts) is a suffix written right before an ending (娱乐官网): the pair, not the suffix alone
  // (国际, 体育 are everyday words), is what must occur.
  add(shapeLexicon.brandSuffixes.flatMap((s) => shapeLexicon.brandEndings.map((e) => s + e)), TRIGGER.brand);
  add(contactBait.channels, TRIGGER.contactChannel);
  add(promptInjection.anchors, TRIGGER.phrase);
  for (const [family, anchors] of Object.entries(promptInjection.familyAnchors)) {
    if (!(family in TRIGGER)) throw new Error(`prompt-injection.json: family ${family} has no trigger bit`);
    add(anchors, TRIGGER[family as keyof typeof TRIGGER]);
  }
  return words;
}

const MATCHER = new PhraseMatcher(lexiconWords(), true, CLASSES);

/** The triggers that occur in a text. */
export function triggersIn(text: string): number {
  let found = 0;
  MATCHER.visitAll(text, (bits) => (found |= bits));
  return found;
}

/** The triggers and a summary of the characters (HOLDS) of a text, in one pass. */
function triggersAndHolds(text: string): number {
  let found = 0;
  const holds = MATCHER.visitAllAndSummarise(text, (bits) => (found |= bits)) << CLASS_SHIFT;
  // Words split by fillers are read without them (rare: scanned again).
  return (holds & HOLDS.filler ? triggersIn(withoutFillers(text).text) : found) | holds;
}

/**
 * The triggers of each block (in the order of doc.blocks), found in its text as the detectors read it (without
 * fillers), with the HOLDS bits of the block.
 */
export function blockTriggers(doc: PolicyDocument): readonly number[] {
  return doc.analysis('injection-triggers', () => doc.blocks.map((b) => triggersAndHolds(b.text)));
}
