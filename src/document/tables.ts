// Tables as grids: the cells of each table (Markdown, HTML, Word) by row and column, with the prose just before
// and after it (a caption or `单位：亿元` often stands there rather than in the table).
import type { Block } from './block.js';
import type { PolicyDocument } from './document.js';

export interface TableCell {
  row: number;
  column: number;
  /** The cell's text, its paragraphs joined by a space. */
  text: string;
  blocks: Block[];
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
  return doc.analysis('tables', () => findTables(doc.blocks));
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
      if (cell) {
        cell.text += ` ${b.text}`;
        cell.blocks.push(b);
      } else grid.set(key, { row, column, text: b.text, blocks: [b] });
      rows = Math.max(rows, row + 1);
      columns = Math.max(columns, column + 1);
    }
    const first = list[0]!.index;
    const last = list[list.length - 1]!.index;
    const near = (from: number, step: number): string => {
      const texts: string[] = [];
      for (let i = from; i >= 0 && i < blocks.length && texts.length < 2; i += step) {
        const b = blocks[i]!;
        if (b.cell) break;
        texts.push(b.text);
      }
      return texts.join('\n');
    };
    out.push({
      cells: [...grid.values()],
      rows,
      columns,
      before: near(first - 1, -1),
      after: near(last + 1, 1),
      at: (row, column) => grid.get(`${row}:${column}`),
    });
  }
  return out;
}
