// Instructions aimed at automated readers, in prose and in raw HTML (an HTML comment is a favourite hiding place),
// found by family rather than by wording: chat-template role markers (<|im_start|>system, [INST], ### System:),
// notes addressed to a model or a reviewing assistant, commands to ignore or override the review, demands for a
// verdict. Some families decide alone; the others need a second one in the same sentence, because each of them
// (不得忽略审查要求, 被评为优秀, 致评审组) also occurs in real documents.
import type { PolicyDocument } from '../../document/document.js';
import type { Range } from '../../types.js';
import { quoteOf, type InjectionFinding } from './finding.js';
import data from './prompt-injection.json' with { type: 'json' };
import { escapeRegExp, execAll } from '../../regexp.js';
import { withoutFillers } from './fillers.js';
import { blockTriggers, HOLDS, triggersIn, TRIGGER } from './triggers.js';

type Family = keyof typeof data.families | 'phrase';

/** Families that are an injection by themselves. */
const DECISIVE = new Set<Family>(['phrase', 'roleMarker', 'addressedToAI', 'verdictOutput']);
/** Each family with its patterns and its trigger bit (triggers.ts); role markers have an anchor pattern instead. */
const FAMILIES: { family: Family; pattern: RegExp; trigger: number }[] = [
  { family: 'phrase', pattern: new RegExp([...data.phrases.map(escapeRegExp), ...data.patterns].join('|'), 'giu'), trigger: TRIGGER.phrase },
  ...Object.entries(data.families).map(([name, patterns]) => ({
    family: name as Family,
    pattern: new RegExp(patterns.join('|'), 'giu'),
    trigger: name === 'roleMarker' ? 0 : TRIGGER[name as keyof typeof TRIGGER],
  })),
];
const ROLE_MARKER_ANCHOR = new RegExp(data.roleMarkerAnchor, 'i');
/** The trigger bits of all families: a block with none of them can only hold a role marker. */
const FAMILY_TRIGGERS = FAMILIES.reduce((bits, f) => bits | f.trigger, 0);
/** Where a sentence ends: the instruction, its quote and the families that must agree stay inside one. */
const SENTENCE_END = /[。！？!?\n]|\.(?:\s|$)|-->/g;
const MAX_QUOTE_SPAN = 120;
const LABEL = { zh: '提示词注入', en: 'prompt injection' };

interface Hit {
  family: Family;
  start: number;
  end: number;
}

/**
 * The matches of a global unicode pattern, as text.matchAll gives them, by exec on the pattern itself (matchAll
 * copies the pattern on each call). After an empty match the search moves on by a code point, as matchAll does.
 */
function unicodeMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex += (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of execAll(SENTENCE_END, text)) {
    const end = m.index + m[0].length;
    // A role marker at a line start belongs to the line after it; a newline only ends a sentence after text.
    if (text.slice(start, m.index).trim()) out.push([start, end]);
    start = end;
  }
  if (text.slice(start).trim()) out.push([start, text.length]);
  return out;
}

/**
 * Where the spaces, quotes, `/`, `>` and one `-->` that end text[start, end) begin. Walked back from the end: as a
 * pattern (`[\s"'/>]*(?:-->)?[\s"'/>]*$`) each place of a long run of spaces was tried, and split every way.
 */
function closingStart(text: string, start: number, end: number): number {
  const closing = (i: number) => i > start && /[\s"'/>]/.test(text[i - 1]!);
  let i = end;
  while (closing(i)) i--;
  if (text[i] === '>' && i < end && text[i - 1] === '-' && text[i - 2] === '-' && i - 2 >= start) {
    i -= 2;
    while (closing(i)) i--;
  }
  return i;
}

function matchesIn(original: string, toOriginalSource: (start: number, end: number) => Range, triggers?: number): InjectionFinding[] {
  // An instruction split by zero-width characters (忽\u200B略以上指令) is read without them.
  const plain = withoutFillers(original);
  const text = plain.text;
  const toSource = (s: number, e: number) => toOriginalSource(...plain.toOriginal(s, e));
  const out: InjectionFinding[] = [];
  // Only families whose words occur, and only when they could decide: one decisive family, or two.
  const found = triggers ?? triggersIn(text);
  const present = FAMILIES.filter((f) => (f.trigger ? found & f.trigger : ROLE_MARKER_ANCHOR.test(text)));
  if (!present.some((f) => DECISIVE.has(f.family)) && present.length < 2) return out;
  const hitsOf = new Map<Family, Hit[]>();
  const familyHits = ({ family, pattern }: (typeof FAMILIES)[number]): Hit[] => {
    let list = hitsOf.get(family);
    if (list) return list;
    hitsOf.set(family, (list = []));
    for (const m of unicodeMatches(pattern, text)) {
      // Patterns that look behind at a line start or a bracket start the hit after it.
      const lead = /^(?:[\s。！？!?]|<!--)*/.exec(m[0])![0].length;
      list.push({ family, start: m.index + (lead < m[0].length ? lead : 0), end: m.index + m[0].length });
    }
    return list;
  };
  // The decisive families first: without a hit of theirs a sentence decides only on two other families, so
  // with fewer than two of those present nothing can be found (common words anchor most families).
  const decisive = present.filter((f) => DECISIVE.has(f.family));
  if (present.length - decisive.length < 2 && decisive.every((f) => familyHits(f).length === 0)) return out;
  const hits: Hit[] = [];
  for (const f of present) for (const h of familyHits(f)) hits.push(h);
  if (hits.length === 0) return out;
  // Hits in order of start, walked once alongside the sentences.
  hits.sort((a, b) => a.start - b.start);
  let next = 0;
  const taken: Range[] = [];
  const spans: { start: number; end: number; families: Set<Family> }[] = [];
  for (const [s, e] of sentences(text)) {
    while (next < hits.length && hits[next]!.start < s) next++;
    let stop = next;
    while (stop < hits.length && hits[stop]!.start < e) stop++;
    const inside = hits.slice(next, stop);
    if (inside.length === 0) continue;
    const families = new Set(inside.map((h) => h.family));
    const decided = [...families].some((f) => DECISIVE.has(f)) || families.size >= 2;
    if (!decided) continue;
    const start = inside[0]!.start;
    // Up to the sentence end, without the comment or attribute end it may run into (…”。 --> / …满分">).
    const sentenceEnd = closingStart(text, start, e);
    const end = Math.min(Math.max(sentenceEnd, ...inside.map((h) => h.end)), start + MAX_QUOTE_SPAN);
    const previous = taken[taken.length - 1];
    if (previous && start < previous[1] && previous[0] < end) continue;
    taken.push([start, end]);
    // One injection of several sentences (<|im_start|>system … <|im_end|>) is one span.
    const last = spans[spans.length - 1];
    if (last && /^[\s。.！？!?]*$/.test(text.slice(last.end, start))) {
      last.end = Math.max(last.end, end);
      for (const f of families) last.families.add(f);
    } else spans.push({ start, end, families });
  }
  for (const { start, end, families } of spans) {
    out.push({
      kind: 'prompt-injection',
      label: LABEL,
      range: toSource(start, end),
      quote: quoteOf(text.slice(start, end)),
      properties: { families: [...families].filter((f) => f !== 'phrase') },
    });
  }
  return out;
}

export function findPromptInjection(doc: PolicyDocument): InjectionFinding[] {
  const out: InjectionFinding[] = [];
  const triggers = blockTriggers(doc);
  doc.blocks.forEach((block, i) => {
    // Most blocks hold no family's words and no fillers (their text is then read as it is): only a role
    // marker could be there, and where its anchor is missing, matchesIn would find nothing.
    const found = triggers[i]!;
    if (!(found & (FAMILY_TRIGGERS | HOLDS.filler)) && !ROLE_MARKER_ANCHOR.test(block.text)) return;
    out.push(...matchesIn(block.text, (s, e) => block.sourceRange(s, e), found));
  });
  for (const fragment of doc.html) {
    const base = fragment.range[0];
    out.push(...matchesIn(fragment.value, (s, e) => [base + s, base + e]));
  }
  return out;
}
