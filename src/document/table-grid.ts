// The grid of one table as its cells are met in order: the column a cell starts in, once the cells of earlier
// rows that span down into this row (rowspan, Word's vertical merge) and colspans are counted.
export class TableGrid {
  private row = -1;
  private column = 0;
  /** For each column, the last row a cell placed so far covers. */
  private readonly coveredUntil: number[] = [];

  constructor(readonly index: number) {}

  nextRow(): void {
    this.row++;
    this.column = 0;
  }

  /** Places the next cell of the current row; returns its row and first column. */
  place(colSpan = 1, rowSpan = 1): { table: number; row: number; column: number } {
    if (this.row < 0) this.nextRow();
    while ((this.coveredUntil[this.column] ?? -1) >= this.row) this.column++;
    const at = { table: this.index, row: this.row, column: this.column };
    const span = Math.max(1, Math.floor(colSpan) || 1);
    for (let k = 0; k < span; k++) this.coveredUntil[this.column + k] = this.row + Math.max(1, Math.floor(rowSpan) || 1) - 1;
    this.column += span;
    return at;
  }
}
