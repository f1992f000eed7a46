// 财政拨款收支总体: 财政拨款收支预算总体情况表 (新疆), 财政拨款收支预算总表 (上海),
// 财政拨款收入支出决算总表 (决算). 收入 by budget on the left; 支出 by 功能分类 类 and budget.
import { col } from './columns.js';
import type { ItemDef, TableSpec } from './types.js';

const INCOME: readonly ItemDef[] = [
  { id: 'fiscal', label: '财政拨款（补助）', aliases: ['财政拨款', '本年收入'], parent: 'total' },
  {
    id: 'general',
    label: '一般公共预算',
    aliases: ['一般公共预算拨款', '一般公共预算资金'],
    parent: 'fiscal',
  },
  {
    id: 'fund',
    label: '政府性基金预算',
    aliases: ['政府性基金预算拨款', '政府性基金'],
    parent: 'fiscal',
  },
  { id: 'capital', label: '国有资本经营预算', aliases: ['国有资本经营预算拨款'], parent: 'fiscal' },
  { id: 'total', label: '收入总计', aliases: ['收入合计'] },
];

export const fiscalRevenueExpenditure: TableSpec = {
  kind: 'fiscal-revenue-expenditure',
  name: '财政拨款收支总体',
  nameEn: 'Fiscal appropriations overview',
  titles: [
    '财政拨款收支预算总体情况表',
    '财政拨款收支总体情况表',
    '财政拨款收支预算总表',
    '财政拨款收入支出决算总表',
  ],
  layouts: [
    {
      id: 'by-budget',
      blocks: [
        { id: 'income', rowKey: 'item', columns: [col('amount')], items: INCOME },
        {
          id: 'expenditure',
          rowKey: 'function-class',
          columns: [col('total', [col('general'), col('fund'), col('capital')])],
        },
      ],
      incomeEqualsExpenditure: [
        { item: 'total', column: 'total' },
        { item: 'general', column: 'general' },
        { item: 'fund', column: 'fund' },
        { item: 'capital', column: 'capital' },
      ],
    },
  ],
};
