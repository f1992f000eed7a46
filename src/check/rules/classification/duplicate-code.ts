// A code printed twice in the same scope (block and budget unit) of a table: the table lists each
// 科目 once, so a second row with the same code is double counting or a misprinted code. Project
// rows share their 项 code by design and are left out.
import type { Table } from '../../../model/table.js';
import type { RowShape } from '../../../model/specs/index.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { rowLocation } from './codes.js';

function check(table: Table, shapes: readonly RowShape[], out: FindingDraft[]): void {
  // Code → index of the first row printing it in the current scope (one map, emptied per scope).
  const seen = new Map<string, number>();
  let block: RowShape['block'];
  for (let k = 0; k < shapes.length; k++) {
    const r = shapes[k]!;
    if (r.block !== block || r.kind === 'unit') {
      if (seen.size > 0) seen.clear();
      block = r.block;
    }
    if (r.kind !== 'code' || !r.code || r.block === 'income') continue;
    const first = seen.get(r.code);
    if (first === undefined) {
      seen.set(r.code, k);
      continue;
    }
    const line = table.rows[first]!.at?.line;
    out.push({
      outcome: 'fail',
      location: rowLocation(table, table.rows[k]!),
      actualText: r.code,
      ...(line ? { note: `同一范围内第 ${line} 行已列此编码` } : {}),
    });
  }
}

export const duplicateCode: Rule = {
  id: 'classification:duplicate-code',
  category: 'classification',
  severity: 'warning',
  zh: '同一表同一范围（同一单位）内科目编码不重复',
  en: 'No classification code is printed twice in the same part of a table',
  basis: '表式：每个科目在同一表（同一预算单位）中只列一行',
  evaluate: (d, ctx: CheckContext) => {
    const out: FindingDraft[] = [];
    // The rows' fields from the context's row shapes (one object shape, where rows have many).
    for (const t of d.tables) check(t, ctx.grid(t).shapes, out);
    return out;
  },
};
