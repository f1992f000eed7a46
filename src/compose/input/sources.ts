// Funding sources (资金来源) of a line item, and what each one counts as in the tables: the 收入
// column of 表2, whether it is this year's 财政拨款 of one budget, or last year's money (上年结转).
// The ids are the Chinese labels a preparer types (and picks from the workbook's list).

export const SOURCES = [
  '一般公共预算',
  '上级一般公共预算转移支付',
  '政府性基金',
  '上级政府性基金转移支付',
  '国有资本经营',
  '上级国有资本经营转移支付',
  '财政专户',
  '事业收入',
  '上级补助收入',
  '附属单位上缴收入',
  '事业单位经营收入',
  '其他收入',
  '上年结转',
  '上年结转（政府性基金）',
  '上年结转（国有资本经营）',
  '上年结转（财政专户）',
  '上年结转（单位资金）',
] as const;
export type FundSource = (typeof SOURCES)[number];

/** Other spellings accepted on input (a preparer's words), mapped to the canonical id. */
export const SOURCE_ALIASES: Readonly<Record<string, FundSource>> = {
  一般公共预算拨款: '一般公共预算',
  政府性基金预算: '政府性基金',
  国有资本经营预算: '国有资本经营',
  财政专户管理资金: '财政专户',
  财政专户核拨: '财政专户',
  单位资金: '其他收入',
  上年结转结余: '上年结转',
  财政拨款结转: '上年结转',
  '上年结转（一般公共预算）': '上年结转',
};

/** The budget of this year's 财政拨款, or undefined for money that is not (单位资金, 结转). */
export type Budget = 'general' | 'fund' | 'capital';

export interface SourceInfo {
  /** Budget of a current-year appropriation. */
  readonly budget?: Budget;
  /** 上级转移支付 within that budget. */
  readonly transfer?: boolean;
  /** 表1 income item (新疆 2025) the money is listed under. */
  readonly item: string;
  /** 表2 column (新疆 2025) and narrative 收入 subject. */
  readonly column:
    | 'general'
    | 'general-transfer'
    | 'fund'
    | 'fund-transfer'
    | 'capital'
    | 'capital-transfer'
    | 'special-account'
    | 'unit-funds'
    | 'carryover-fiscal'
    | 'carryover-nonfiscal';
  /** 表二 column of the 2021 template. */
  readonly column2021: string;
  /** Last year's money: 'fiscal' (财政拨款结转) or 'nonfiscal' (非财政拨款结转结余). */
  readonly carryover?: 'fiscal' | 'nonfiscal';
}

export const SOURCE_INFO: Readonly<Record<FundSource, SourceInfo>> = {
  一般公共预算: {
    budget: 'general',
    item: 'general-own',
    column: 'general',
    column2021: 'general',
  },
  上级一般公共预算转移支付: {
    budget: 'general',
    transfer: true,
    item: 'general-transfer',
    column: 'general-transfer',
    column2021: 'general',
  },
  政府性基金: { budget: 'fund', item: 'fund-own', column: 'fund', column2021: 'fund' },
  上级政府性基金转移支付: {
    budget: 'fund',
    transfer: true,
    item: 'fund-transfer',
    column: 'fund-transfer',
    column2021: 'fund',
  },
  国有资本经营: {
    budget: 'capital',
    item: 'capital-own',
    column: 'capital',
    column2021: 'capital',
  },
  上级国有资本经营转移支付: {
    budget: 'capital',
    transfer: true,
    item: 'capital-transfer',
    column: 'capital-transfer',
    column2021: 'capital',
  },
  财政专户: { item: 'special-account', column: 'special-account', column2021: 'special-account' },
  事业收入: { item: 'business-income', column: 'unit-funds', column2021: 'business-income' },
  上级补助收入: { item: 'upper-subsidy', column: 'unit-funds', column2021: 'unit-other' },
  附属单位上缴收入: { item: 'affiliate-income', column: 'unit-funds', column2021: 'unit-other' },
  事业单位经营收入: {
    item: 'business-operating',
    column: 'unit-funds',
    column2021: 'business-operating',
  },
  其他收入: { item: 'unit-other', column: 'unit-funds', column2021: 'unit-other' },
  上年结转: {
    item: 'carryover-general',
    column: 'carryover-fiscal',
    column2021: 'unit-carryover',
    carryover: 'fiscal',
  },
  '上年结转（政府性基金）': {
    item: 'carryover-fund',
    column: 'carryover-fiscal',
    column2021: 'unit-carryover',
    carryover: 'fiscal',
  },
  '上年结转（国有资本经营）': {
    item: 'carryover-capital',
    column: 'carryover-fiscal',
    column2021: 'unit-carryover',
    carryover: 'fiscal',
  },
  '上年结转（财政专户）': {
    item: 'carryover-special',
    column: 'carryover-nonfiscal',
    column2021: 'unit-carryover',
    carryover: 'nonfiscal',
  },
  '上年结转（单位资金）': {
    item: 'carryover-unit',
    column: 'carryover-nonfiscal',
    column2021: 'unit-carryover',
    carryover: 'nonfiscal',
  },
};

export const EXPENSE_TYPES = ['人员经费', '公用经费', '项目'] as const;
export type ExpenseType = (typeof EXPENSE_TYPES)[number];

export const EXPENSE_TYPE_ALIASES: Readonly<Record<string, ExpenseType>> = {
  人员: '人员经费',
  公用: '公用经费',
  项目支出: '项目',
  基本支出人员经费: '人员经费',
  基本支出公用经费: '公用经费',
};
