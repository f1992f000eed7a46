// 财政拨款收入支出决算总表 (决算 表四): 收入 by budget with 本年收入合计 and 年初财政拨款结转和结余
// (by budget again) up to 总计; 支出 by 功能分类 类 and budget with 本年支出合计 and 年末财政拨款
// 结转和结余 up to 总计. The halves are told apart by position.
import { col, colAs } from './columns.js';
import type { SpecForm } from './final-form.js';
import type { ItemDef } from './types.js';

const INCOME: readonly ItemDef[] = [
  { id: 'current', label: '本年收入合计', parent: 'total' },
  { id: 'general', label: '一般公共预算财政拨款', parent: 'current' },
  { id: 'fund', label: '政府性基金预算财政拨款', parent: 'current' },
  { id: 'capital', label: '国有资本经营预算财政拨款', parent: 'current' },
  { id: 'carryover', label: '年初财政拨款结转和结余', parent: 'total' },
  { id: 'carryover-general', label: '一般公共预算财政拨款', parent: 'carryover' },
  { id: 'carryover-fund', label: '政府性基金预算财政拨款', parent: 'carryover' },
  { id: 'carryover-capital', label: '国有资本经营预算财政拨款', parent: 'carryover' },
  { id: 'total', label: '总计', aliases: ['收入总计'] },
];

const EXPENDITURE: readonly ItemDef[] = [
  { id: 'total', label: '本年支出合计', parent: 'grand-total' },
  { id: 'carryover-end', label: '年末财政拨款结转和结余', parent: 'grand-total' },
  { id: 'grand-total', label: '总计', aliases: ['支出总计'] },
];

export const finalFiscalRevenueExpenditure: SpecForm = {
  kind: 'fiscal-revenue-expenditure',
  titles: ['财政拨款收入支出决算总表'],
  layouts: [
    {
      id: 'final',
      halves: 'blocks',
      blocks: [
        { id: 'income', rowKey: 'item', columns: [col('amount')], items: INCOME },
        {
          id: 'expenditure',
          rowKey: 'function-class',
          columns: [
            col('total', [
              colAs('general', '一般公共预算财政拨款'),
              colAs('fund', '政府性基金预算财政拨款'),
              colAs('capital', '国有资本经营预算财政拨款'),
            ]),
          ],
          items: EXPENDITURE,
        },
      ],
    },
  ],
};
