// duplicated-word: a word typed twice (培育发展发展, 企业企业, 的的, the the). Legitimate reduplication
// (层层 常常 扎扎实实 村村通) is kept in reduplication.json and extended with the option `allow`.
import type { Block } from '../../document/block.js';
import { pieceEnd, segmentWords } from '../../document/segmentation.js';
import type { Range, Rule, RuleContext } from '../../types.js';
import { AllowList } from './allow-list.js';
import { isWordChar, visitRepeatCandidates, type CandidateVisitor, type RepeatCandidate } from './repeat-scan.js';
import { isStructure } from './structures.js';
import { tokenRepeats, type Repeat } from './token-repeats.js';
import data from './reduplication.json' with { type: 'json' };

interface Options {
  allow: string[];
}

const COLLOQUIAL_VERBS = new Set(data.colloquialVerbs);
const PARTICLE_LIST = data.neverDoubledParticles;
const PARTICLES = new Set(PARTICLE_LIST);
const COMPOUND_HEADS = new Set(data.compoundHeads);

/** 集体经济组织组织开展: a compound noun ending in a word that is also the verb that follows it. */
function isNounThenVerb(text: string, r: Repeat): boolean {
  return COMPOUND_HEADS.has(r.unit) && r.start > 0 && isWordChar(text.charCodeAt(r.start - 1));
}

/**
 * Long blocks are scanned in chunks of about this many characters (cut after a sentence end, comma or space),
 * each read with OVERLAP more so that a repeat across a cut is seen: memory stays bounded by the chunk, where a
 * 24 MB line of one repeated character made millions of candidates and words at once and exhausted the heap.
 */
const CHUNK = 32 * 1024;
const OVERLAP = 1024;

/** The allow list with a configuration's own entries, built once per distinct list, not once per file. */
const allowLists = new Map<string, AllowList>();
function allowListFor(own: readonly string[]): AllowList {
  const key = own.join('\n');
  let list = allowLists.get(key);
  if (!list) allowLists.set(key, (list = new AllowList([...data.allow, ...own])));
  return list;
}

/** Repeats in one block, chunk by chunk, in order of start, in block offsets. */
function* blockRepeats(block: Block, allow: AllowList): Generator<Repeat> {
  const text = block.text;
  let reachedBefore = -1;
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start, CHUNK);
    const chunk = start === 0 && end === text.length ? text : text.slice(start, Math.min(text.length, end + OVERLAP));
    let reached = reachedBefore;
    for (const r of findRepeats(chunk, block, start, allow)) {
      // Repeats that start in the overlap belong to the next chunk; one overlapping an earlier chunk's is dropped.
      if (r.start >= end || r.start < reachedBefore) continue;
      reached = Math.max(reached, r.end);
      yield r;
    }
    reachedBefore = reached;
    start = end;
  }
}

/** Repeats in `text` (block text from `offset`), from the cheap scan, then (only where needed) from its words. */
function findRepeats(text: string, block: Block, offset: number, allow: AllowList): Repeat[] {
  const repeats: Repeat[] = [];
  // Candidates only decide two things: doubled particles (each one a finding) and whether any other repeat
  // needs the words. The allow list is consulted for those alone: on a run of one repeated character every
  // position is a candidate, and checking each was most of the time spent.
  const visitor: CandidateVisitor = {
    particlesOnly: false,
    found(start, unit, gap) {
      // A doubled particle (我的的书) is a slip however the segmenter splits it.
      const particle = unit === 1 && gap === 0 && PARTICLES.has(text[start]!);
      if (!particle && (visitor.particlesOnly || !needsWords({ start, unit, gap }))) return;
      if (allow.covers(text, start, start + 2 * unit + gap)) return;
      if (particle) {
        const r = { start, mid: start + 1, second: start + 1, end: start + 2, unit: text[start]! };
        if (!isStructure(text, r)) repeats.push(r);
      }
      else visitor.particlesOnly = true; // the words will be read: longer candidates need not be listed
    },
  };
  visitRepeatCandidates(text, PARTICLE_LIST, visitor);
  const wordsNeeded = visitor.particlesOnly;
  if (wordsNeeded) {
    const taken = new TakenRanges(repeats);
    // Segmented here, not through the cached doc.words(): no other rule needs words, and keeping them on the
    // document held about 2.7 bytes of Word objects per byte of text until the end of the run.
    for (const r of tokenRepeats(segmentWords(text))) {
      if (!allow.covers(text, r.start, r.end) && !isStructure(text, r) && !taken.overlaps(r)) {
        repeats.push(r);
        taken.add(r);
      }
    }
  }
  return repeats
    .filter((r) => !isNounThenVerb(text, r))
    .map((r) => (offset === 0 ? r : { ...r, start: r.start + offset, mid: r.mid + offset, second: r.second + offset, end: r.end + offset }))
    .filter((r) => !block.crossesBoundary(r.start, r.end))
    .sort((a, b) => a.start - b.start);
}

/**
 * Ranges already reported, for queries that come in order of start (token repeats do): a token repeat
 * overlaps an earlier token repeat exactly when it starts before the furthest end seen so far, and the
 * particle repeats (in any order) are merged into sorted disjoint ranges walked with one pointer. Linear,
 * where comparing each repeat with all earlier ones was quadratic on a long run of one word.
 */
class TakenRanges {
  private readonly merged: [number, number][] = [];
  private next = 0;
  private furthestEnd = -1;

  constructor(fixed: readonly Repeat[]) {
    const sorted = [...fixed].sort((a, b) => a.start - b.start);
    for (const { start, end } of sorted) {
      const last = this.merged[this.merged.length - 1];
      if (last && start < last[1]) last[1] = Math.max(last[1], end);
      else this.merged.push([start, end]);
    }
  }

  /** `r.start` must not be less than that of any earlier query. */
  overlaps(r: Repeat): boolean {
    if (r.start < this.furthestEnd) return true;
    while (this.next < this.merged.length && this.merged[this.next]![1] <= r.start) this.next++;
    const range = this.merged[this.next];
    return range !== undefined && range[0] < r.end;
  }

  add(r: Repeat): void {
    this.furthestEnd = Math.max(this.furthestEnd, r.end);
  }
}

/** Single characters doubled without a gap are only checked as particles; everything else needs words. */
const needsWords = (c: RepeatCandidate) => c.unit > 1 || c.gap > 0;

function report(context: RuleContext<Options>, block: Block, r: Repeat): void {
  const range: Range = block.sourceRange(r.start, r.end);
  // Remove the gap with the second copy (`the the` → `the`), except a line break, which may carry markup.
  const fixStart = block.text.slice(r.mid, r.second).includes('\n') ? r.second : r.mid;
  const fixRange = block.sourceRange(fixStart, r.end);
  const clean = fixRange[1] - fixRange[0] === r.end - fixStart;
  const colloquial = COLLOQUIAL_VERBS.has(r.unit);
  context.report({
    messageId: colloquial ? 'colloquial' : 'duplicated',
    data: { word: r.unit },
    range,
    ...(clean ? { fix: { range: fixRange, text: '' } } : {}),
    ...(colloquial ? { severity: 'warn' as const } : {}),
  });
}

const rule: Rule<Options> = {
  meta: {
    id: 'duplicated-word',
    description: { zh: '词语重复', en: 'A word typed twice' },
    severity: 'error',
    fixable: true,
    schema: {
      properties: {
        allow: {
          type: 'array',
          items: { type: 'string', minLength: 2 },
          default: [],
          description: 'More legitimate repeats, e.g. "县县通" (added to the built-in list)',
        },
      },
      additionalProperties: false,
    },
    messages: {
      duplicated: { zh: '“{word}”重复', en: '"{word}" is repeated' },
      colloquial: {
        zh: '“{word}{word}”是口语化的动词重叠，公文中宜改为“{word}”',
        en: '"{word}{word}" is a colloquial verb reduplication; use "{word}" in a formal document',
      },
    },
    docs: {
      decides: {
        zh: '先快速找出紧邻重复的2—8个字符（可隔空白或换行），只有这样的段落才分词；重复的是整词（培育发展发展、企业企业、the the）时报告，虚词叠用（的的）不分词也报告。reduplication.json 中的合法叠词（层层、扎扎实实、村村通）和选项 allow 中的词不报告；“集体经济组织组织开展”（名词尾与后面的动词相同）、“一批一批”、“单位 单位名称”等结构（structures.json）也不报告。口语化的动词重叠（研究研究）报告为警告。',
        en: 'A fast scan finds text of 2–8 characters repeated right after itself (whitespace or a line break may stand between); only such paragraphs are segmented into words, and a repeat of whole words (培育发展发展, 企业企业, the the) is reported; a doubled particle (的的) is reported without segmentation. Legitimate reduplications in reduplication.json (层层, 扎扎实实, 村村通) and words in the option allow are left alone, as are structures such as 集体经济组织组织开展 (a noun ending in the verb that follows), 一批一批 and 单位 单位名称 (structures.json). Colloquial verb reduplication (研究研究) is reported as a warning.',
      },
      limits: {
        zh: '结果取决于分词：分词把重复切在词中间时会漏报，把合法叠词切成两个相同的词时，若叠词表中没有就会误报（叠词表不全，需用 allow 补充）。只看紧邻的重复，隔了其他字的重复词看不到。',
        en: 'Results depend on word segmentation: a repeat cut in the middle of a word is missed, and a legitimate reduplication split into two equal words is reported unless the list covers it (the list is partial; extend it with allow). Only adjacent repeats are seen; a word repeated with other characters between is not.',
      },
      turnOff: {
        zh: '口语、方言、文学作品或大量叠词的宣传文案可降为警告或关闭；只是个别叠词误报时，用 allow 补充而不必关闭。',
        en: 'Lower or turn it off for colloquial, dialect or literary text and slogan-heavy publicity; when only a few reduplications are misreported, add them to allow instead.',
      },
    },
    examples: {
      valid: [
        { text: '层层落实责任，家家户户受益，工作做得扎扎实实。' },
        { text: '坚持人民民主，审议会议议程，改进工作作风。' },
        { text: '推动发展、发展经济，实现村村通。' },
        { text: '这是主要目的的一部分。' },
        { text: '由集体经济组织组织开展造林绿化。' },
      ],
      invalid: [
        { text: '培育发展发展核能。', messages: ['“发展”重复'] },
        { text: '这是我的的书。', messages: ['“的”重复'] },
        { text: '落实第十四个第十四个五年规划。', messages: ['“第十四个”重复'] },
        {
          title: { zh: '软换行两侧的重复', en: 'A repeat across a soft line break' },
          text: '支持企业\n企业创新。',
          filename: 'example.md',
          messages: ['“企业”重复'],
        },
        { text: 'Read the the report.', messages: ['“the”重复'] },
        { text: '我们要研究研究这个问题。', messages: ['“研究研究”是口语化的动词重叠，公文中宜改为“研究”'] },
      ],
    },
  },
  create(context) {
    const doc = context.document;
    const allow = allowListFor(context.options.allow);
    for (const block of doc.blocks) {
      for (const r of blockRepeats(block, allow)) report(context, block, r);
    }
  },
};

export default rule;
