// 一般公共预算项目支出 by unit and project, with 经济分类 类 columns: 一般公共预算项目支出情况表.
import { col, ECONOMIC_CLASS_COLUMNS } from './columns.js';
import type { TableSpec } from './types.js';

export const generalBudgetProject: TableSpec = {
  kind: 'general-budget-project',
  name: '一般公共预算项目支出',
  nameEn: 'General public budget project expenditure',
  titles: ['一般公共预算项目支出情况表', '一般公共预算项目支出表', '项目支出情况表'],
  layouts: [
    {
      id: 'economic-classes',
      blocks: [
        {
          id: 'main',
          rowKey: 'unit-function-project',
          columns: [col('total', ECONOMIC_CLASS_COLUMNS)],
        },
      ],
    },
  ],
};
