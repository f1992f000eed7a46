// 收入决算表 (决算 表二): 本年收入合计 by source, rows by 功能分类.
import { col, colAs } from './columns.js';
import { fcol } from './final-columns.js';
import type { SpecForm } from './final-form.js';

export const finalRevenue: SpecForm = {
  kind: 'revenue',
  titles: ['收入决算表'],
  layouts: [
    {
      id: 'final',
      blocks: [
        {
          id: 'main',
          rowKey: 'function',
          columns: [
            colAs('total', '本年收入合计', [
              colAs('fiscal', '财政拨款收入'),
              fcol('upper-subsidy'),
              col('business-income'),
              colAs('business-operating', '经营收入'),
              fcol('affiliate-income'),
              colAs('unit-other', '其他收入'),
            ]),
          ],
        },
      ],
    },
  ],
};
