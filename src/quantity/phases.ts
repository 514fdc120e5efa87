// Phases of a plan: consecutive paragraphs or list items that each name a stage and its years,
// e.g. `产业集聚阶段（2016年-2017年）`, `近期（2023年）`, `第一阶段：2016—2020年`, `2021年至2025年，…`.
import type { Block } from '../document/block.js';
import type { PolicyDocument } from '../document/document.js';
import type { Range } from '../types.js';

export interface Phase {
  block: Block;
  /** The stage name as written (`产业集聚阶段`), '' for a bare year range. */
  name: string;
  /** First and last year; equal for a single year; null when the label gives none (`第一阶段：…`). */
  startYear: number | null;
  endYear: number | null;
  /** The year range as written (`2016年-2017年`). */
  yearsText: string;
  /** Text offsets of the label (name and years) in the block, and its source range. */
  labelStart: number;
  labelEnd: number;
  range: Range;
  /** Blocks [block.index, blockEnd) that belong to this phase (its paragraph and what follows up to the next). */
  blockEnd: number;
}

export interface Plan {
  phases: Phase[];
  /** The year the plan aims at, where the document states it before the phases (`计划到2025年`). */
  target: { year: number; range: Range } | null;
}

const YEARS = '(\\d{4})\\s*年?(?:\\s*(?:[-—–~～]+|至|到)\\s*(\\d{4})\\s*年?)?';
const NAMED = new RegExp(
  `^(第[一二三四五六七八九十]+阶段|[^，。；：:（）()\\s、]{0,12}?(?:阶段|时期|期)(?:目标|任务|安排)?)\\s*(?:[（(]\\s*${YEARS}\\s*[）)]|[：:，,]?\\s*${YEARS})?`,
);
/** `2021年至2025年，…` or `（2016—2020年）…`: a bare span opening the paragraph. */
const UNNAMED = /^(?:[（(](\d{4})\s*年?\s*(?:[-—–~～]+|至|到)\s*(\d{4})\s*年[）)]|(\d{4})\s*年?\s*(?:[-—–~～]+|至|到)\s*(\d{4})\s*年\s*[，,：:])/;
const TARGET = /计划到(\d{4})年|规划期[限]?[为是]?\d{4}\s*年?\s*(?:[-—–~～]|至|到)\s*(\d{4})\s*年/g;

/** Paragraphs without a label allowed between two phases of one plan (a phase may run over a few). */
const MAX_GAP_BLOCKS = 3;

interface Label {
  name: string;
  startYear: number | null;
  endYear: number | null;
  yearsText: string;
  start: number;
  end: number;
}

function labelOf(text: string, offset: number): Label | null {
  const rest = text.slice(offset);
  const named = NAMED.exec(rest);
  if (named) {
    const a = named[2] ?? named[4];
    const b = named[3] ?? named[5];
    const name = named[1]!;
    if (a || (name.startsWith('第') && name.endsWith('阶段'))) {
      const yearsStart = a ? rest.indexOf(a, name.length) : named[0].length;
      return {
        name,
        startYear: a ? Number(a) : null,
        endYear: a ? Number(b ?? a) : null,
        yearsText: a ? rest.slice(yearsStart, named[0].length).replace(/[）)]\s*$/, '').trim() : '',
        start: offset,
        end: offset + named[0].length,
      };
    }
  }
  const bare = UNNAMED.exec(rest);
  if (bare) {
    const bracketed = bare[1] !== undefined;
    const yearsText = bracketed ? bare[0].slice(1, -1) : bare[0].replace(/\s*[，,：:]$/, '');
    return {
      name: '',
      startYear: Number(bare[1] ?? bare[3]),
      endYear: Number(bare[2] ?? bare[4]),
      yearsText,
      start: offset,
      end: offset + (bracketed ? bare[0].length : yearsText.length),
    };
  }
  return null;
}

function isHeadingBlock(block: Block, numberedHeadings: Set<number>): boolean {
  return block.kind === 'heading' || numberedHeadings.has(block.index);
}

/** Finds the phases of the document and groups consecutive ones into plans. */
export function findPlans(doc: PolicyDocument): Plan[] {
  const markerEnd = new Map(doc.numbered.map((n) => [n.block.index, n.markerEnd]));
  const numberedHeadings = new Set(doc.numbered.filter((n) => n.isHeading).map((n) => n.block.index));
  const plans: Plan[] = [];
  let current: Phase[] = [];
  let kind: 'named' | 'bare' | null = null;
  let sinceLast = 0;
  const close = (): void => {
    if (current.length > 0) plans.push({ phases: current, target: null });
    current = [];
    kind = null;
  };
  for (const block of doc.blocks) {
    const offset = markerEnd.get(block.index) ?? 0;
    const label = /\d{4}|第/.test(block.text.slice(offset, offset + 40)) ? labelOf(block.text, offset) : null;
    if (!label) {
      // A heading, or a long stretch of other prose, ends the plan.
      if (isHeadingBlock(block, numberedHeadings) || ++sinceLast > MAX_GAP_BLOCKS) close();
      continue;
    }
    sinceLast = 0;
    const labelKind = label.name ? 'named' : 'bare';
    if (kind !== null && kind !== labelKind) close();
    kind = labelKind;
    const previous = current[current.length - 1];
    if (previous) previous.blockEnd = block.index;
    current.push({
      block,
      name: label.name,
      startYear: label.startYear,
      endYear: label.endYear,
      yearsText: label.yearsText,
      labelStart: label.start,
      labelEnd: label.end,
      range: block.sourceRange(label.start, label.end),
      blockEnd: extentEnd(doc, block, numberedHeadings),
    });
  }
  close();
  // A plan's target is stated after the previous plan: an earlier 计划到 belongs to that one.
  let floor = 0;
  for (const plan of plans) {
    plan.target = targetBefore(doc, plan.phases[0]!.block.index, floor);
    floor = plan.phases[plan.phases.length - 1]!.blockEnd;
  }
  return plans;
}

/** A phase runs over its own block and the plain paragraphs after it, up to the next heading. */
function extentEnd(doc: PolicyDocument, block: Block, numberedHeadings: Set<number>): number {
  const ownIsHeading = isHeadingBlock(block, numberedHeadings);
  let i = block.index + 1;
  if (!ownIsHeading) return i;
  while (i < doc.blocks.length && !isHeadingBlock(doc.blocks[i]!, numberedHeadings)) i++;
  return i;
}

function targetBefore(doc: PolicyDocument, blockIndex: number, floor: number): Plan['target'] {
  for (let i = blockIndex - 1; i >= floor; i--) {
    const block = doc.blocks[i]!;
    if (!block.text.includes('计划到') && !block.text.includes('规划期')) continue;
    TARGET.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = TARGET.exec(block.text); m; m = TARGET.exec(block.text)) last = m;
    if (last) {
      return { year: Number(last[1] ?? last[2]), range: block.sourceRange(last.index, last.index + last[0].length) };
    }
  }
  return null;
}
