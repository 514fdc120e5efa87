// Tables as grids: the cells of each table (Markdown, HTML, Word) by row and column, with the prose just before
// and after it (a caption or `单位：亿元` often stands there rather than in the table). The Markdown reader is
// CommonMark, so a pipe table arrives as one paragraph: its rows and cells are split here.
import type { Block } from './block.js';
import type { PolicyDocument } from './document.js';

export interface TableCell {
  row: number;
  column: number;
  /** The cell's text, its paragraphs joined by a space. */
  text: string;
  /** The block the cell starts in and the cell's text offsets there (a whole block for HTML and Word cells). */
  block: Block;
  start: number;
  end: number;
}

export interface Table {
  cells: TableCell[];
  rows: number;
  columns: number;
  /** Text of the paragraphs right before and after the table (caption, unit, notes), up to two each side. */
  before: string;
  after: string;
  at(row: number, column: number): TableCell | undefined;
}

export function tablesOf(doc: PolicyDocument): Table[] {
  return doc.analysis('tables', () => [...findTables(doc.blocks), ...pipeTables(doc.blocks)]);
}

function findTables(blocks: readonly Block[]): Table[] {
  const byTable = new Map<number, Block[]>();
  for (const b of blocks) {
    if (!b.cell) continue;
    const list = byTable.get(b.cell.table);
    if (list) list.push(b);
    else byTable.set(b.cell.table, [b]);
  }
  const out: Table[] = [];
  for (const list of byTable.values()) {
    const grid = new Map<string, TableCell>();
    let rows = 0;
    let columns = 0;
    for (const b of list) {
      const { row, column } = b.cell!;
      const key = `${row}:${column}`;
      const cell = grid.get(key);
      if (cell) cell.text += ` ${b.text}`;
      else grid.set(key, { row, column, text: b.text, block: b, start: 0, end: b.text.length });
      rows = Math.max(rows, row + 1);
      columns = Math.max(columns, column + 1);
    }
    out.push(tableOf(grid, rows, columns, blocks, list[0]!.index, list[list.length - 1]!.index));
  }
  return out;
}

function tableOf(grid: Map<string, TableCell>, rows: number, columns: number, blocks: readonly Block[], first: number, last: number): Table {
  const near = (from: number, step: number): string => {
    const texts: string[] = [];
    for (let i = from; i >= 0 && i < blocks.length && texts.length < 2; i += step) {
      const b = blocks[i]!;
      if (b.cell) break;
      texts.push(b.text);
    }
    return texts.join('\n');
  };
  return {
    cells: [...grid.values()],
    rows,
    columns,
    before: near(first - 1, -1),
    after: near(last + 1, 1),
    at: (row, column) => grid.get(`${row}:${column}`),
  };
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
/** `| --- | :--: |`. Each run of spaces has one place to go: `\s*\|?\s*` split a long run every way (quadratic). */
const DELIMITER_ROW = /^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+(?:\|\s*)?$/;

/** Pipe tables (`| 类别 | 金额 |` over `|---|---|`) that the CommonMark reader left as a paragraph. */
function pipeTables(blocks: readonly Block[]): Table[] {
  const out: Table[] = [];
  for (const block of blocks) {
    if (block.cell || !block.text.includes('|') || !block.text.includes('\n')) continue;
    const lines: { text: string; start: number }[] = [];
    let at = 0;
    for (const text of block.text.split('\n')) {
      lines.push({ text, start: at });
      at += text.length + 1;
    }
    if (lines.length < 3 || !PIPE_ROW.test(lines[0]!.text) || !DELIMITER_ROW.test(lines[1]!.text)) continue;
    const grid = new Map<string, TableCell>();
    let row = 0;
    let columns = 0;
    for (const [i, line] of lines.entries()) {
      if (i === 1) continue;
      if (!PIPE_ROW.test(line.text)) break;
      const bars = [...line.text.matchAll(/(?<!\\)\|/g)].map((m) => m.index!);
      for (let c = 0; c + 1 < bars.length; c++) {
        const raw = line.text.slice(bars[c]! + 1, bars[c + 1]!);
        const lead = raw.length - raw.trimStart().length;
        const text = raw.trim();
        if (text === '') continue;
        const start = line.start + bars[c]! + 1 + lead;
        grid.set(`${row}:${c}`, { row, column: c, text, block, start, end: start + text.length });
      }
      columns = Math.max(columns, bars.length - 1);
      row++;
    }
    out.push(tableOf(grid, row, columns, blocks, block.index, block.index));
  }
  return out;
}
