// A 功能分类 款 or 项 as stated (行政运行（项）：2025年预算数为 4,773.88万元) is its row of the table
// of its scope, found by code or by the 类/款/项 names printed. A line stated with 0 this year
// that the table does not print is last year's line (its change is explained): not an error.
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { functionRow, functionTable } from './support/targets.js';
import { factLocation } from './support/where.js';

export const functionLineAmount: Rule = {
  id: 'narrative:function-line-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述各款、项支出等于支出表中该款、项的合计',
  en: 'Each stated expenditure line (款 or 项) equals its row in the expenditure table of its scope',
  basis: '情况说明所述数字与所说明的表格一致：某项支出 = 一般公共预算支出情况表该项合计',
  evaluate: (d, ctx): FindingDraft[] =>
    d.narrative.facts.flatMap((f): FindingDraft[] => {
      if (f.subject.kind !== 'function' || f.subject.level === '类' || f.amount === undefined)
        return [];
      const where = functionTable(f.scope);
      const table = where && ctx.table(where[0]);
      if (!where || !table) return [];
      const row = functionRow(ctx, where[0], f.subject);
      if (!row.found) {
        if (row.ambiguous) return [{ outcome: 'insufficient_data', location: factLocation(f) }];
        return [
          {
            outcome: f.amount === 0 ? 'pass' : 'fail',
            location: { table: table.kind, ...factLocation(f), column: where[1] },
            expected: 0,
            actual: f.amount,
            difference: f.amount,
            unit: f.unit,
            note: '表中无此行',
          },
        ];
      }
      const found = compareWithTargets(
        f,
        f.amount,
        [{ table, row: row.found, column: where[1] }],
        ctx,
      );
      return found ? [found] : [];
    }),
};
