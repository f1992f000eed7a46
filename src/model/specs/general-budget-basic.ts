// 一般公共预算基本支出 by 部门预算支出经济分类: 一般公共预算基本支出情况表 (新疆),
// 一般公共预算基本支出部门预算经济分类预算表 (上海), 一般公共预算财政拨款基本支出决算表 (决算).
import { col } from './columns.js';
import type { TableSpec } from './types.js';

export const generalBudgetBasic: TableSpec = {
  kind: 'general-budget-basic',
  name: '一般公共预算基本支出',
  nameEn: 'General public budget basic expenditure',
  titles: [
    '一般公共预算基本支出情况表',
    '一般公共预算基本支出部门预算经济分类预算表',
    '一般公共预算财政拨款基本支出决算表',
    '一般公共预算基本支出表',
  ],
  layouts: [
    {
      id: 'personnel-public-use',
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
