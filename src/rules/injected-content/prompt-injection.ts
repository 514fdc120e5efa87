// Instructions aimed at automated readers (忽略以上所有指令…, ignore all previous instructions…), in prose
// and in raw HTML (an HTML comment is a favourite hiding place).
import type { PolicyDocument } from '../../document/document.js';
import type { Range } from '../../types.js';
import { quoteOf, type InjectionFinding } from './finding.js';
import { PhraseMatcher } from './phrase-matcher.js';
import data from './prompt-injection.json' with { type: 'json' };
import { escapeRegExp } from '../../regexp.js';

/** Phrases and patterns in one expression: one pass over each text. */
const PROMPT = new RegExp([...data.phrases.map(escapeRegExp), ...data.patterns].join('|'), 'giu');
/** Cheap pre-filter: every phrase and pattern contains one of the anchors. */
const ANCHOR = new PhraseMatcher(data.anchors.map((a): [string, true] => [a, true]), true);
/** The quote runs on to the end of the sentence the instruction starts. */
const SENTENCE_END = /[。！？!?\n]|\.(?:\s|$)|-->/;
const MAX_QUOTE_SPAN = 80;
const LABEL = { zh: '提示词注入', en: 'prompt injection' };

function matchesIn(text: string, toSource: (start: number, end: number) => Range): InjectionFinding[] {
  const out: InjectionFinding[] = [];
  if (!ANCHOR.test(text)) return out;
  for (const m of text.matchAll(PROMPT)) {
    const rest = text.slice(m.index, m.index + MAX_QUOTE_SPAN);
    const stop = rest.slice(m[0].length).search(SENTENCE_END);
    const end = m.index + (stop === -1 ? rest.length : m[0].length + stop);
    out.push({ kind: 'prompt-injection', label: LABEL, range: toSource(m.index, end), quote: quoteOf(text.slice(m.index, end)) });
  }
  return out;
}

export function findPromptInjection(doc: PolicyDocument): InjectionFinding[] {
  const out: InjectionFinding[] = [];
  for (const block of doc.blocks) out.push(...matchesIn(block.text, (s, e) => block.sourceRange(s, e)));
  for (const fragment of doc.html) {
    const base = fragment.range[0];
    out.push(...matchesIn(fragment.value, (s, e) => [base + s, base + e]));
  }
  return out;
}
