// 收入支出决算总表 (national 部门决算 template, 表一): 收入 by source with 本年收入合计, 使用非财政拨款
// 结余 and 年初结转和结余 up to 总计; 支出 by 功能分类 类 (printed "一、一般公共服务支出", no codes)
// with 本年支出合计, 结余分配 and 年末结转和结余 up to 总计. Both halves print one 决算数 column and
// are told apart by position.
import { col } from './columns.js';
import type { SpecForm } from './final-form.js';
import type { ItemDef } from './types.js';

const INCOME: readonly ItemDef[] = [
  { id: 'current', label: '本年收入合计', parent: 'total' },
  {
    id: 'general',
    label: '一般公共预算财政拨款收入',
    aliases: ['一般公共预算财政拨款'],
    parent: 'current',
  },
  {
    id: 'fund',
    label: '政府性基金预算财政拨款收入',
    aliases: ['政府性基金预算财政拨款'],
    parent: 'current',
  },
  {
    id: 'capital',
    label: '国有资本经营预算财政拨款收入',
    aliases: ['国有资本经营预算财政拨款'],
    parent: 'current',
  },
  { id: 'upper-subsidy', label: '上级补助收入', parent: 'current' },
  { id: 'business-income', label: '事业收入', parent: 'current' },
  { id: 'business-operating', label: '经营收入', parent: 'current' },
  { id: 'affiliate-income', label: '附属单位上缴收入', parent: 'current' },
  { id: 'unit-other', label: '其他收入', parent: 'current' },
  {
    id: 'nonfiscal-balance',
    label: '使用非财政拨款结余',
    aliases: ['使用非财政拨款结余（含专用结余）', '用事业基金弥补收支差额'],
    parent: 'total',
  },
  { id: 'carryover', label: '年初结转和结余', parent: 'total' },
  { id: 'total', label: '总计', aliases: ['收入总计'] },
];

/** The 支出 half's lines besides the 类: its total row is 本年支出合计 (= Σ 类). */
const EXPENDITURE: readonly ItemDef[] = [
  { id: 'total', label: '本年支出合计', parent: 'grand-total' },
  { id: 'distribution', label: '结余分配', parent: 'grand-total' },
  { id: 'carryover-end', label: '年末结转和结余', parent: 'grand-total' },
  { id: 'grand-total', label: '总计', aliases: ['支出总计'] },
];

export const finalRevenueExpenditure: SpecForm = {
  kind: 'revenue-expenditure',
  titles: ['收入支出决算总表'],
  layouts: [
    {
      id: 'final',
      halves: 'blocks',
      blocks: [
        { id: 'income', rowKey: 'item', columns: [col('amount')], items: INCOME },
        {
          id: 'expenditure',
          rowKey: 'function-class',
          columns: [col('amount')],
          items: EXPENDITURE,
        },
      ],
    },
  ],
};
