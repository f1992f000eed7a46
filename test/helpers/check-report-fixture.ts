// A small checked disclosure for the writers' tests: findings of every kind and place, made by
// hand (not by the rules), so the tests pin down how each is drawn.
import { inputErrorEntry } from '../../src/check/index.js';
import type { CheckEntry, CheckReport } from '../../src/model/check-report.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Finding } from '../../src/model/finding.js';
import { disclosure, table } from './disclosure.js';

export const HOSTILE = '<script>alert("x")</script>';

const basic = table('general-budget-basic', [
  [
    'total',
    { total: 40.01, personnel: 30, 'public-use': 10.01 },
    { name: '合计', at: { line: 30 } },
  ],
  ['301', { total: 30, personnel: 30 }, { name: '工资福利支出', at: { line: 10 } }],
  ['30101', { total: 20.01, personnel: 20.01 }, { name: '基本工资', at: { line: 11 } }],
  ['30102', { total: 10, personnel: 10 }, { name: '津贴补贴', at: { line: 12 } }],
  ['302', { total: 10.01, 'public-use': 10.01 }, { name: '商品和服务支出', at: { line: 13 } }],
  ['30201', { total: 12, 'public-use': 12 }, { name: '办公费', at: { line: 14 } }],
]);
basic.number = '表六';
basic.title = '一般公共预算基本支出情况表';

const project = table('general-budget-project', [
  [
    `project:${HOSTILE}`,
    { total: 5 },
    { at: { line: 40 }, unplaced: [{ value: 5, candidates: ['e302', 'e310'] }] },
  ],
]);
project.number = '表七';
project.title = '一般公共预算项目支出情况表';

const two = table('revenue-expenditure', [
  ['#fiscal', { amount: 40.01 }, { name: '财政拨款（补助）', block: 'income' }],
  ['201', { amount: 40.01 }, { name: '一般公共服务支出', block: 'expenditure' }],
  ['total', { amount: 40.01 }, { name: '收入总计', block: 'income' }],
  ['expenditure-total', { amount: 40.01 }],
]);
two.number = '表一';

export const FIXTURE: Disclosure = disclosure([two, basic, project], {
  narrative: {
    sections: [
      { number: '五', title: '一般公共预算当年拨款情况说明', text: '' },
      {
        number: '（一）',
        parent: '五',
        title: '规模',
        text: '拨款40.01万元，增长5%。',
        at: { line: 50 },
      },
      { number: '十', title: '其他重要事项', text: '' },
      {
        number: '（一）',
        parent: '十',
        title: `机关运行经费${HOSTILE}`,
        text: `运行经费10万元。${HOSTILE}`,
        at: { line: 60 },
      },
    ],
    facts: [],
  },
});

const f = (over: Partial<Finding> & Pick<Finding, 'ruleId' | 'outcome'>): Finding => ({
  severity: 'error',
  category: 'table',
  location: {},
  ...over,
});

export const FINDINGS: Finding[] = [
  // 301 = 20.01 + 10 = 30.01 vs 30: rounding (2 parts → tolerance 0.01)
  f({
    ruleId: 'table:general-budget-basic:hierarchy',
    outcome: 'rounding',
    location: {
      table: 'general-budget-basic',
      tableNumber: '表六',
      row: '301',
      rowName: '301 工资福利支出',
      column: 'total',
      line: 10,
      page: 2,
    },
    expected: 30.01,
    actual: 30,
    difference: -0.01,
    unit: '万元',
    note: 'Σ 30101 + 30102',
  }),
  // 302 = 12 vs 10.01: fail
  f({
    ruleId: 'table:general-budget-basic:hierarchy',
    outcome: 'fail',
    location: {
      table: 'general-budget-basic',
      tableNumber: '表六',
      row: '302',
      rowName: '302 商品和服务支出',
      column: 'public-use',
      line: 13,
    },
    expected: 12,
    actual: 10.01,
    difference: -1.99,
    unit: '万元',
  }),
  f({
    ruleId: 'table:general-budget-project:total=e301+e302',
    outcome: 'insufficient_data',
    location: {
      table: 'general-budget-project',
      tableNumber: '表七',
      row: `/${HOSTILE}`,
      column: 'e302',
      line: 40,
    },
    unit: '万元',
  }),
  f({
    ruleId: 'table:general-budget-project:total=e301+e302',
    outcome: 'insufficient_data',
    location: {
      table: 'general-budget-project',
      tableNumber: '表七',
      row: `/${HOSTILE}`,
      column: 'e310',
      line: 40,
    },
    unit: '万元',
  }),
  f({
    ruleId: 'narrative:share',
    category: 'narrative',
    outcome: 'fail',
    severity: 'warning',
    location: { section: '（一）', line: 61, subject: '机关运行经费' },
    expectedText: '10.01万元',
    actualText: '10万元',
    note: HOSTILE,
  }),
  f({
    ruleId: 'completeness:glossary',
    category: 'completeness',
    outcome: 'pass',
    location: { subject: '名词解释' },
  }),
  f({
    ruleId: 'completeness:three-public',
    category: 'completeness',
    outcome: 'fail',
    location: { subject: '三公' },
  }),
  f({
    ruleId: 'completeness:procurement',
    category: 'completeness',
    outcome: 'insufficient_data',
    location: { subject: '政府采购' },
  }),
  f({
    ruleId: 'table:general-budget-basic:hierarchy',
    outcome: 'pass',
    location: { table: 'general-budget-basic', row: '30101', column: 'total' },
  }),
];

export const ENTRY: CheckEntry = {
  place: 'fixture.txt',
  identity: { department: '测试部门', year: 2025, kind: '预算' },
  counts: { pass: 1, fail: 3, rounding: 1, not_applicable: 0, insufficient_data: 3 },
  errors: 2,
  warnings: 1,
  score: {
    total: 46.7,
    completeness: 50,
    consistency: 66.7,
    narrative: 0,
    breakdown: {
      completeness: { pass: 1, fail: 1, rounding: 0, not_applicable: 0, insufficient_data: 1 },
      consistency: { pass: 1, fail: 1, rounding: 1, not_applicable: 0, insufficient_data: 2 },
      narrative: { pass: 0, fail: 1, rounding: 0, not_applicable: 0, insufficient_data: 0 },
    },
  },
  parseWarnings: 0,
  findings: FINDINGS,
  notEvaluated: ['completeness:procurement (政府采购)'],
};

export const REPORT: CheckReport = {
  version: 1,
  rules: 9,
  entries: [
    ENTRY,
    inputErrorEntry('missing.txt', {
      kind: 'unreadable',
      message: `missing.txt: no such file ${HOSTILE}`,
    }),
  ],
};
