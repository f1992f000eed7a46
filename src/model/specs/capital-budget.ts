// 国有资本经营预算支出: 国有资本经营预算支出情况表 (新疆), 国有资本经营预算支出功能分类预算表,
// 国有资本经营预算财政拨款支出决算表 (决算).
import { BUDGET_EXPENDITURE_LAYOUTS } from './fund-budget.js';
import type { TableSpec } from './types.js';

export const capitalBudget: TableSpec = {
  kind: 'capital-budget',
  name: '国有资本经营预算支出',
  nameEn: 'State capital operation budget expenditure',
  titles: [
    '国有资本经营预算支出情况表',
    '国有资本经营预算支出功能分类预算表',
    '国有资本经营预算财政拨款支出决算表',
    '国有资本经营预算支出表',
  ],
  layouts: BUDGET_EXPENDITURE_LAYOUTS,
  emptyStatement: /国有资本经营.{0,20}(为空表|无数据|没有)/,
};
