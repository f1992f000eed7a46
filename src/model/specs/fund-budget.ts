// 政府性基金预算支出: 政府性基金预算支出情况表 (新疆), 政府性基金预算支出功能分类预算表 (上海),
// 政府性基金预算财政拨款收入支出决算表 (决算).
import { col } from './columns.js';
import type { TableLayout, TableSpec } from './types.js';

/** Layouts shared by the two other budgets' expenditure tables (基金 and 国有资本经营). */
export const BUDGET_EXPENDITURE_LAYOUTS: readonly TableLayout[] = [
  {
    id: 'personnel-public-use-project',
    blocks: [
      {
        id: 'main',
        rowKey: 'function',
        columns: [col('total', [col('personnel'), col('public-use'), col('project')])],
      },
    ],
  },
  {
    id: 'basic-project',
    blocks: [
      { id: 'main', rowKey: 'function', columns: [col('total', [col('basic'), col('project')])] },
    ],
  },
];

export const fundBudget: TableSpec = {
  kind: 'fund-budget',
  name: '政府性基金预算支出',
  nameEn: 'Government fund budget expenditure',
  titles: [
    '政府性基金预算支出情况表',
    '政府性基金预算支出功能分类预算表',
    '政府性基金预算财政拨款收入支出决算表',
    '政府性基金预算支出表',
  ],
  layouts: BUDGET_EXPENDITURE_LAYOUTS,
  emptyStatement: /政府性基金.{0,20}(为空表|无数据|没有)/,
};
