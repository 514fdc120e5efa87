// Text whose paragraph breaks were lost: a whole report exported as one line, its paragraphs separated only by
// spaces, U+3000 or U+2003 (　　现在，我代表… 　　一、2019年工作回顾 　　过去一年…). Rules that work on
// paragraphs (headings, numbering, duplicated passages) need them back; the spans keep pointing into the line.

/** Shorter lines are ordinary paragraphs, whatever spacing they contain. */
const MIN_FLATTENED = 300;
/** A line is flattened when at least this many gaps follow the end of a sentence. */
const MIN_SENTENCE_GAPS = 3;

const GAP = /[ \t\u00a0\u2003\u3000]+/g;
const SENTENCE_END = /[。！？；：!?]/;
const CLOSER = /[”’」』）)]/;
const CJK = /[\u3400-\u9fff]/;
const MIN_BRACKETED = 5;
/** Where a new paragraph may start after a plain CJK-to-CJK gap: prose, numbering or a dash. */
const PARAGRAPH_START = /[\u3400-\u9fff（(“—一二三四五六七八九十]/;

/** Start and end offsets (within `line`) of the paragraphs of a flattened line; one span for any other line. */
export function paragraphSpans(line: string): [number, number][] {
  const whole: [number, number][] = [[0, line.length]];
  if (line.length < MIN_FLATTENED) return whole;
  const cuts: [number, number][] = [];
  let sentenceGaps = 0;
  let tokenStart = 0;
  const gaps = [...line.matchAll(GAP)];
  gaps.forEach((m, k) => {
    const at = m.index;
    const end = at + m[0].length;
    if (at === 0 || end >= line.length) return;
    const nextToken = (gaps[k + 1]?.index ?? line.length) - end;
    const afterSentence = endsSentence(line, at);
    if (afterSentence) sentenceGaps++;
    if (afterSentence || isParagraphGap(line, m[0], at, end, tokenStart, nextToken)) cuts.push([at, end]);
    tokenStart = end;
  });
  if (sentenceGaps < MIN_SENTENCE_GAPS) return whole;
  const spans: [number, number][] = [];
  let start = 0;
  while (start < line.length && /\s/.test(line[start]!)) start++;
  for (const [at, end] of cuts) {
    if (at > start) spans.push([start, at]);
    start = end;
  }
  let last = line.length;
  while (last > start && /\s/.test(line[last - 1]!)) last--;
  if (last > start) spans.push([start, last]);
  return spans;
}

function endsSentence(line: string, at: number): boolean {
  const before = line[at - 1]!;
  if (SENTENCE_END.test(before)) return true;
  return CLOSER.test(before) && at >= 2 && SENTENCE_END.test(line[at - 2]!);
}

/**
 * A gap that does not follow a sentence end still separates paragraphs after a heading (一、2023年工作回顾 过去一年…)
 * when it is wide (two characters or more) or lies between two words of Chinese; a single space between one
 * character and the next (a name spaced out, 龚 正) or next to Latin letters and digits does not.
 */
function isParagraphGap(line: string, gap: string, at: number, end: number, tokenStart: number, nextToken: number): boolean {
  const before = line[at - 1]!;
  const after = line[end]!;
  if (!PARAGRAPH_START.test(after)) return false;
  // A closing bracket ends a paragraph of its own ((上接第4版)), not a numbering marker ((一) is three characters).
  if (!CJK.test(before) && !(/[)）]/.test(before) && at - tokenStart >= MIN_BRACKETED)) return false;
  if (gap.length >= 2) return true;
  return at - tokenStart >= 2 && nextToken >= 2 && gap !== '\u3000';
}
