// The main-indicator table of a plan (指标 | 单位 | 基期值 | 目标值 | 年均增长 | 属性) read as goals: each target
// cell is the same goal as the sentence that states it, so the two must agree. Small and self-contained: it reads
// cells by the row and column the parsers give them (Markdown, HTML and Word tables).
import type { Block } from '../../document/block.js';
import { PolicyDocument } from '../../document/document.js';
import type { Settings } from '../../types.js';
import { quantitiesOf, type QuantityMention } from '../../quantity/index.js';
import { datingYears, normaliseMetric } from '../../quantity/context.js';
import { findYearSpans } from '../../quantity/dates.js';
import words from './table-words.json' with { type: 'json' };

export interface TableGoal {
  /** The target cell. */
  block: Block;
  /** The indicator as the table names it (`地区生产总值`, `地区生产总值年均增长`). */
  label: string;
  /** The metric, normalised like a sentence's (normaliseMetric). */
  metric: string;
  year: number;
  /** The figure read from the cell with its unit (`24000亿元`). */
  figure: QuantityMention;
  surface: string;
}

interface Cell {
  text: string;
  block: Block;
}

type Grid = Map<number, Map<number, Cell>>;

const has = (list: readonly string[], text: string) => list.some((w) => text.includes(w));
const squeeze = (s: string) => s.replace(/[\s　]+/g, '');
/** A value cell: figures, signs and brackets only (no words), so a header row never has one. */
const VALUE_CELL = /^[\d０-９.．,，%％‰≥≤><＞＜〔〕［］[\]+\-—－~～万亿千百]+$/;
const NUMBERING = /^(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)])/;
const UNIT_IN_BRACKETS = /[（(]([^（()）]{1,8})[）)]$/;
const BARE_NUMBER = /^[\d.]+$/;

/** Goals stated in the document's indicator tables, in document order. */
export function indicatorTableGoals(doc: PolicyDocument, settings: Settings): TableGoal[] {
  return doc.analysis('goal-consistency:indicator-tables', () => {
    const grids = new Map<number, Grid>();
    for (const block of doc.blocks) {
      const at = block.cell;
      if (!at) continue;
      const grid = grids.get(at.table) ?? new Map<number, Map<number, Cell>>();
      grids.set(at.table, grid);
      const row = grid.get(at.row) ?? new Map<number, Cell>();
      grid.set(at.row, row);
      const cell = row.get(at.column);
      if (cell) cell.text += block.text;
      else row.set(at.column, { text: block.text, block });
    }
    // Most documents have no table: the horizon (years read in the first blocks) only when one is there.
    if (grids.size === 0) return [];
    const horizon = horizonYear(doc);
    return [...grids.values()].flatMap((grid) => goalsOfTable(grid, horizon, settings));
  });
}

interface Columns {
  name: number;
  unit: number | null;
  targets: { column: number; year: number }[];
  growth: number | null;
  headerRows: number;
}

function goalsOfTable(grid: Grid, horizon: number | null, settings: Settings): TableGoal[] {
  const columns = columnsOf(grid, horizon);
  if (!columns) return [];
  const growthYear = columns.targets[columns.targets.length - 1]?.year ?? horizon;
  const out: TableGoal[] = [];
  const rows = [...grid.keys()].sort((a, b) => a - b).filter((r) => r >= columns.headerRows);
  for (const r of rows) {
    const row = grid.get(r)!;
    const nameCell = row.get(columns.name);
    if (!nameCell) continue;
    let name = squeeze(nameCell.text).replace(NUMBERING, '');
    const bracket = UNIT_IN_BRACKETS.exec(name);
    const unit = squeeze(columns.unit !== null ? row.get(columns.unit)?.text ?? '' : '') || (bracket?.[1] ?? '');
    if (bracket) name = name.slice(0, bracket.index);
    const metric = normaliseMetric(name);
    if (metric.length < 2) continue;
    for (const { column, year } of columns.targets) {
      const goal = goalOfCell(row.get(column), name, metric, unit, year, settings);
      if (goal) out.push(goal);
    }
    if (columns.growth !== null && growthYear !== null) {
      const goal = goalOfCell(row.get(columns.growth), `${name}年均增长`, `${metric}年均增长`, '%', growthYear, settings);
      if (goal) out.push(goal);
    }
  }
  return out;
}

function goalOfCell(cell: Cell | undefined, label: string, metric: string, unit: string, year: number, settings: Settings): TableGoal | null {
  if (!cell) return null;
  const written = squeeze(cell.text);
  // A five-year cumulative figure (〔13.5〕) is another indicator than the year's level.
  if (!written || has(words.cumulative, written) || !VALUE_CELL.test(written)) return null;
  let text = written;
  for (const { written: w, as } of words.symbols) text = text.split(w).join(as);
  // A cell that carries its own unit (6.5%) is read as written; a bare number takes the row's unit (digits alone
  // cannot carry one, so they are read once, with it).
  const own = BARE_NUMBER.test(text) ? null : figureOf(text, settings);
  const figure = own?.unit ? own : unit ? figureOf(text + unit, settings) : null;
  if (!figure) return null;
  return { block: cell.block, label, metric, year, figure, surface: own?.unit ? written : written + unit };
}

/** The one figure of a cell's text, read by the quantity engine. */
function figureOf(text: string, settings: Settings): QuantityMention | null {
  const found = quantitiesOf(new PolicyDocument(text, 'cell.txt'), settings);
  return found.length === 1 && found[0]!.end === text.length ? found[0]! : null;
}

function columnsOf(grid: Grid, horizon: number | null): Columns | null {
  const headers = new Map<number, string>();
  let headerRows = 0;
  for (let r = 0; r < 3; r++) {
    const row = grid.get(r);
    if (!row || [...row.values()].some((c) => VALUE_CELL.test(squeeze(c.text)))) break;
    for (const [column, cell] of row) headers.set(column, (headers.get(column) ?? '') + squeeze(cell.text));
    headerRows = r + 1;
  }
  if (headerRows === 0) return null;
  let name: number | null = null;
  let unit: number | null = null;
  let growth: number | null = null;
  const dated: { column: number; year: number; target: boolean; base: boolean }[] = [];
  const undatedTargets: number[] = [];
  for (const [column, text] of [...headers].sort((a, b) => a[0] - b[0])) {
    if (has(words.ignored, text) && !has(words.target, text)) continue;
    if (name === null && has(words.indicator, text)) name = column;
    else if (unit === null && words.unit.some((w) => text.startsWith(w))) unit = column;
    else if (growth === null && has(words.growth, text)) growth = column;
    else {
      const years = datingYears(text);
      const target = has(words.target, text);
      const base = has(words.base, text);
      if (years.length > 0) dated.push({ column, year: years[years.length - 1]!.year, target, base });
      else if (target) undatedTargets.push(column);
    }
  }
  if (name === null) return null;
  const targets: Columns['targets'] = [];
  const latest = Math.max(...dated.map((d) => d.year));
  for (const d of dated) {
    if (d.base) continue;
    // The latest of several year columns, or the plan's horizon: the others are records (基期).
    if (d.target || (d.year === latest && (dated.length > 1 || d.year === horizon))) targets.push({ column: d.column, year: d.year });
  }
  if (horizon !== null) for (const column of undatedTargets) targets.push({ column, year: horizon });
  if (targets.length === 0 && growth === null) return null;
  return { name, unit, targets, growth, headerRows };
}

/** The last year of the plan's period, from the title zone (`（2021—2025年）`). */
function horizonYear(doc: PolicyDocument): number | null {
  let latest: number | null = null;
  for (const block of doc.blocks.slice(0, 8)) {
    if (block.cell) continue;
    for (const span of findYearSpans(block.text)) latest = Math.max(latest ?? 0, span.to);
  }
  return latest;
}
