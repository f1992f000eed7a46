// 收支总体: 部门收支总体情况表 (新疆), 财务收支预算总表 (上海), 收入支出决算总表 (决算).
// Two blocks on one printed row: 收入 items on the left, 支出 by 功能分类 类 on the right.
import { col, colAs } from './columns.js';
import type { ItemDef, TableSpec } from './types.js';

/** 新疆 2025: 本年收入 by source with 其中 lines, then 上年结转结余. */
const INCOME_2025: readonly ItemDef[] = [
  { id: 'current', label: '本年收入', parent: 'total' },
  { id: 'general', label: '一般公共预算拨款', parent: 'current' },
  { id: 'general-own', label: '一般财力', parent: 'general' },
  {
    id: 'general-transfer',
    label: '上级一般公共预算安排转移支付',
    aliases: ['上级一般公共预算安排的转移支付'],
    parent: 'general',
  },
  { id: 'fund', label: '政府性基金预算拨款', parent: 'current' },
  { id: 'fund-own', label: '政府性基金收入', parent: 'fund' },
  {
    id: 'fund-transfer',
    label: '上级政府性基金安排转移支付',
    aliases: ['上级政府性基金安排的转移支付'],
    parent: 'fund',
  },
  { id: 'capital', label: '国有资本经营预算拨款', parent: 'current' },
  { id: 'capital-own', label: '国有资本经营收入', parent: 'capital' },
  {
    id: 'capital-transfer',
    label: '上级国有资本经营预算安排转移支付',
    aliases: ['上级国有资本经营预算安排的转移支付'],
    parent: 'capital',
  },
  { id: 'special-account', label: '财政专户核拨', parent: 'current' },
  { id: 'unit-funds', label: '单位资金', parent: 'current' },
  { id: 'business-income', label: '事业收入', parent: 'unit-funds' },
  { id: 'upper-subsidy', label: '上级补助收入', parent: 'unit-funds' },
  { id: 'affiliate-income', label: '附属单位上缴收入', parent: 'unit-funds' },
  { id: 'business-operating', label: '事业单位经营收入', parent: 'unit-funds' },
  { id: 'unit-other', label: '其他收入', parent: 'unit-funds' },
  { id: 'carryover', label: '上年结转结余', parent: 'total' },
  { id: 'carryover-fiscal', label: '财政拨款结转', parent: 'carryover' },
  { id: 'carryover-general', label: '一般公共预算拨款', parent: 'carryover-fiscal' },
  { id: 'carryover-fund', label: '政府性基金预算拨款', parent: 'carryover-fiscal' },
  { id: 'carryover-capital', label: '国有资本经营预算拨款', parent: 'carryover-fiscal' },
  { id: 'carryover-nonfiscal', label: '非财政拨款结转结余', parent: 'carryover' },
  { id: 'carryover-special', label: '财政专户核拨', parent: 'carryover-nonfiscal' },
  { id: 'carryover-unit', label: '单位资金', parent: 'carryover-nonfiscal' },
  { id: 'total', label: '收入总计', aliases: ['收入合计'] },
];

/** 新疆 2021: 财政拨款（补助） by budget, then the non-fiscal sources. */
const INCOME_2021: readonly ItemDef[] = [
  { id: 'fiscal', label: '财政拨款（补助）', aliases: ['财政拨款'], parent: 'total' },
  { id: 'general', label: '一般公共预算', aliases: ['一般公共预算拨款'], parent: 'fiscal' },
  { id: 'fund', label: '政府性基金预算', aliases: ['政府性基金预算拨款'], parent: 'fiscal' },
  { id: 'capital', label: '国有资本经营预算', aliases: ['国有资本经营预算拨款'], parent: 'fiscal' },
  { id: 'special-account', label: '财政专户（教育收费）', aliases: ['财政专户'], parent: 'total' },
  { id: 'business-income', label: '事业收入', parent: 'total' },
  { id: 'business-operating', label: '事业单位经营收入', parent: 'total' },
  { id: 'unit-other', label: '单位其他资金收入', parent: 'total' },
  { id: 'total', label: '收入总计', aliases: ['收入合计'] },
];

/** 上海: 财政拨款收入 by budget, then 事业收入, 事业单位经营收入, 其他收入. */
const INCOME_SHANGHAI: readonly ItemDef[] = [
  { id: 'fiscal', label: '财政拨款收入', parent: 'total' },
  {
    id: 'general',
    label: '一般公共预算资金',
    aliases: ['一般公共预算', '一般公共预算拨款'],
    parent: 'fiscal',
  },
  { id: 'fund', label: '政府性基金', aliases: ['政府性基金预算'], parent: 'fiscal' },
  { id: 'capital', label: '国有资本经营预算', parent: 'fiscal' },
  { id: 'business-income', label: '事业收入', parent: 'total' },
  { id: 'business-operating', label: '事业单位经营收入', parent: 'total' },
  { id: 'unit-other', label: '其他收入', parent: 'total' },
  { id: 'total', label: '收入总计', aliases: ['收入合计'] },
];

export const revenueExpenditure: TableSpec = {
  kind: 'revenue-expenditure',
  name: '收支总体',
  nameEn: 'Revenue and expenditure overview',
  titles: [
    '部门收支总体情况表',
    '收支总体情况表',
    '财务收支预算总表',
    '收入支出决算总表',
    '部门收支总表',
  ],
  layouts: [
    {
      id: 'xinjiang-2025',
      blocks: [
        { id: 'income', rowKey: 'item', columns: [col('amount')], items: INCOME_2025 },
        { id: 'expenditure', rowKey: 'function-class', columns: [col('amount')] },
      ],
      incomeEqualsExpenditure: [{ item: 'total', column: 'amount' }],
    },
    {
      id: 'xinjiang-2021',
      blocks: [
        { id: 'income', rowKey: 'item', columns: [col('amount')], items: INCOME_2021 },
        { id: 'expenditure', rowKey: 'function-class', columns: [col('amount')] },
      ],
      incomeEqualsExpenditure: [{ item: 'total', column: 'amount' }],
    },
    {
      id: 'shanghai',
      blocks: [
        { id: 'income', rowKey: 'item', columns: [col('amount')], items: INCOME_SHANGHAI },
        { id: 'expenditure', rowKey: 'function-class', columns: [col('amount')] },
      ],
      incomeEqualsExpenditure: [{ item: 'total', column: 'amount' }],
    },
    {
      // 上海 单位预算: the 支出 side by 人员经费 / 公用经费 / 项目支出. Its 预算数 is printed 合计
      // and is the same column as the 收入 side's (so the 支出总计 reads as in the 部门 layout).
      id: 'shanghai-unit',
      blocks: [
        { id: 'income', rowKey: 'item', columns: [col('amount')], items: INCOME_SHANGHAI },
        {
          id: 'expenditure',
          rowKey: 'function-class',
          columns: [colAs('amount', '合计', [col('personnel'), col('public-use'), col('project')])],
        },
      ],
      incomeEqualsExpenditure: [{ item: 'total', column: 'amount' }],
    },
  ],
};
