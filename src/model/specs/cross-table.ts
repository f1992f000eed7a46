// Identities between tables: the same money seen in two tables. They hold in any disclosure whose
// tables come from one set of line items; an identity whose cells a document does not have does
// not apply. Row 'total' is the table's (or block's) total row; a 3-digit row is a 功能分类 类.
import type { CrossTableIdentity } from './types.js';

const RE = 'revenue-expenditure' as const;

export const CROSS_TABLE_IDENTITIES: readonly CrossTableIdentity[] = [
  // 收入总体's total row breaks the 收入 of 收支总体 down by source.
  ...(
    [
      ['total', 'total'],
      ['general', 'general-own'],
      ['general-transfer', 'general-transfer'],
      ['fund', 'fund-own'],
      ['fund-transfer', 'fund-transfer'],
      ['capital', 'capital-own'],
      ['capital-transfer', 'capital-transfer'],
      ['special-account', 'special-account'],
      ['unit-funds', 'unit-funds'],
      ['business-income', 'business-income'],
      ['business-operating', 'business-operating'],
      ['unit-other', 'unit-other'],
      ['carryover-fiscal', 'carryover-fiscal'],
      ['carryover-nonfiscal', 'carryover-nonfiscal'],
    ] as const
  ).map(([column, item]) => ({
    name: `revenue.${column}=revenue-expenditure.${item}`,
    // 决算: 收入决算表 sums 本年收入 only; 收支总表's 总计 adds 结转和结余 (identity below).
    ...(column === 'total' ? { kind: '预算' as const } : {}),
    left: { table: 'revenue' as const, row: 'total', column },
    right: { table: RE, row: item, column: 'amount' },
  })),
  {
    name: 'revenue.total=revenue-expenditure.current(决算)',
    kind: '决算',
    left: { table: 'revenue', row: 'total', column: 'total' },
    right: { table: RE, row: 'current', column: 'amount' },
  },
  // Where 收支总体 has no 其中 lines (新疆 2021) its budget items are the sources themselves; where
  // it has them (2025), the item adds 上级转移支付, which 收入总体's source column leaves out.
  ...(['general', 'fund', 'capital'] as const).map((item) => ({
    name: `revenue.${item}=revenue-expenditure.${item}(2021)`,
    unlessRightRow: `${item}-own`,
    left: { table: 'revenue' as const, row: 'total', column: item },
    right: { table: RE, row: item, column: 'amount' },
  })),
  {
    name: 'expenditure.total=revenue-expenditure.total',
    left: { table: 'expenditure', row: 'total', column: 'total' },
    right: { table: RE, row: 'expenditure-total', column: 'amount' },
  },
  {
    name: 'fiscal.general=revenue-expenditure.general',
    left: { table: 'fiscal-revenue-expenditure', row: 'general', column: 'amount' },
    right: { table: RE, row: 'general', column: 'amount' },
  },
  {
    name: 'general-budget.total=fiscal.general',
    left: { table: 'general-budget', row: 'total', column: 'total' },
    right: { table: 'fiscal-revenue-expenditure', row: 'expenditure-total', column: 'general' },
  },
  {
    name: 'general-budget.basic=general-budget-basic.total',
    left: { table: 'general-budget', row: 'total', column: 'basic' },
    right: { table: 'general-budget-basic', row: 'total', column: 'total' },
  },
  {
    name: 'general-budget.project=general-budget-project.total',
    left: { table: 'general-budget', row: 'total', column: 'project' },
    right: { table: 'general-budget-project', row: 'total', column: 'total' },
  },
  {
    name: 'carryover.fiscal=revenue-expenditure.carryover-fiscal',
    left: { table: 'carryover', row: 'total', column: 'fiscal' },
    right: { table: RE, row: 'carryover-fiscal', column: 'amount' },
  },
  {
    name: 'carryover.nonfiscal=revenue-expenditure.carryover-nonfiscal',
    left: { table: 'carryover', row: 'total', column: 'nonfiscal' },
    right: { table: RE, row: 'carryover-nonfiscal', column: 'amount' },
  },
  // "三公" paid from a budget is part of that budget's spending.
  ...(['general', 'fund', 'capital'] as const).map((column) => ({
    name: `three-public.${column}<=fiscal.${column}`,
    relation: 'le' as const,
    left: { table: 'three-public' as const, row: 'total', column },
    right: { table: 'fiscal-revenue-expenditure' as const, row: 'expenditure-total', column },
  })),
  {
    name: 'fund-budget.total=fiscal.fund',
    left: { table: 'fund-budget', row: 'total', column: 'total' },
    right: { table: 'fiscal-revenue-expenditure', row: 'expenditure-total', column: 'fund' },
  },
  {
    name: 'capital-budget.total=fiscal.capital',
    left: { table: 'capital-budget', row: 'total', column: 'total' },
    right: { table: 'fiscal-revenue-expenditure', row: 'expenditure-total', column: 'capital' },
  },
];
