// A 功能分类 类 as stated (一般公共服务支出（类）10,790.77万元) is its row of the table of its
// scope: 一般公共预算支出情况表 for the 一般公共预算, 部门支出总体情况表 for all funds.
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { functionRow, functionTable } from './support/targets.js';
import { factLocation } from './support/where.js';

export const functionClassAmount: Rule = {
  id: 'narrative:function-class-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述各类（功能分类）支出等于支出表中该类的合计',
  en: 'Each stated expenditure class (functional classification) equals its row in the expenditure table of its scope',
  basis:
    '情况说明所述数字与所说明的表格一致：某类支出 = 一般公共预算支出情况表（或支出总体情况表）该类合计',
  evaluate: (d, ctx): FindingDraft[] =>
    d.narrative.facts.flatMap((f): FindingDraft[] => {
      if (f.subject.kind !== 'function' || f.subject.level !== '类' || f.amount === undefined)
        return [];
      const where = functionTable(f.scope);
      const table = where && ctx.table(where[0]);
      if (!where || !table) return [];
      const row = functionRow(ctx, where[0], f.subject);
      if (!row.found) {
        if (row.ambiguous) return [{ outcome: 'insufficient_data', location: factLocation(f) }];
        // A 类 the table does not print has nothing this year.
        return [
          {
            outcome: f.amount === 0 ? 'pass' : 'fail',
            location: { table: table.kind, ...factLocation(f), column: where[1] },
            expected: 0,
            actual: f.amount,
            difference: f.amount,
            unit: f.unit,
            note: '表中无此类',
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
