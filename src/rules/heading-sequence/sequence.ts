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

export function buildSequence(doc: PolicyDocument): SequenceItem[] {
  const byBlock = new Map(doc.numbered.map((n) => [n.block.index, n]));
  const items: SequenceItem[] = [];
  const lastAnywhere = new Map<string, SequenceItem>();
  // Open runs per level under each parent; a Markdown heading without a number starts a new part.
  let part: object = {};
  let runsUnder = new Map<object, Map<string, Run[]>>();
  let stack: SequenceItem[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'tableCell') continue; // table rows are data, their numbers follow the table
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
 * Sub-lists restart at 1 in the same style (四、 … 一、二、三、 … 五、): an item that continues the innermost
 * run, or else an outer one, belongs to that run and closes the sub-lists above it. Null when none fits.
 */
function resumedRun(runs: Run[], value: number): Run | null {
  for (let i = runs.length - 1; i >= 0; i--) {
    if (runs[i]!.last.numbered.value + 1 === value) {
      runs.length = i + 1;
      return runs[i]!;
    }
  }
  return null;
}

/**
 * Levels whose numbering runs on across parents in the whole document (（一）…（十九） over 一、…六、):
 * every item that opens a later parent continues its predecessor, at least one exactly, none restarts at 1.
 */
export function continuousLevels(items: readonly SequenceItem[]): Set<string> {
  const restarts = new Set<string>();
  const continues = new Set<string>();
  for (const item of items) {
    if (item.sibling || !item.predecessor) continue;
    if (item.numbered.value === 1) restarts.add(item.level);
    else if (item.numbered.value === item.predecessor.numbered.value + 1) continues.add(item.level);
  }
  return new Set([...continues].filter((l) => !restarts.has(l)));
}
