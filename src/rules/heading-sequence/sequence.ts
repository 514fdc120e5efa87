// Walks the numbered blocks of a document in order, nests them by the GB/T 9704-2012 level order and links
// each item to the previous item of its level in the same parent (its sibling) and anywhere before (its
// predecessor), so that gaps, repeats and numbering that runs on across parents can be judged.
import type { PolicyDocument } from '../../document/document.js';
import type { NumberedBlock } from '../../document/numbering.js';

export interface SequenceItem {
  numbered: NumberedBlock;
  /** `cn`, `cn-paren`, `arabic`, `arabic-paren`, or `chapter:章` / `chapter:节` / … per chapter word. */
  level: string;
  rank: number;
  /** The open item of an outer level this one sits under; null at the top of its part. */
  parent: SequenceItem | null;
  /** The previous item of the same level under the same parent. */
  sibling: SequenceItem | null;
  /** The previous item of the same level anywhere before (across parents). */
  predecessor: SequenceItem | null;
  /** The first item of this item's run (same level, same parent). */
  first: SequenceItem;
  order: number;
  /**
   * Which part of the document the item is in: a document that carries several texts (a notice and its
   * attachments, two sets of measures) starts a new part where its outermost level restarts at 1.
   */
  part: number;
}

/** Chapter words, outermost first; they nest above 一、. */
const CHAPTER_RANK: Record<string, number> = { 编: 0, 部分: 1, 章: 2, 节: 3 };
const STYLE_RANK: Record<string, number> = { cn: 10, 'cn-paren': 11, arabic: 12, 'arabic-paren': 13 };

function levelOf(n: NumberedBlock): { level: string; rank: number } {
  if (n.style === 'chapter') {
    const word = /(部分|编|章|节)\s*$/.exec(n.marker)?.[1] ?? '章';
    return { level: `chapter:${word}`, rank: CHAPTER_RANK[word]! };
  }
  return { level: n.style, rank: STYLE_RANK[n.style]! };
}

interface Run {
  first: SequenceItem;
  last: SequenceItem;
}

/**
 * A table-of-contents entry: a title followed by leader dots or a wide space and a page number
 * (第二章 发展目标……6, 一、总体要求　　3, 第三节 城镇体系 ·········· 12, 四、重点任务……- 9 -).
 */
const TOC_ENTRY = /(?:[.…·．—-]{3,}|[\t　]|\s{2})\s*(?:[-－—]\s*[0-9０-９]{1,3}\s*[-－—]|[（(]?[0-9０-９]{1,3}[）)]?|第\s*[0-9０-９]{1,3}\s*页)\s*$/;
const TOC_TITLE = /^\s*目\s*录\s*$/;
/** Entries are short; the length check comes first because TOC_ENTRY backtracks quadratically on long runs of spaces. */
const TOC_ENTRY_MAX = 80;
const isTocEntry = (text: string) => text.length <= TOC_ENTRY_MAX && TOC_ENTRY.test(text);
const withoutPageNumber = (text: string) => (text.length <= TOC_ENTRY_MAX ? text.replace(TOC_ENTRY, '') : text);

/** Blocks of a table of contents: entries with page numbers, and the lines listed under 目录 before the body starts. */
function tableOfContents(doc: PolicyDocument, byBlock: ReadonlyMap<number, NumberedBlock>): Set<number> {
  const out = new Set<number>();
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (isTocEntry(text)) out.add(i);
    if (!TOC_TITLE.test(text)) continue;
    // The entries under 目录 run until the body repeats the first of them.
    const first = withoutPageNumber(blocks[i + 1]?.text ?? '').replace(/\s+/g, '');
    if (!first) continue;
    for (let j = i + 1; j < blocks.length && j - i <= 300; j++) {
      const t = blocks[j]!.text;
      if (j > i + 1 && t.replace(/\s+/g, '') === first) break;
      // Entries are titles; the first sentence of prose is the body (a contents page that extraction lost).
      if (t.length > 60 || /[。；;，,]/.test(withoutPageNumber(t))) break;
      if (byBlock.has(j) || isTocEntry(t)) out.add(j);
    }
  }
  return out;
}

export function buildSequence(doc: PolicyDocument): SequenceItem[] {
  const byBlock = new Map(doc.numbered.map((n) => [n.block.index, n]));
  const toc = tableOfContents(doc, byBlock);
  const items: SequenceItem[] = [];
  const lastAnywhere = new Map<string, SequenceItem>();
  // Open runs per level under each parent; a Markdown heading without a number starts a new part.
  let part: object = {};
  let runsUnder = new Map<object, Map<string, Run[]>>();
  let stack: SequenceItem[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'tableCell') continue; // table rows are data, their numbers follow the table
    if (toc.has(block.index)) continue; // the contents list the headings again; the body is judged
    const n = byBlock.get(block.index);
    if (!n) {
      if (block.kind === 'heading') {
        part = {};
        runsUnder = new Map();
        stack = [];
      }
      continue;
    }
    // 第七节相应改为第八节…: a sentence that starts with a chapter reference is no heading.
    if (n.style === 'chapter' && !n.isHeading) continue;
    const { level, rank } = levelOf(n);
    while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const scope = parent ?? part;
    let levels = runsUnder.get(scope);
    if (!levels) runsUnder.set(scope, (levels = new Map()));
    let runs = levels.get(level);
    if (!runs) levels.set(level, (runs = []));
    const item: SequenceItem = {
      numbered: n,
      level,
      rank,
      parent,
      sibling: null,
      predecessor: lastAnywhere.get(level) ?? null,
      first: null as unknown as SequenceItem,
      order: items.length,
      part: 0,
    };
    const top = runs[runs.length - 1];
    // A restart at 1 opens a sub-list (its sibling stays the item before, so it is judged as a restart).
    const run = top && n.value !== 1 ? (resumedRun(runs, n.value) ?? top) : undefined;
    item.sibling = run?.last ?? top?.last ?? null;
    item.first = run?.first ?? item;
    if (run) run.last = item;
    else runs.push({ first: item, last: item });
    lastAnywhere.set(level, item);
    stack.push(item);
    items.push(item);
  }
  return items;
}

/**
 * How many sub-lists back an item may resume: real documents resume the one just above (the deepest found in the
 * development set and bench corpus is 1). Unbounded, a run of 一、 and 三、 (each 一、 opening a sub-list that 三、
 * never resumes) read all the earlier ones at every 三、 (quadratic).
 */
const MAX_RESUMED_DEPTH = 32;

/**
 * Sub-lists restart at 1 in the same style (四、 … 一、二、三、 … 五、): an item that continues the innermost
 * run, or else an outer one, belongs to that run and closes the sub-lists above it. Null when none fits.
 */
function resumedRun(runs: Run[], value: number): Run | null {
  for (let i = runs.length - 1; i >= Math.max(0, runs.length - MAX_RESUMED_DEPTH); i--) {
    if (runs[i]!.last.numbered.value + 1 === value) {
      runs.length = i + 1;
      return runs[i]!;
    }
  }
  return null;
}

/**
 * Numbers the parts: a new one starts where the outermost level restarts at 1 after other items and the next
 * item of an inner level restarts too (一、…九、 then 一、（一）: an attachment). Where the inner numbering goes
 * on (（一）一、二、（二）), the restarting 一、 are sub-items written in the wrong style, not a new text.
 */
export function assignParts(items: readonly SequenceItem[]): void {
  const outer = items.reduce((min, i) => Math.min(min, i.rank), Infinity);
  // The first item of an inner level after each one, found in one walk from the end: a copy of the items after
  // every restart (thousands of 一、 headings) was quadratic.
  const nextInner: (SequenceItem | undefined)[] = new Array(items.length);
  for (let k = items.length - 1, next: SequenceItem | undefined; k >= 0; k--) {
    nextInner[k] = next;
    if (items[k]!.rank !== outer) next = items[k];
  }
  let part = 0;
  let seenOuter = false;
  items.forEach((item, k) => {
    if (item.rank === outer) {
      if (item.numbered.value === 1 && seenOuter) {
        const inner = nextInner[k];
        if (!inner || inner.numbered.value === 1) part++;
      }
      seenOuter = true;
    }
    item.part = part;
  });
}

/** The key under which a level's numbering is judged: per part of the document. */
export const levelInPart = (item: SequenceItem) => `${item.part}:${item.level}`;

/**
 * Levels whose numbering runs on across parents in a part of the document (（一）…（十九） over 一、…六、;
 * tasks 1.…7. over three sections): every item that opens a later parent continues its predecessor, at least one
 * exactly, none restarts at 1. Keys are levelInPart.
 */
export function continuousLevels(items: readonly SequenceItem[]): Set<string> {
  const restarts = new Set<string>();
  const continues = new Set<string>();
  for (const item of items) {
    const predecessor = item.predecessor && item.predecessor.part === item.part ? item.predecessor : null;
    if (item.sibling || !predecessor) continue;
    if (item.numbered.value === 1) restarts.add(levelInPart(item));
    else if (item.numbered.value === predecessor.numbered.value + 1) continues.add(levelInPart(item));
  }
  return new Set([...continues].filter((l) => !restarts.has(l)));
}
