// A code printed twice in the same scope (block and budget unit) of a table: the table lists each
// 科目 once, so a second row with the same code is double counting or a misprinted code. Project
// rows share their 项 code by design and are left out.
import type { Table, TableRow } from '../../../model/table.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { rowLocation } from './codes.js';

function check(table: Table, out: FindingDraft[]): void {
  let seen = new Map<string, TableRow>();
  let block: TableRow['block'];
  for (const r of table.rows) {
    if (r.block !== block || r.kind === 'unit') {
      seen = new Map();
      block = r.block;
    }
    if (r.kind !== 'code' || !r.code || r.block === 'income') continue;
    const first = seen.get(r.code);
    if (!first) {
      seen.set(r.code, r);
      continue;
    }
    out.push({
      outcome: 'fail',
      location: rowLocation(table, r),
      actualText: r.code,
      ...(first.at?.line ? { note: `同一范围内第 ${first.at.line} 行已列此编码` } : {}),
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
  evaluate: (d) => {
    const out: FindingDraft[] = [];
    for (const t of d.tables) check(t, out);
    return out;
  },
};
