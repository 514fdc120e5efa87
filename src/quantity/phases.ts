// Phases of a plan: consecutive paragraphs, list items or clauses of one paragraph that each name a stage and
// its years, e.g. `产业集聚阶段（2016年-2017年）`, `近期（2023年）`, `第一阶段：2016—2020年`, `2021年至2025年，…`,
// `2024年底前，…`, `“十四五”时期`; and the plan's period (`规划期为2021—2025年`, a title `…规划（2021—2025年）`).
// Labels are read on the reading view (numerals.ts), so ２０２１年 and 二〇二一年 are 2021年 at the same offsets.
import type { Block } from '../document/block.js';
import type { PolicyDocument } from '../document/document.js';
import type { Range } from '../leaf-types.js';
import { ORDINAL_NUMERAL_CLASS } from './numerals.js';
import { blockReadingViews } from './views.js';
import { findFiveYearPlans, findYearSpans, isPlausibleYear, SPAN_DASH, YEAR_PART } from './years.js';

/** One end of a phase: a year, maybe a month, maybe where in the year (2021年底, 2022年初, 上半年). */
export interface YearPoint {
  year: number;
  month: number | null;
  /** 底, 末, 初, 前, 底前, 上半年, 下半年, or ''. */
  part: string;
}

export interface Phase {
  block: Block;
  /** The stage name as written (`产业集聚阶段`), '' for a bare year range. */
  name: string;
  /** First and last year; equal for a single year; null when the label gives none (`第一阶段：…`). */
  startYear: number | null;
  endYear: number | null;
  /** Both ends with months and boundaries, null when the label gives no years. */
  from: YearPoint | null;
  to: YearPoint | null;
  /** The year range as written (`2016年-2017年`). */
  yearsText: string;
  /** Text offsets of the label (name and years) in the block, and its source range. */
  labelStart: number;
  labelEnd: number;
  range: Range;
  /** Blocks [block.index, blockEnd) that belong to this phase (its paragraph and what follows up to the next). */
  blockEnd: number;
  /** A deadline (`2024年底前`) rather than a stretch of years: only its order is checked. */
  deadline: boolean;
}

export interface Plan {
  phases: Phase[];
  /** The year the plan aims at, where the document states it before the phases (`计划到2025年`). */
  /** `leadIn`: stated in the paragraphs right before the stages (到2025年，分三个阶段推进：). */
  target: { year: number; range: Range; leadIn: boolean } | null;
  /** The plan's period as the title or the text states it (`规划期为2021—2025年`, `“十四五”…规划`). */
  period: { from: number; to: number; range: Range } | null;
}

/** One end: 2021, 2021年, 2021年6月, 2021年底. Groups: year, month, part. */
const POINT = `(\\d{4})(?:\\s*年(?:\\s*(\\d{1,2})\\s*月(?:份)?|\\s*(${YEAR_PART}))?)?`;
/** A span or a single year; groups 1-3 the first end, 4-6 the second. */
const YEARS = `${POINT}(?:\\s*${SPAN_DASH}\\s*${POINT})?`;
/** What a NAME may hold before 阶段, 时期 or 期 (mayOpenLabel relies on it). */
const MAX_NAME_LEAD = 12;
const NAME = `第${ORDINAL_NUMERAL_CLASS}+(?:阶段|步)|[^，。；：:（）()\\s、]{0,${MAX_NAME_LEAD}}?(?:阶段|时期|期)(?:目标|任务|安排)?`;
/** A name with its years; without years (第一阶段：…, “十四五”时期：…) when none follow any reading of the name. */
/** 第一步，到2022年: a stage named by the year it reaches. */
const TO = '(?:到|至)?';
const NAMED_YEARS = `^(${NAME})\\s*(?:[（(]\\s*${TO}${YEARS}\\s*(?:年\\s*)?[）)]|[：:，,]?\\s*${TO}${YEARS})`;
const NAMED = new RegExp(`${NAMED_YEARS}|^(${NAME})`);
/** Inside a paragraph: `…推进：第一阶段（2021—2022年），…；第二阶段（2023—2025年），…`. */
const NAMED_INSIDE = new RegExp(`(?<=^|[。；;：:，,\\s])(${NAME})\\s*[（(]\\s*${TO}${YEARS}\\s*(?:年\\s*)?[）)]`, 'g');
/** `2021—2022年为试点阶段，2023—2025年为推广阶段`: years first, then the stage they make. */
const YEARS_NAMED_INSIDE = new RegExp(`(?<=^|[。；;：:，,])\\s*${YEARS}(?<=年)\\s*(?:为|是)(${NAME})(?=[，,。；;]|$)`, 'g');
/** `2021年至2025年，…`, `（2016—2020年）…`, `2024年底前，…`: years opening the paragraph. */
const BARE_SPAN = new RegExp(`^(?:[（(]\\s*${YEARS}\\s*(?:年\\s*)?[）)]|${YEARS}(?<=[年月底初前末内])\\s*(?:[，,：:]|(?=为|是)))`);
const TARGET = /计划到(\d{4})\s*年|规划期[限]?[为是]?\d{4}\s*(?:年\s*)?(?:[-—–~～]|至|到)\s*(\d{4})\s*年/g;
/** The lead-in of a list of stages: `到2025年，…` opening a paragraph or a sentence sets the plan's horizon. */
const LEAD_IN_TARGET = new RegExp(`${TARGET.source}|(?:^|[。；;：:])\\s*(?:计划|力争|争取)?到(\\d{4})\\s*年(?:底|末)?[，,]`, 'g');
const LEAD_IN_BLOCKS = 3;
/** 规划期为2021—2025年, 实施期限：2023年至2026年, 本规划期限为… */
const PERIOD_WORD = /(?:规划|实施|计划|方案|行动)期(?:限)?(?:为|是|：|:|自|从)?\s*$/;
const TITLE_WORD = /规划|计划|方案|纲要|行动/;

/** Paragraphs without a label allowed between two phases of one plan (a phase may run over a few). */
const MAX_GAP_BLOCKS = 3;

interface Label {
  name: string;
  from: YearPoint | null;
  to: YearPoint | null;
  yearsText: string;
  start: number;
  end: number;
  deadline: boolean;
}

function pointOf(year: string | undefined, month: string | undefined, part: string | undefined): YearPoint | null {
  if (year === undefined) return null;
  const y = Number(year);
  const m = month === undefined ? null : Number(month);
  if (!isPlausibleYear(y) || (m !== null && (m < 1 || m > 12))) return null;
  return { year: y, month: m, part: part ?? '' };
}

/** Reads the two ends from the six groups of YEARS starting at `g`; null when they run backwards or are not years. */
function endsOf(m: RegExpExecArray, g: number): { from: YearPoint; to: YearPoint } | null {
  const from = pointOf(m[g], m[g + 1], m[g + 2]);
  if (!from) return null;
  const to = m[g + 3] === undefined ? from : pointOf(m[g + 3], m[g + 4], m[g + 5]);
  if (!to || to.year < from.year) return null;
  return { from, to };
}

/** A single year written as a deadline (2024年底前, 2025年前): when it is due, not how long it runs. */
const isDeadline = (from: YearPoint, to: YearPoint): boolean => from === to && from.part.endsWith('前');

function labelOf(view: string, text: string, offset: number, continuesBare = false): Label | null {
  const rest = view.slice(offset);
  const named = NAMED.exec(rest);
  if (named) {
    const name = text.slice(offset, offset + (named[1] ?? named[14])!.length);
    const ends = named[2] !== undefined ? endsOf(named, 2) : named[8] !== undefined ? endsOf(named, 8) : null;
    // “十四五”时期：… as a label; “十四五”时期是…, “九五”时期的实践 open narrative paragraphs.
    const plan = ends || !/^\s*[：:]/.test(rest.slice(named[0].length)) ? null : fiveYearPlanOf(name);
    if (ends || plan || (name.startsWith('第') && name.endsWith('阶段'))) {
      const yearsAt = ends ? rest.indexOf(String(ends.from.year), name.length) : named[0].length;
      return {
        name,
        from: ends?.from ?? plan?.from ?? null,
        to: ends?.to ?? plan?.to ?? null,
        yearsText: ends ? text.slice(offset + yearsAt, offset + named[0].length).replace(/[）)]\s*$/, '').trim() : '',
        start: offset,
        end: offset + named[0].length,
        deadline: ends ? isDeadline(ends.from, ends.to) : false,
      };
    }
  }
  const bare = BARE_SPAN.exec(rest);
  if (bare) {
    const bracketed = bare[1] !== undefined;
    const ends = endsOf(bare, bracketed ? 1 : 7);
    if (!ends) return null;
    const single = ends.from === ends.to;
    // A paragraph opening with one year (2023年，…) is narrative; a deadline (2024年底前，…) or a span is a stage.
    // In a list that already runs by years (1. 2023年至2024年，… 2. 2025年，…), one year continues it.
    if (single && !isDeadline(ends.from, ends.to) && !continuesBare) return null;
    const written = text.slice(offset, offset + bare[0].length);
    const yearsText = bracketed ? written.replace(/^[（(]\s*|\s*[）)]$/g, '') : written.replace(/\s*[，,：:]$/, '');
    return {
      name: '',
      ...ends,
      yearsText,
      start: offset,
      end: offset + (bracketed ? bare[0].length : yearsText.length),
      deadline: isDeadline(ends.from, ends.to),
    };
  }
  return null;
}

/**
 * Whether a label (NAMED or BARE_SPAN) may start at `offset`: a year or bracket (BARE_SPAN), 第 (第一阶段), or 期 or
 * 阶段 within the first characters (a NAME is at most 12 characters and then 阶段, 时期 or 期). A necessary
 * condition told by a few character codes: most paragraphs fail it, and trying the patterns on them cost more.
 */
function mayOpenLabel(view: string, offset: number): boolean {
  const c = view.charCodeAt(offset);
  if (c === DI || c === 0x28 || c === 0xff08 || (c >= 0x30 && c <= 0x39)) return true;
  for (let i = offset, end = Math.min(view.length, offset + MAX_NAME_LEAD + 2); i < end; i++) {
    const k = view.charCodeAt(i);
    if (k === QI || k === JIE) return true;
  }
  return false;
}
const DI = '第'.charCodeAt(0);
const QI = '期'.charCodeAt(0);
const JIE = '阶'.charCodeAt(0);

/** “十四五”时期, “十四五”期间: the years of that five-year plan (前期 and 后期 have no stated bounds). */
function fiveYearPlanOf(name: string): { from: YearPoint; to: YearPoint } | null {
  if (!/(?:时期|期间)$/.test(name)) return null;
  const plans = findFiveYearPlans(name);
  if (plans.length !== 1) return null;
  const { from, to } = plans[0]!;
  return { from: { year: from, month: null, part: '' }, to: { year: to, month: null, part: '' } };
}

/** Two or more bracketed stages inside one paragraph. */
function labelsInside(view: string, text: string): Label[] {
  const out: Label[] = [];
  NAMED_INSIDE.lastIndex = 0;
  for (let m = NAMED_INSIDE.exec(view); m; m = NAMED_INSIDE.exec(view)) {
    const ends = endsOf(m, 2);
    if (!ends) continue;
    const open = m[0].search(/[（(]/);
    out.push({
      name: text.slice(m.index, m.index + m[1]!.length),
      ...ends,
      yearsText: text.slice(m.index + open + 1, m.index + m[0].length - 1).trim(),
      start: m.index,
      end: m.index + m[0].length,
      deadline: isDeadline(ends.from, ends.to),
    });
  }
  YEARS_NAMED_INSIDE.lastIndex = 0;
  for (let m = YEARS_NAMED_INSIDE.exec(view); m; m = YEARS_NAMED_INSIDE.exec(view)) {
    const ends = endsOf(m, 1);
    if (!ends) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const nameAt = m.index + m[0].length - m[7]!.length;
    const link = linkWordAt(view, m.index, nameAt);
    out.push({
      name: text.slice(nameAt, m.index + m[0].length),
      ...ends,
      yearsText: text.slice(m.index + lead, m.index + link).trim(),
      start: m.index + lead,
      end: m.index + m[0].length,
      deadline: isDeadline(ends.from, ends.to),
    });
  }
  out.sort((a, b) => a.start - b.start);
  return out.length >= 2 ? out : [];
}

/**
 * Where the spaces and 为/是 ending view[from, to) start (offset from `from`). Walked back from the end: searching
 * for `\s*(?:为|是)$` tried each place in a run of spaces before the years and scanned it to its end (quadratic).
 */
function linkWordAt(view: string, from: number, to: number): number {
  let i = to - 1;
  while (i > from && /\s/.test(view[i - 1]!)) i--;
  return i - from;
}

function isHeadingBlock(block: Block, numberedHeadings: Set<number>): boolean {
  return block.kind === 'heading' || numberedHeadings.has(block.index);
}

/** Finds the phases of the document and groups consecutive ones into plans. */
export function findPlans(doc: PolicyDocument): Plan[] {
  const markerEnd = new Map(doc.numbered.map((n) => [n.block.index, n.markerEnd]));
  const numberedHeadings = new Set(doc.numbered.filter((n) => n.isHeading).map((n) => n.block.index));
  const views = blockReadingViews(doc);
  const plans: Plan[] = [];
  let current: Phase[] = [];
  let kind: 'named' | 'bare' | null = null;
  let sinceLast = 0;
  const close = (): void => {
    // Bare deadlines alone (2023年底前，… 2024年底前，…) are a schedule, not stages with extents.
    if (current.length > 0 && !current.every((p) => p.deadline && !p.name)) plans.push({ phases: current, target: null, period: null });
    current = [];
    kind = null;
  };
  const add = (block: Block, label: Label, blockEnd: number): void => {
    const previous = current[current.length - 1];
    if (previous && previous.block !== block) previous.blockEnd = block.index;
    current.push({
      block,
      name: label.name,
      startYear: label.from?.year ?? null,
      endYear: label.to?.year ?? null,
      from: label.from,
      to: label.to,
      yearsText: label.yearsText,
      labelStart: label.start,
      labelEnd: label.end,
      range: block.sourceRange(label.start, label.end),
      blockEnd,
      deadline: label.deadline,
    });
  };
  for (const block of doc.blocks) {
    const offset = markerEnd.get(block.index) ?? 0;
    const view = views[block.index]!;
    // A label inside a paragraph names a 阶段 or a …期 (时期 too) and has a year in four digits: most paragraphs
    // have neither.
    const inside = (view.includes('期') || view.includes('阶段')) && /\d{4}/.test(view) ? labelsInside(view, block.text) : [];
    if (inside.length > 0) {
      sinceLast = 0;
      if (kind === 'bare') close();
      kind = 'named';
      for (const label of inside) add(block, label, block.index + 1);
      continue;
    }
    const continuesBare: boolean = kind === 'bare' && current.length > 0 && (markerEnd.has(block.index) || isMarkdownItem(doc, block));
    const label: Label | null =
      mayOpenLabel(view, offset) && /\d{4}|第|五/.test(view.slice(offset, offset + 40)) ? labelOf(view, block.text, offset, continuesBare) : null;
    if (!label) {
      // A heading, or a long stretch of other prose, ends the plan.
      if (isHeadingBlock(block, numberedHeadings) || ++sinceLast > MAX_GAP_BLOCKS) close();
      continue;
    }
    sinceLast = 0;
    const labelKind: 'named' | 'bare' = label.name ? 'named' : 'bare';
    if (kind !== null && kind !== labelKind) close();
    kind = labelKind;
    add(block, label, extentEnd(doc, block, numberedHeadings));
  }
  close();
  // A plan's target is stated after the previous plan: an earlier 计划到 belongs to that one.
  let floor = 0;
  const title = titlePeriod(doc);
  for (const plan of plans) {
    const first = plan.phases[0]!.block.index;
    plan.target = targetBefore(doc, first, floor);
    plan.period = periodBefore(doc, first, floor) ?? title;
    floor = plan.phases[plan.phases.length - 1]!.blockEnd;
  }
  return plans;
}

/** A Markdown list item (`- …`, `3. …`): its marker is in the source line before the block's text. */
function isMarkdownItem(doc: PolicyDocument, block: Block): boolean {
  if (doc.format !== 'markdown') return false;
  const start = block.range[0];
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  return /^\s*(?:[-*+]|\d{1,3}[.)])\s+$/.test(doc.text.slice(lineStart, start));
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
    // 计划到 and 规划期 anywhere since the previous plan; a bare 到2025年 only in the lead-in right before.
    const leadIn = i >= blockIndex - LEAD_IN_BLOCKS;
    if (!block.text.includes('计划到') && !block.text.includes('规划期') && !(leadIn && block.text.includes('到'))) continue;
    const view = blockReadingViews(doc)[i]!;
    const re = leadIn ? LEAD_IN_TARGET : TARGET;
    re.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = re.exec(view); m; m = re.exec(view)) last = m;
    if (last) {
      const range = block.sourceRange(last.index, last.index + last[0].length);
      return { year: Number(last[1] ?? last[2] ?? last[3]), range, leadIn };
    }
  }
  return null;
}

/** `规划期为2021—2025年` in the text before the phases (after the previous plan). */
function periodBefore(doc: PolicyDocument, blockIndex: number, floor: number): Plan['period'] {
  for (let i = blockIndex - 1; i >= floor; i--) {
    const block = doc.blocks[i]!;
    if (!/期/.test(block.text)) continue;
    for (const span of findYearSpans(block.text)) {
      if (!PERIOD_WORD.test(block.text.slice(Math.max(0, span.start - 8), span.start))) continue;
      // 规划期为2021—2025年，展望到2035年: stages up to 2035 are then in the plan's view.
      if (/展望|远景/.test(block.text.slice(span.end, span.end + 12))) continue;
      return { from: span.from, to: span.to, range: block.sourceRange(span.start, span.end) };
    }
  }
  return null;
}

/** The title's period: `…规划（2021—2025年）`, `“十四五”…规划` (the first heading or paragraph naming a plan). */
function titlePeriod(doc: PolicyDocument): Plan['period'] {
  const block = doc.blocks.slice(0, 3).find((b) => b.text.length <= 60 && TITLE_WORD.test(b.text));
  if (!block || /展望|远景/.test(block.text)) return null;
  const span = findYearSpans(block.text)[0];
  if (span) return { from: span.from, to: span.to, range: block.sourceRange(span.start, span.end) };
  const plans = findFiveYearPlans(block.text);
  if (plans.length === 1 && /规划|计划|纲要/.test(block.text.slice(plans[0]!.end))) {
    const p = plans[0]!;
    return { from: p.from, to: p.to, range: block.sourceRange(p.start, p.end) };
  }
  return null;
}
