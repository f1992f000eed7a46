// Rules derived from the identities between tables (model/specs/cross-table.ts): the same money
// printed in two tables agrees; a part printed in one does not exceed the whole in another.
import { CROSS_TABLE_IDENTITIES, specOf, type CellRef } from '../../../model/specs/index.js';
import type { Table, TableRow } from '../../../model/table.js';
import { fromCents } from '../../../model/money.js';
import type { Cell, CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareCents } from '../../sums.js';

function matches(row: TableRow, ref: string): boolean {
  if (ref === 'total') return row.kind === 'total' && row.block !== 'expenditure';
  if (ref === 'expenditure-total') return row.kind === 'total' && row.block === 'expenditure';
  if (/^\d{3}$/.test(ref)) return row.code === ref && row.block !== 'income';
  return row.item === ref;
}

/** The cell a reference names: undefined when the table does not have that row or column. */
function cellAt(table: Table, ref: CellRef, ctx: CheckContext): Cell | undefined {
  if (!table.columns.some((c) => c.id === ref.column)) return undefined;
  const row = table.rows.find((r) => matches(r, ref.row));
  if (!row) return undefined;
  return ctx.cell(row, ref.column);
}

function label(ref: CellRef): string {
  return `${specOf(ref.table).name}[${ref.row}].${ref.column}`;
}

export function crossTableRules(): Rule[] {
  return CROSS_TABLE_IDENTITIES.map((id): Rule => ({
    id: `cross:${id.name}`,
    category: 'cross-table',
    severity: 'error',
    zh: `${label(id.left)} ${id.relation === 'le' ? '≤' : '='} ${label(id.right)}`,
    en: `${id.left.table} ${id.left.row} ${id.left.column} ${id.relation === 'le' ? '≤' : '='} ${id.right.table} ${id.right.row} ${id.right.column}`,
    basis:
      id.relation === 'le'
        ? '部分不大于整体（同一笔资金在两张表中）'
        : '同一笔资金在两张表中的数额应一致（表间勾稽关系）',
    evaluate: (d, ctx): FindingDraft[] => {
      const left = ctx.table(id.left.table);
      const right = ctx.table(id.right.table);
      if (!left || !right) return [];
      if (id.kind && d.identity.kind !== id.kind) {
        // A 决算 report lists the budget identities it sets aside; a budget's report is not
        // cluttered with the 决算 ones.
        if (d.identity.kind !== '决算') return [];
        const location = { table: id.left.table, row: id.left.row, column: id.left.column };
        return [{ outcome: 'not_applicable', location, note: `仅适用于${id.kind}` }];
      }
      if (id.unlessRightRow && right.rows.some((r) => matches(r, id.unlessRightRow!))) return [];
      const a = cellAt(left, id.left, ctx);
      const b = cellAt(right, id.right, ctx);
      if (!a || !b) return [];
      const location = {
        table: id.left.table,
        ...(left.number ? { tableNumber: left.number } : {}),
        row: id.left.row,
        column: id.left.column,
      };
      const note = `${right.number ?? id.right.table} ${id.right.row} ${id.right.column}`;
      if (!a.known || !b.known)
        return [{ outcome: 'insufficient_data', location, unit: left.unit, note }];
      if (left.unit !== right.unit) return [];
      if (id.relation === 'le') {
        return [
          {
            outcome: a.cents <= b.cents ? 'pass' : 'fail',
            location,
            expected: fromCents(b.cents),
            actual: fromCents(a.cents),
            difference: fromCents(a.cents - b.cents),
            unit: left.unit,
            note: `≤ ${note}`,
          },
        ];
      }
      if (a.cents === 0 && b.cents === 0) return [];
      return [compareCents(a.cents, b.cents, 1, left.unit, location, note)];
    },
  }));
}
