// 支出决算表 (决算 表三): 本年支出合计 by 基本支出, 项目支出, 上缴上级支出, 经营支出 and 对附属单位
// 补助支出, rows by 功能分类.
import { col, colAs } from './columns.js';
import { fcol } from './final-columns.js';
import type { SpecForm } from './final-form.js';

export const finalExpenditure: SpecForm = {
  kind: 'expenditure',
  titles: ['支出决算表'],
  layouts: [
    {
      id: 'final',
      blocks: [
        {
          id: 'main',
          rowKey: 'function',
          columns: [
            colAs('total', '本年支出合计', [
              col('basic'),
              col('project'),
              fcol('remit-upper'),
              fcol('operating-expenditure'),
              fcol('affiliate-subsidy'),
            ]),
          ],
        },
      ],
    },
  ],
};
