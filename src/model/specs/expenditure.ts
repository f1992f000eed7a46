// 支出总体: 部门支出总体情况表 (新疆), 部门支出预算总表 (上海), 支出决算表 (决算).
import { col } from './columns.js';
import type { TableSpec } from './types.js';

export const expenditure: TableSpec = {
  kind: 'expenditure',
  name: '支出总体',
  nameEn: 'Expenditure',
  titles: ['部门支出总体情况表', '支出总体情况表', '支出预算总表', '支出决算表'],
  layouts: [
    {
      id: 'basic-project',
      blocks: [
        {
          id: 'main',
          rowKey: 'function',
          columns: [col('total', [col('basic'), col('project')])],
        },
      ],
    },
  ],
};
