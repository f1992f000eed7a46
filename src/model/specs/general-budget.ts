// 一般公共预算支出: 一般公共预算支出情况表 (新疆), 一般公共预算支出功能分类预算表 (上海),
// 一般公共预算财政拨款支出决算表 (决算).
import { col } from './columns.js';
import type { TableSpec } from './types.js';

export const generalBudget: TableSpec = {
  kind: 'general-budget',
  name: '一般公共预算支出',
  nameEn: 'General public budget expenditure',
  titles: [
    '一般公共预算支出情况表',
    '一般公共预算支出功能分类预算表',
    '一般公共预算财政拨款支出决算表',
    '一般公共预算支出表',
  ],
  layouts: [
    {
      id: 'basic-project',
      blocks: [
        { id: 'main', rowKey: 'function', columns: [col('total', [col('basic'), col('project')])] },
      ],
    },
  ],
};
