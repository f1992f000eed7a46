// One column of a table read from its grid (CheckContext.grid), for rules that read a column row
// by row (narrative lines, 科目 pairs): the rows' structure in one object shape (a table's rows come
// in many, and a walk reading kind and code of each was megamorphic) and the cells as numbers, not
// a Cell object made per row.
import type { RowShape } from '../model/specs/index.js';
import type { Table } from '../model/table.js';
import type { CheckContext, TableGrid } from './context.js';

export class GridColumn {
  /** Per row, its structure fields. */
  readonly shapes: readonly RowShape[];
  private readonly grid: TableGrid;
  private readonly at: number | undefined;

  constructor(
    private readonly ctx: CheckContext,
    private readonly table: Table,
    private readonly column: string,
  ) {
    this.grid = ctx.grid(table);
    this.shapes = this.grid.shapes;
    this.at = this.grid.column.get(column);
  }

  /** Row k's cell in cents (0 when blank), NaN when unknown: ctx.cell's value. */
  cents(k: number): number {
    if (this.at === undefined) {
      // A column the table does not have: as ctx.cell reads it.
      const cell = this.ctx.cell(this.table.rows[k]!, this.column);
      return cell.known ? cell.cents : NaN;
    }
    return this.grid.values[k * this.grid.width + this.at]!;
  }
}
