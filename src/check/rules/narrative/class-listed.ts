// A section that lists the 一般公共预算 by 类 (财政拨款收支总体说明, 当年拨款结构情况) lists every
// 类 of 一般公共预算支出情况表. A warning: a section may choose to name the main 类 only.
import type { NarrativeFact } from '../../../model/narrative.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { describeRow, rowKey } from '../row-key.js';
import { PASS } from '../../sums.js';
import { GridColumn } from '../../grid-column.js';
import { functionRow } from './support/targets.js';
import { sectionLabel } from './support/where.js';

const SCOPE = 'general-budget';

export const classListed: Rule = {
  id: 'narrative:class-listed',
  category: 'narrative',
  severity: 'warning',
  zh: '按类说明一般公共预算支出的段落列出了一般公共预算支出情况表中的每一类',
  en: 'A section listing general public budget expenditure by class lists every class of the general public budget expenditure table',
  basis: '一般公共预算当年拨款结构情况按功能分类类级科目说明（公开表式要求）',
  evaluate: (d, ctx): FindingDraft[] => {
    const table = ctx.table('general-budget');
    if (!table) return [];
    const bySection = new Map<string, NarrativeFact[]>();
    for (const f of ctx.factsOf('function')) {
      if (f.subject.kind !== 'function' || f.subject.level !== '类' || f.scope !== SCOPE) continue;
      const key = sectionLabel(f);
      const list = bySection.get(key);
      if (list) list.push(f);
      else bySection.set(key, [f]);
    }
    const out: FindingDraft[] = [];
    const column = new GridColumn(ctx, table, 'total');
    for (const [section, facts] of bySection) {
      const named = new Set<string>();
      for (const f of facts) {
        if (f.subject.kind !== 'function') continue;
        const row = functionRow(ctx, 'general-budget', f.subject).found;
        if (row?.code) named.add(row.code);
      }
      for (let k = 0; k < column.shapes.length; k++) {
        const shape = column.shapes[k]!;
        if (shape.kind !== 'code' || shape.code?.length !== 3) continue;
        const cents = column.cents(k);
        if (cents === 0) continue;
        // A pass nobody keeps needs no location (see CheckContext.keepPasses).
        if (!ctx.keepPasses && named.has(shape.code)) {
          out.push(PASS);
          continue;
        }
        const r = table.rows[k]!;
        const location = {
          table: table.kind,
          ...(table.number ? { tableNumber: table.number } : {}),
          row: rowKey(r),
          rowName: describeRow(r),
          section,
        };
        const known = !Number.isNaN(cents);
        const outcome = named.has(shape.code) ? 'pass' : known ? 'fail' : 'insufficient_data';
        out.push({ outcome, location });
      }
    }
    return out;
  },
};
