// 一般公共预算财政拨款基本支出决算表 (决算 表六): one 决算数 column, printed as two tables side by
// side: 人员经费 (301, 303) on the left closed by 人员经费合计, 公用经费 (302, 310, …) on the right
// closed by 公用经费合计. Read into the budget's columns (合计 = 人员经费 + 公用经费), so checks and
// the summary treat 预算 and 决算 alike: a left line's 决算数 is its 合计 and its 人员经费, a right
// line's its 合计 and its 公用经费.
import { col } from './columns.js';
import type { SpecForm } from './final-form.js';

export const finalGeneralBudgetBasic: SpecForm = {
  kind: 'general-budget-basic',
  titles: ['一般公共预算财政拨款基本支出决算表'],
  layouts: [
    {
      id: 'final-side-by-side',
      halves: ['personnel', 'public-use'],
      blocks: [
        {
          id: 'main',
          rowKey: 'economic',
          columns: [col('total', [col('personnel'), col('public-use')])],
        },
      ],
    },
  ],
};
