// 加微信/QQ群/扫码 with a number or handle: spam that pulls readers to a private channel. A document's own
// contact section (联系方式, 联系人) may legitimately give such details.
import type { PolicyDocument } from '../../document/document.js';
import { quoteOf, type InjectionFinding } from './finding.js';
import { PhraseMatcher } from './phrase-matcher.js';
import data from './contact-bait.json' with { type: 'json' };
import { longestFirstAlternation } from '../../regexp.js';
import { blockTriggers, TRIGGER } from './triggers.js';

/** Channels are found with the one-pass matcher; the regular expression then only runs where one stands. */
const CHANNEL = new PhraseMatcher(data.channels.map((c): [string, true] => [c, true]));
/**
 * After the channel: 号/群, a separator, then a number of 5–12 digits or a handle with at least one
 * digit (WeChat IDs are letters and digits; a word like WeChat alone is no handle). Spaces before and after the
 * colon are read as `\s*(?:[:：]\s*)?`: `\s*[:：]?\s*` split a long run of spaces every way (quadratic).
 */
const AFTER_CHANNEL = new RegExp(
  `(?:号|群|群号|账号)?\\s*(?:[:：]\\s*)?(?:[1-9]\\d{4,11}(?!\\d)|[A-Za-z][-_A-Za-z0-9]{4,19}(?<=\\d[-_A-Za-z0-9]*))`,
  'y',
);
const CUE_BEFORE = new RegExp(`(?:${longestFirstAlternation(data.cues)})\\s*$`);
const CONTACT_SECTION = new RegExp(longestFirstAlternation(data.contactSections));
const LABEL = { zh: '引流联系方式', en: 'contact bait' };

/** Channel-and-handle pairs in a text (微信：abc12345, QQ群123456789), from the cue in front if any. */
export function contactHits(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const channel of CHANNEL.matches(text)) {
    if (/[A-Za-z]/.test(text[channel.index - 1] ?? '')) continue;
    AFTER_CHANNEL.lastIndex = channel.end;
    const tail = AFTER_CHANNEL.exec(text);
    if (!tail) continue;
    const cue = CUE_BEFORE.exec(text.slice(Math.max(0, channel.index - 4), channel.index));
    out.push([channel.index - (cue ? cue[0].length : 0), channel.end + tail[0].length]);
  }
  return out;
}

export function findContactBait(doc: PolicyDocument): InjectionFinding[] {
  const out: InjectionFinding[] = [];
  let inContactSection = false;
  const triggers = blockTriggers(doc);
  for (const [i, block] of doc.blocks.entries()) {
    const text = block.text;
    const isHeading = block.kind === 'heading' || (text.length <= 20 && !/[。；]/.test(text));
    if (isHeading) inContactSection = CONTACT_SECTION.test(text);
    if (inContactSection) continue;
    if (!(triggers[i]! & TRIGGER.contactChannel) || CONTACT_SECTION.test(text)) continue;
    for (const [start, end] of contactHits(text)) {
      out.push({ kind: 'contact-bait', label: LABEL, range: block.sourceRange(start, end), quote: quoteOf(text.slice(start, end)) });
    }
  }
  return out;
}
