// The same money printed in two tables (model/specs/cross-table.ts) in their stated units. Tables
// in different units are compared after conversion (the derived identity rules compare only tables
// of one unit); a pair that agrees only after a factor of 10,000 has a wrong unit label.
import { CROSS_TABLE_IDENTITIES } from '../../../model/specs/index.js';
import { hasColumn } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { compareUnits } from './units.js';

export const crossTableUnit: Rule = {
  id: 'classification:cross-table-unit',
  category: 'classification',
  severity: 'warning',
  zh: '各表金额单位（元/万元）一致：同一笔资金在两表中换算单位后相等，不因单位标错而相差一万倍',
  en: 'Tables state consistent units: the same money in two tables agrees once units are converted',
  basis: '公开表式要求：各表标明金额单位；表间勾稽关系在统一单位后成立',
  evaluate: (_d, ctx) => {
    const out: FindingDraft[] = [];
    for (const id of CROSS_TABLE_IDENTITIES) {
      if (id.relation === 'le') continue;
      const left = ctx.table(id.left.table);
      const right = ctx.table(id.right.table);
      if (!left || !right) continue;
      const a = ctx.rowAt(id.left.table, id.left.row);
      const b = ctx.rowAt(id.right.table, id.right.row);
      if (!a || !b) continue;
      if (!hasColumn(left, id.left.column) || !hasColumn(right, id.right.column)) continue;
      const ca = ctx.cell(a, id.left.column);
      const cb = ctx.cell(b, id.right.column);
      if (!ca.known || !cb.known || ca.cents === 0 || cb.cents === 0) continue;
      const verdict = compareUnits(ca.cents, left.unit, cb.cents, right.unit);
      const sameUnit = left.unit === right.unit;
      // Same unit and different figures: the derived identity rule reports it.
      if (verdict === 'different' && sameUnit) continue;
      if (verdict === 'same' && !ctx.keepPasses) {
        out.push(PASS);
        continue;
      }
      const location = {
        table: id.left.table,
        ...(left.number ? { tableNumber: left.number } : {}),
        row: id.left.row,
        column: id.left.column,
      };
      const other = `${right.number ?? id.right.table} ${id.right.row} ${id.right.column}`;
      if (verdict === 'same') {
        out.push({ outcome: 'pass', location, note: other });
        continue;
      }
      out.push({
        outcome: 'fail',
        location,
        expectedText: right.unit,
        actualText: left.unit,
        note:
          verdict === 'scaled'
            ? `${other}：数额相差一万倍，单位标注有误`
            : `${other}：换算单位后仍不相等`,
      });
    }
    return out;
  },
};
