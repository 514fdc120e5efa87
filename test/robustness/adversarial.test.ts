// No catastrophic backtracking or quadratic loops: every built-in rule runs on adversarial inputs of
// 100 000 characters within a bound relative to a linear baseline on the same input (building the document,
// splitting its sentences and segmenting every block into words: what any rule may afford to do once).
import { beforeAll, describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/document/document.js';
import { lintText } from '../../src/engine/linter.js';
import { ADVERSARIAL, BUILTIN_RULES, fill, reportProblems, runRaw } from './hostile-text.js';

/**
 * A rule may cost this many baselines, plus a fixed allowance for timer noise on a shared 2-core machine (CI runs
 * two test files at once, and CLI tests start processes). The bounds catch what matters, a quadratic loop or a
 * backtracking regular expression (seconds to minutes at this size), without failing on a busy machine; timings
 * are the best of two runs, and a timing test is retried before it fails.
 */
const FACTOR = 10;
const ALLOWANCE_MS = 500;
const TIMING = { retry: 2 };

/**
 * Known super-linear rules, as `rule-id: input name` (none at present): expected failures until their authors
 * fix them; an `it.fails` that starts passing tells them to move the case back.
 */
const KNOWN_SLOW = new Set<string>([]);

/** The document as the linter builds it: markup nested too deep for the parser is read as plain text. */
async function documentFor(text: string, filename: string): Promise<PolicyDocument> {
  try {
    return await PolicyDocument.load(text, filename);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return await PolicyDocument.load(text, filename, { format: 'text' });
  }
}

async function baselineMs(text: string, filename: string): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const doc = await documentFor(text, filename);
    void doc.sentences;
    for (const block of doc.blocks) doc.words(block);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

async function ruleMs(id: string, text: string, filename: string): Promise<number> {
  const rule = BUILTIN_RULES.find(([i]) => i === id)![1];
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const doc = await documentFor(text, filename);
    const started = performance.now();
    const reports = runRaw(rule, doc);
    best = Math.min(best, performance.now() - started);
    expect(reportProblems(rule, text, reports)).toEqual([]);
  }
  return best;
}

describe.each(ADVERSARIAL)('100 000 characters: %s', (name, text, filename) => {
  let baseline = 0;
  let bound = 0;
  beforeAll(async () => {
    baseline = await baselineMs(text, filename);
    bound = FACTOR * baseline + ALLOWANCE_MS;
  });

  it('the document model itself is linear: a quarter of the input takes about a quarter of the time', TIMING, async () => {
    // Linear: 4× the input, about 4× the time; quadratic would be 16×.
    const quarter = await baselineMs(text.slice(0, text.length / 4), filename);
    expect(await baselineMs(text, filename)).toBeLessThan(8 * quarter + ALLOWANCE_MS);
  });

  for (const [id] of BUILTIN_RULES) {
    const test = KNOWN_SLOW.has(`${id}: ${name}`) ? it.fails : it;
    test(`${id} within ${FACTOR}× the baseline`, TIMING, async () => {
      expect(await ruleMs(id, text, filename)).toBeLessThan(bound);
    });
  }
});

describe('100 000 characters: runs of characters whose meaning depends on their line or run', () => {
  // Each one used to look at its whole line (or run) again: 20 000 × U+202E took 4 s, 25 000 Hangul fillers 12 s.
  it.each([
    ['bidi controls (U+202E)', '\u202e'],
    ['Hangul fillers (U+3164)', '\u3164'],
    ['tag characters (U+E0067)', '\u{e0067}'],
  ])('injected-content: %s within the bound', TIMING, async (_name, unit) => {
    const text = fill(unit);
    const bound = FACTOR * (await baselineMs(text, 'a.txt')) + ALLOWANCE_MS;
    expect(await ruleMs('injected-content', text, 'a.txt')).toBeLessThan(bound);
  });
});

describe('a paragraph of thousands of statements without a full stop: each rule grows linearly', () => {
  // Each statement used to read back to the sentence start (its lead, its result words) or on to the paragraph
  // end (the parts of every total): quadratic, and 共三项：A、B、C repeated ran out of memory at 200 000 characters.
  // Growth, not a bound: eight times the input, at most 16× the time and an allowance (quadratic would be 64×;
  // at 4× the input, 8× against quadratic 16× let a slow first run of the smaller input hide a quadratic rule).
  it.each<[string, string, string, number?]>([
    ['phase-total', 'totals broken down after a colon', '共三项：A、B、C，'],
    ['phase-total', 'totals that count the figures before them', '以上三项合计180亿元，'],
    ['share-consistency', 'growth between two levels', '从300亿元增至400亿元，增长33.3%，'],
    // Cheap per character read, so the quadratic term shows only above 200 000 characters (0.13 → 2.8 → 9.8 s at
    // 25 000, 200 000 and 400 000 before the fix).
    ['goal-consistency', 'dated goals', '2025年GDP达到100亿元，比2020年增长50%，', 400_000],
    // Each placeholder was checked against all those taken before it, and read its sentence back and forth.
    ['placeholder', 'notes to the drafter', '【待补充】'],
    ['placeholder', 'blank place names', 'XX市，'],
    // Each count followed by 一是 searched the paragraph to its end for the ordinals it lacks and for the sentence end.
    ['count-mismatch', 'counts listed by ordinals', '两个方面：一是，二是，'],
    // Each yearly average read its sentence back to the start for the growth word and the years of its rates.
    ['share-consistency', 'yearly averages of rates', '2016-2018年增长1%、2%、3%，年均2%，'],
    // Each closing mark searched (and spliced) the list of all marks still open before it.
    ['range-format', 'marks that never close', '“发展（改革】'],
  ])('%s: %s', TIMING, async (id, _name, unit, size = 200_000) => {
    const eighth = await ruleMs(id, fill(unit, size / 8), 'a.txt');
    expect(await ruleMs(id, fill(unit, size), 'a.txt')).toBeLessThan(16 * eighth + ALLOWANCE_MS);
  });
});

describe('thousands of paragraphs, headings or lines: each rule grows linearly', () => {
  // Each one used to read the document from its start (a pattern ending in `$` on all the text before it) or
  // back over all earlier ones. Growth, as above: 8× the input, at most 16× the time and an allowance.
  it.each([
    // A pattern ending in `$` tried from every line break before each residue line between paragraphs.
    ['web-residue', 'residue lines between paragraphs', '返回顶部\n\n发展经济。\n\n', 'a.md'],
    // Each restarting 一、 copied all the items after it; each item with no parent looked for its missing first
    // marker from the document start; each 三、 looked through every sub-list an earlier 一、 opened.
    ['heading-sequence', 'headings that all restart at 一、', '# 一、总则\n\n', 'a.md'],
    ['heading-sequence', 'items after headings of their own, none numbered 一、', '# 总则\n\n二、发展\n\n', 'a.md'],
    ['heading-sequence', 'sub-lists opened by 一、 and never resumed', '一、\n三、\n', 'a.txt'],
  ])('%s: %s', TIMING, async (id, _name, unit, filename) => {
    const eighth = await ruleMs(id, fill(unit, 25_000), filename);
    expect(await ruleMs(id, fill(unit, 200_000), filename)).toBeLessThan(16 * eighth + ALLOWANCE_MS);
  });
});

describe('Markdown nested deeper than the parser can go', () => {
  it('10 000 nested blockquotes: linted as plain text with a warning, not a crash', async () => {
    const text = fill('> ', 20_000) + '培育发展发展';
    const r = await lintText(text, { filePath: 'deep.md', config: { rules: { 'duplicated-word': 'error' } } });
    const fileMessages = r.messages.filter((m) => m.ruleId === null);
    expect(fileMessages.map((m) => [m.severity, m.message.replace(/（.*）/, '')])).toEqual([[1, '标记嵌套过深，无法解析，已按纯文本检查']]);
    expect(r.messages.some((m) => m.ruleId === 'duplicated-word')).toBe(true);
  });
});
