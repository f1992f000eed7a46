// A 项 is printed under its own 款 and 类, a 款 under its own 类: the nearest 款 and 类 rows above a
// row (within its block and budget unit) are the prefixes of its code. Tables that print no 款 or
// 类 rows above a line give nothing to check for it.
import type { RowShape } from '../../../model/specs/index.js';
import type { Table } from '../../../model/table.js';
import type { FindingDraft, Rule } from '../../rule.js';
import type { CheckContext } from '../../context.js';
import { passAt, rowLocation } from './codes.js';

function check(table: Table, out: FindingDraft[], ctx: CheckContext): void {
  let cls: string | undefined;
  let section: string | undefined;
  let block: RowShape['block'];
  // The rows' fields from the context's row shapes (one object shape, where rows have many).
  const shapes = ctx.grid(table).shapes;
  for (let k = 0; k < shapes.length; k++) {
    const r = shapes[k]!;
    if (r.block !== block || r.kind === 'unit' || r.kind === 'total') {
      cls = undefined;
      section = undefined;
      block = r.block;
    }
    const code = r.code;
    if (!code || r.block === 'income') continue;
    if (code.length === 3) {
      cls = code;
      section = undefined;
      continue;
    }
    const parent = code.length === 7 ? (section ?? cls) : cls;
    if (code.length === 5) section = code;
    if (parent === undefined) continue;
    if (code.startsWith(parent)) out.push(passAt(ctx, table, table.rows[k]!));
    else
      out.push({
        outcome: 'fail',
        location: rowLocation(table, table.rows[k]!),
        expectedText: parent,
        actualText: code,
      });
  }
}

export const underParent: Rule = {
  id: 'classification:under-parent',
  category: 'classification',
  severity: 'warning',
  zh: '项级科目列在其所属款、类之下，款级科目列在其所属类之下',
  en: 'Every 项 line sits under its own 款 and 类, every 款 under its own 类',
  basis: '《政府收支分类科目》编码层级：类 3 位、款 5 位、项 7 位，下级编码以上级编码开头',
  evaluate: (d, ctx) => {
    const out: FindingDraft[] = [];
    for (const t of d.tables) check(t, out, ctx);
    return out;
  },
};
