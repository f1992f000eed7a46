// Keys naming what a last-year figure or a reason is about, shared by the JSON/YAML input and the
// workbook's 上年数 and 增减原因 sheets (one row per key).

/** 收入 by source, as the 收入预算情况说明 lists them (key → the narrative's name). */
export const REVENUE_SUBJECTS = {
  general: '一般公共预算',
  'general-transfer': '上级一般公共预算安排的转移支付',
  fund: '政府性基金预算',
  'fund-transfer': '上级政府性基金安排的转移支付',
  capital: '国有资本经营预算',
  'capital-transfer': '上级国有资本经营预算安排的转移支付',
  'special-account': '财政专户',
  'unit-funds': '单位资金',
  'carryover-fiscal': '财政拨款结转',
  'carryover-nonfiscal': '非财政拨款结转结余',
} as const;
export type RevenueSubject = keyof typeof REVENUE_SUBJECTS;

export const subjectKey = {
  revenue: (s: RevenueSubject) => `收入:${REVENUE_SUBJECTS[s]}`,
  expenditure: (t: 'basic' | 'project') => `支出:${t === 'basic' ? '基本支出' : '项目支出'}`,
  general: (t: 'basic' | 'project') => `一般公共预算:${t === 'basic' ? '基本支出' : '项目支出'}`,
  function: (code: string) => `功能分类:${code}`,
  threePublic: (label: string) => `三公:${label}`,
  operatingCosts: () => '机关运行经费',
};

/** Every fixed key, for the workbook's list and for spotting typos. */
export function fixedSubjectKeys(): string[] {
  return [
    ...Object.keys(REVENUE_SUBJECTS).map((s) => subjectKey.revenue(s as RevenueSubject)),
    subjectKey.expenditure('basic'),
    subjectKey.expenditure('project'),
    subjectKey.general('basic'),
    subjectKey.general('project'),
    subjectKey.threePublic('合计'),
    subjectKey.operatingCosts(),
  ];
}

/** Whether a key is well formed (a fixed key, 功能分类:<7 digits> or 三公:<item>). */
export function isSubjectKey(key: string): boolean {
  return (
    fixedSubjectKeys().includes(key) ||
    /^功能分类:\d{7}$/.test(key) ||
    /^三公:(因公出国（境）费|公务用车购置费|公务用车运行费|公务接待费)$/.test(key)
  );
}
