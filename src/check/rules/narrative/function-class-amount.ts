// A 功能分类 类 as stated (一般公共服务支出（类）10,790.77万元) is its row of the table of its
// scope: 一般公共预算支出情况表 for the 一般公共预算, 部门支出总体情况表 for all funds.
import type { FindingDraft, Rule } from '../../rule.js';
import { eachFinding } from './support/each.js';
import { functionAmountFinding } from './support/function-amount.js';

export const functionClassAmount: Rule = {
  id: 'narrative:function-class-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述各类（功能分类）支出等于支出表中该类的合计',
  en: 'Each stated expenditure class (functional classification) equals its row in the expenditure table of its scope',
  basis:
    '情况说明所述数字与所说明的表格一致：某类支出 = 一般公共预算支出情况表（或支出总体情况表）该类合计',
  evaluate: (d, ctx) =>
    eachFinding(ctx.factsOf('function'), (f): FindingDraft | undefined => {
      if (f.subject.kind !== 'function' || f.subject.level !== '类' || f.amount === undefined)
        return undefined;
      return functionAmountFinding(f, f.subject, f.amount, ctx, '表中无此类');
    }),
};
