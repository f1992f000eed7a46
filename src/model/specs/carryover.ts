// 上年结转结余: 上年结转结余情况明细表 (新疆 2025). Per unit and project, by fiscal/non-fiscal and
// 人员经费/公用经费/项目支出.
import { col } from './columns.js';
import type { TableSpec } from './types.js';

export const carryover: TableSpec = {
  kind: 'carryover',
  name: '上年结转结余',
  nameEn: 'Carry-over from last year',
  titles: ['上年结转结余情况明细表', '上年结转结余情况表', '结转结余情况表'],
  layouts: [
    {
      id: 'fiscal-nonfiscal',
      blocks: [
        {
          id: 'main',
          rowKey: 'unit-project',
          columns: [
            col('total', [
              col('fiscal', [
                col('fiscal-personnel'),
                col('fiscal-public-use'),
                col('fiscal-project'),
              ]),
              col('nonfiscal', [
                col('nonfiscal-personnel'),
                col('nonfiscal-public-use'),
                col('nonfiscal-project'),
              ]),
            ]),
          ],
        },
      ],
    },
  ],
};
