// Totals in tables: a 合计/总计/小计 row (or column) against the rows (columns) it sums, nested subtotals included.
// A table is read only when its layout leaves one reading: subset rows (其中, #) or rates end the reading, and a
// column is reported only when neither all its rows nor its top-level rows (一、二、…) add up to the total.
import type { Range } from '../../types.js';
import type { Table, TableCell } from '../../document/tables.js';
import { cellFigure, declaredUnit, type DeclaredUnit } from '../../quantity/table-figures.js';

export interface TablePart {
  label: string;
  cell: TableCell;
  /** Value in the dimension's base unit. */
  value: number;
  precision: number;
  blank: boolean;
}

export interface TableSum {
  /** The total's label and the column (or row) it is in (`合计`, `产值（亿元）`). */
  label: string;
  line: string;
  total: TablePart;
  parts: TablePart[];
  unit: DeclaredUnit | null;
}

/** `合计`, `全市合计`, `基础设施小计`: a label that ends in a total word (a short group name may stand before it). */
const TOTAL_LABEL = /^[^\d%％]{0,10}?(合计|总计|共计|小计)$/;
/** Rows that break down another row (其中, #工业, 含…): the table is not a plain list of parts. */
const SUBSET_LABEL = /^(?:其中|[#＃]|含|内[：:]|包括)|其中/;
/** Columns of rates, shares and averages do not add up. */
const NOT_SUMMABLE = /%|％|率|比重|占比|比例|增长|增速|增幅|同比|环比|平均|均值|人均|单价|价格|指数|排名|序号|编号|年份|年度|时间|日期|百分点|倍/;
const TOP_LEVEL = /^[一二三四五六七八九十]+[、．.]/;

interface Grid {
  rows: number;
  columns: number;
  at(row: number, column: number): TableCell | undefined;
}

const transpose = (t: Grid): Grid => ({ rows: t.columns, columns: t.rows, at: (r, c) => t.at(c, r) });
const clean = (s: string | undefined): string => (s ?? '').replace(/[\s　]/g, '');

/** The sums a table states that do not hold, by rows and by columns. */
export function tableSums(table: Table): TableSum[] {
  const caption = `${table.before}\n${table.after}`;
  return [...gridSums(table, caption), ...gridSums(transpose(table), caption)];
}

function gridSums(grid: Grid, caption: string): TableSum[] {
  if (grid.rows < 4 || grid.columns < 2) return [];
  const label = (r: number): string => clean(grid.at(r, 0)?.text);
  const labels = Array.from({ length: grid.rows }, (_, r) => label(r));
  if (labels.some((l) => SUBSET_LABEL.test(l))) return [];
  const kinds = labels.map((l) => TOTAL_LABEL.exec(l)?.[1] ?? null);
  if (!kinds.some((k) => k !== null)) return [];
  // Header rows: those before the first row with a figure in it.
  let firstData = 1;
  while (firstData < grid.rows && !rowHasFigure(grid, firstData)) firstData++;
  if (firstData >= grid.rows || kinds.slice(0, firstData).some((k) => k !== null)) return [];
  const out: TableSum[] = [];
  for (let c = 1; c < grid.columns; c++) {
    const header = Array.from({ length: firstData }, (_, r) => clean(grid.at(r, c)?.text)).join(' ');
    if (NOT_SUMMABLE.test(header)) continue;
    const unit = declaredUnit(header) ?? declaredUnit(caption);
    const column = readColumn(grid, c, firstData, unit, labels);
    if (!column) continue;
    for (const group of groups(kinds, labels, firstData)) {
      const total = column.get(group.total);
      if (!total || total.blank) continue;
      const readings = group.readings.map((rows) => rows.map((r) => column.get(r)));
      const complete = readings.filter((parts): parts is TablePart[] => parts.length >= 2 && parts.every((p) => p !== undefined));
      if (complete.length === 0 || complete.some((parts) => adds(parts, total))) continue;
      out.push({ label: labels[group.total]!, line: header, total, parts: complete[0]!, unit });
    }
  }
  return out;
}

function rowHasFigure(grid: Grid, r: number): boolean {
  for (let c = 1; c < grid.columns; c++) {
    const f = cellFigure(grid.at(r, c)?.text ?? '');
    if (f && !f.blank) return true;
  }
  return false;
}

/** The column's figures by row, in base units; null when a data cell is text or units cannot be told. */
function readColumn(grid: Grid, c: number, firstData: number, unit: DeclaredUnit | null, labels: string[]): Map<number, TablePart> | null {
  const out = new Map<number, TablePart>();
  let dimension: string | null = unit?.dimension ?? null;
  for (let r = firstData; r < grid.rows; r++) {
    const cell = grid.at(r, c);
    if (!cell) continue;
    if (cell.text.includes('%') || cell.text.includes('％')) return null;
    const f = cellFigure(cell.text);
    if (!f) return null;
    const u = f.unit ?? unit;
    if (!f.blank && !u && unit === null && dimension !== null) return null;
    if (u) {
      if (dimension !== null && u.dimension !== dimension) return null;
      dimension = u.dimension;
    }
    if (dimension === 'percent' || dimension === 'percentage-point') return null;
    const factor = u?.factor ?? 1;
    out.set(r, { label: labels[r]!, cell, value: f.written * factor, precision: f.precision * factor, blank: f.blank });
  }
  // Bare numbers beside numbers with units and no declared unit: we do not know what they count.
  const withUnit = [...out.values()].filter((p) => cellFigure(p.cell.text)?.unit).length;
  if (withUnit > 0 && withUnit < [...out.values()].filter((p) => !p.blank).length && unit === null) return null;
  return out;
}

interface Group {
  total: number;
  /** Alternative sets of part rows; the total is accepted when any of them adds up to it. */
  readings: number[][];
}

/** Which rows each total row sums: subtotals close (or open) their groups, a grand total sums the groups. */
function groups(kinds: readonly (string | null)[], labels: readonly string[], firstData: number): Group[] {
  const rows = Array.from({ length: kinds.length - firstData }, (_, i) => i + firstData);
  const isTotal = (r: number): boolean => kinds[r] !== null;
  const subtotals = rows.filter((r) => kinds[r] === '小计');
  const grands = rows.filter((r) => isTotal(r) && kinds[r] !== '小计');
  if (grands.length > 1) return [];
  const out: Group[] = [];
  const topFirst = subtotals.length > 0 ? subtotals[0] === rows.find((r) => !grands.includes(r)) : false;
  const covered = new Set<number>();
  for (const s of subtotals) {
    const members: number[] = [];
    const step = topFirst ? 1 : -1;
    for (let r = s + step; r >= firstData && r < kinds.length && !isTotal(r); r += step) members.push(r);
    members.sort((a, b) => a - b);
    members.forEach((m) => covered.add(m));
    out.push({ total: s, readings: [members] });
  }
  for (const g of grands) {
    const atTop = g === rows[0];
    const span = rows.filter((r) => r !== g && (atTop ? r > g : r < g));
    const parts = span.filter((r) => kinds[r] === '小计' || (!isTotal(r) && !covered.has(r)));
    // 一、工业 … 1.钢铁 2.化工 … 二、服务业: only the top-level rows are the parts.
    const top = parts.filter((r) => TOP_LEVEL.test(labels[r]!));
    out.push({ total: g, readings: top.length >= 2 && top.length < parts.length ? [parts, top] : [parts] });
  }
  return out;
}

/** Adds up within the rounding of every figure (each stands for the half-open interval it rounds from). */
export function adds(parts: readonly TablePart[], total: TablePart): boolean {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const tolerance = parts.reduce((s, p) => s + p.precision / 2, 0) + total.precision / 2;
  return Math.abs(sum - total.value) < tolerance * (1 - 1e-9) || Math.abs(sum - total.value) <= 1e-9 * Math.abs(total.value);
}

/** Where a cell stands in the source. */
export const cellRange = (cell: TableCell): Range => cell.block.sourceRange(cell.start, cell.end);
