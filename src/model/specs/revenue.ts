// 收入总体: 部门收入总体情况表 (新疆), 部门收入预算总表 (上海), 收入决算表 (决算).
import { col, colAs } from './columns.js';
import type { TableSpec } from './types.js';

export const revenue: TableSpec = {
  kind: 'revenue',
  name: '收入总体',
  nameEn: 'Revenue',
  titles: ['部门收入总体情况表', '收入总体情况表', '收入预算总表', '收入决算表'],
  layouts: [
    {
      id: 'xinjiang-2025',
      blocks: [
        {
          id: 'main',
          rowKey: 'function',
          columns: [
            colAs('total', '总计', [
              col('fiscal', [
                col('general'),
                col('general-transfer'),
                col('fund'),
                col('fund-transfer'),
                col('capital'),
                col('capital-transfer'),
              ]),
              col('special-account'),
              col('unit-funds'),
              col('carryover-fiscal'),
              col('carryover-nonfiscal'),
            ]),
          ],
        },
      ],
    },
    {
      id: 'xinjiang-2021',
      blocks: [
        {
          id: 'main',
          rowKey: 'function',
          columns: [
            colAs('total', '总计', [
              colAs('general', '一般公共预算拨款'),
              colAs('fund', '政府性基金预算拨款'),
              col('capital'),
              col('special-account'),
              col('business-income'),
              col('business-operating'),
              col('unit-other'),
              col('unit-carryover'),
            ]),
          ],
        },
      ],
    },
    {
      id: 'shanghai',
      blocks: [
        {
          id: 'main',
          rowKey: 'function',
          columns: [
            col('total', [
              colAs('fiscal', '财政拨款收入'),
              col('business-income'),
              col('business-operating'),
              col('unit-other'),
            ]),
          ],
        },
      ],
    },
  ],
};
