import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../test/helpers/disclosure.js';
import { CheckEntrySchema, CheckReportSchema } from '../model/check-report.js';
import type { Finding } from '../model/finding.js';
import { emptyCounts, type CheckResult } from './engine.js';
import { checkEntry, checkReport, entryFromResult, exitCodeOf, inputErrorEntry } from './report.js';
import type { ScoredRule } from './score.js';

// 表3-like table: the 201 row's parts add to 60 + 41 = 101, its 合计 says 100. Tests run the
// table rules only, so that rules added to the catalog later do not change what they assert.
const violating = disclosure([
  table('expenditure', [
    ['total', { total: 100, basic: 60, project: 40 }],
    ['201', { total: 100, basic: 60, project: 41 }],
  ]),
]);

const TABLE_ONLY = { only: ['table'] };

const tuple = (f: Finding) => [
  f.ruleId,
  f.location.table,
  f.location.row,
  f.location.column,
  f.outcome,
];

describe('checkEntry', () => {
  it('reports the failing cells, counts errors, and validates as a CheckEntry', () => {
    const e = checkEntry('fixture.txt', violating, TABLE_ONLY);
    expect(CheckEntrySchema.parse(e)).toEqual(e);
    expect(e.findings.map(tuple)).toEqual([
      // 201: 合计 100 ≠ 基本 60 + 项目 41 = 101
      ['table:expenditure:total=basic+project', 'expenditure', '201', 'total', 'fail'],
      // 总计 项目支出 40 ≠ Σ类 41
      ['table:expenditure:total-row', 'expenditure', 'total', 'project', 'fail'],
    ]);
    expect(e.findings[0]).toMatchObject({ expected: 101, actual: 100, difference: -1 });
    expect(e).toMatchObject({ errors: 2, warnings: 0, parseWarnings: 0, notEvaluated: [] });
    expect(e.counts.fail).toBe(2);
    expect(e.counts.pass).toBeGreaterThan(0);
    expect(e.identity).toEqual({ department: '测试部门', year: 2025, kind: '预算' });
    expect(e.score?.consistency).toBeLessThan(100);
  });

  it('keeps passes with all, and runs only the selected rules', () => {
    const all = checkEntry('f', violating, { ...TABLE_ONLY, all: true });
    expect(all.findings.some((f) => f.outcome === 'pass')).toBe(true);
    const one = checkEntry('f', violating, {
      only: ['table'],
      skip: ['table:expenditure:total-row'],
    });
    expect(one.findings.map((f) => f.ruleId)).toEqual(['table:expenditure:total=basic+project']);
    const nothing = checkEntry('f', disclosure([]), TABLE_ONLY);
    expect(nothing.findings).toEqual([]);
    expect(nothing.score).toBeUndefined();
  });
});

describe('entryFromResult', () => {
  const rules: ScoredRule[] = [
    { id: 'completeness:x', category: 'completeness', severity: 'error' },
    { id: 'table:y', category: 'table', severity: 'warning' },
  ];
  const finding = (ruleId: string, outcome: Finding['outcome'], subject?: string): Finding => ({
    ruleId,
    outcome,
    severity: ruleId.startsWith('table') ? 'warning' : 'error',
    category: ruleId.startsWith('table') ? 'table' : 'completeness',
    location: subject ? { subject } : {},
  });
  const findings = [
    finding('completeness:x', 'pass', '三公'),
    finding('completeness:x', 'insufficient_data', '政府采购'),
    finding('table:y', 'pass'),
    finding('table:y', 'fail'),
  ];
  const result: CheckResult = {
    findings,
    counts: { ...emptyCounts(), pass: 2, insufficient_data: 1, fail: 1 },
    byRule: {
      'completeness:x': { ...emptyCounts(), pass: 1, insufficient_data: 1 },
      'table:y': { ...emptyCounts(), pass: 1, fail: 1 },
    },
    rulesRun: 2,
  };

  it('keeps the whole completeness ledger but drops other passes', () => {
    const e = entryFromResult('f', violating, result, {}, rules);
    expect(e.findings.map((f) => [f.ruleId, f.outcome])).toEqual([
      ['completeness:x', 'pass'],
      ['completeness:x', 'insufficient_data'],
      ['table:y', 'fail'],
    ]);
    expect(e.notEvaluated).toEqual(['completeness:x (政府采购)']);
    // a failing warning is a warning, not an error
    expect(e).toMatchObject({ errors: 0, warnings: 1 });
    // completeness 1 of 1 evaluated; consistency 1 of 2 → total (0.4·100 + 0.4·50) / 0.8 = 75
    expect(e.score).toMatchObject({
      completeness: 100,
      consistency: 50,
      narrative: null,
      total: 75,
    });
  });
});

describe('inputErrorEntry, checkReport and exitCodeOf', () => {
  const ok = checkEntry('ok', disclosure([]), TABLE_ONLY);
  const bad = checkEntry('bad', violating, TABLE_ONLY);
  const unusable = inputErrorEntry('missing.txt', { kind: 'unreadable', message: 'no such file' });

  it('an unusable input is an entry with its error and nothing checked', () => {
    expect(CheckEntrySchema.parse(unusable)).toEqual(unusable);
    expect(unusable).toMatchObject({ errors: 0, findings: [], counts: emptyCounts() });
    expect(unusable.score).toBeUndefined();
  });

  it('0 without errors, 1 with an error, 2 with an unusable input (2 wins)', () => {
    expect(exitCodeOf(checkReport([ok], 66))).toBe(0);
    expect(exitCodeOf(checkReport([ok, bad], 66))).toBe(1);
    expect(exitCodeOf(checkReport([bad, unusable], 66))).toBe(2);
    expect(exitCodeOf(checkReport([], 66))).toBe(0);
    const report = checkReport([ok, bad, unusable], 66);
    expect(CheckReportSchema.parse(report)).toEqual(report);
  });
});
