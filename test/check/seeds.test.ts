// The complete list of what `check` finds on the two seeds, each verified by hand against the
// printed document (the arithmetic is in the comments). Passes are counted, not listed.
import { describe, expect, it } from 'vitest';
import { checkDisclosure } from '../../src/check/index.js';
import { parsedSeed } from '../golden/load.js';
import { hasShared, needsShared } from '../helpers/shared.js';

const S000 = '000_c55cbe189efa8a40.txt';
const S004 = '004_88207d3c283235c9.txt';

function listed(name: string) {
  const r = checkDisclosure(parsedSeed(name).disclosure);
  const decided = r.findings
    .filter((f) => f.outcome === 'fail' || f.outcome === 'rounding')
    .map((f) => [
      f.ruleId,
      f.location.tableNumber ?? f.location.section ?? '',
      f.location.row ?? '',
      f.location.column ?? '',
      f.outcome,
      f.expected,
      f.actual,
    ]);
  const open = new Map<string, number>();
  for (const f of r.findings)
    if (f.outcome === 'insufficient_data' || f.outcome === 'not_applicable')
      open.set(`${f.outcome} ${f.ruleId}`, (open.get(`${f.outcome} ${f.ruleId}`) ?? 0) + 1);
  return {
    decided,
    open: Object.fromEntries(open),
    errors: r.findings.filter((f) => f.outcome === 'fail' && f.severity === 'error'),
  };
}

describe.skipIf(!hasShared('seeds', S000))(`check ${S000} (${needsShared('seeds', S000)})`, () => {
  const r = listed(S000);

  it('reports no error', () => {
    expect(r.errors).toEqual([]);
  });

  it('finds exactly these rounding differences and one pair warning', () => {
    expect(r.decided).toEqual([
      // 表1 支出: 10,877.89 + 2,133.17 + 707.43 + 585.46 = 14,303.95; printed 14,303.93
      [
        'table:revenue-expenditure:expenditure-total',
        '表1',
        'expenditure-total',
        'amount',
        'rounding',
        14303.95,
        14303.93,
      ],
      // 表2 20103: 4,773.88 + 1,607.30 + 385.78 + 4,110.92 = 10,877.88; printed 10,877.89
      ['table:revenue:hierarchy', '表2', '20103', 'total', 'rounding', 10877.88, 10877.89],
      // … 财政拨款小计 and 一般公共预算: 4,773.88 + 1,607.30 + 385.78 + 4,023.80 = 10,790.76
      ['table:revenue:hierarchy', '表2', '20103', 'fiscal', 'rounding', 10790.76, 10790.77],
      ['table:revenue:hierarchy', '表2', '20103', 'general', 'rounding', 10790.76, 10790.77],
      // 总计 = Σ 类: 10,877.89 + 2,133.17 + 707.43 + 585.46 = 14,303.95; printed 14,303.93
      ['table:revenue:total-row', '表2', 'total', 'total', 'rounding', 14303.95, 14303.93],
      // 10,790.77 + 2,133.17 + 707.43 + 585.46 = 14,216.83; printed 14,216.81
      ['table:revenue:total-row', '表2', 'total', 'fiscal', 'rounding', 14216.83, 14216.81],
      ['table:revenue:total-row', '表2', 'total', 'general', 'rounding', 14216.83, 14216.81],
      // 表3 20103 as 表2; 基本: 4,773.88 + 1,453.30 + 385.78 = 6,612.96; printed 6,612.97
      ['table:expenditure:hierarchy', '表3', '20103', 'total', 'rounding', 10877.88, 10877.89],
      ['table:expenditure:hierarchy', '表3', '20103', 'basic', 'rounding', 6612.96, 6612.97],
      ['table:expenditure:total-row', '表3', 'total', 'total', 'rounding', 14303.95, 14303.93],
      // 基本: 6,612.97 + 2,133.17 + 707.43 + 585.46 = 10,039.03; printed 10,039.01
      ['table:expenditure:total-row', '表3', 'total', 'basic', 'rounding', 10039.03, 10039.01],
      // 表4 支出总计 = Σ 类 = 14,216.83; printed 14,216.81
      [
        'table:fiscal-revenue-expenditure:expenditure-total',
        '表4',
        'expenditure-total',
        'total',
        'rounding',
        14216.83,
        14216.81,
      ],
      [
        'table:fiscal-revenue-expenditure:expenditure-total',
        '表4',
        'expenditure-total',
        'general',
        'rounding',
        14216.83,
        14216.81,
      ],
      // 表5: the 表2/表3 figures over 一般公共预算 (2010399 4,023.80)
      ['table:general-budget:hierarchy', '表5', '20103', 'total', 'rounding', 10790.76, 10790.77],
      ['table:general-budget:hierarchy', '表5', '20103', 'basic', 'rounding', 6612.96, 6612.97],
      ['table:general-budget:total-row', '表5', 'total', 'total', 'rounding', 14216.83, 14216.81],
      ['table:general-budget:total-row', '表5', 'total', 'basic', 'rounding', 10039.03, 10039.01],
      // 表6 301: 1,955.45 + 1,421.28 + 1,073.19 + 462.76 + 780.61 + 396.82 + 341.52 + 40.18
      //   + 585.46 + 146.03 = 7,203.30; printed 7,203.28
      ['table:general-budget-basic:hierarchy', '表6', '301', 'total', 'rounding', 7203.3, 7203.28],
      [
        'table:general-budget-basic:hierarchy',
        '表6',
        '301',
        'personnel',
        'rounding',
        7203.3,
        7203.28,
      ],
      // 302: 210.73 + 2.50 + 35.76 + 100.50 + 38.82 + 163.08 + 24.56 + 162.86 + 10.60 + 7.20
      //   + 97.58 + 87.82 + 313.61 + 227.56 = 1,483.18; printed 1,483.17
      ['table:general-budget-basic:hierarchy', '表6', '302', 'total', 'rounding', 1483.18, 1483.17],
      [
        'table:general-budget-basic:hierarchy',
        '表6',
        '302',
        'public-use',
        'rounding',
        1483.18,
        1483.17,
      ],
      // 五（三）: the 13 项 changes add to −508.64; 五（一） 基本 −275.65 + 项目 −233.00 = −508.65
      ['narrative:line-changes-sum', '五（三）', '', '', 'rounding', -508.65, -508.64],
      // Warning: 表5 2101101 251.82 + 2101102 114.09 = 365.91 vs 表6 30110 职工基本医疗保险缴费 396.82
      [
        'cross-table:medical-2101101-2101102-30110',
        '表6',
        '30110',
        'total',
        'fail',
        365.91,
        396.82,
      ],
    ]);
  });

  it('leaves open exactly what the parse left uncertain (表7 资本性支出 columns, 表11 人员/公用/项目)', () => {
    expect(r.open).toEqual({
      'insufficient_data table:general-budget-project:hierarchy': 18,
      'insufficient_data table:general-budget-project:total-row': 2,
      'insufficient_data table:carryover:hierarchy': 3,
      'insufficient_data table:carryover:total-row': 3,
    });
  });
});

describe.skipIf(!hasShared('seeds', S004))(`check ${S004} (${needsShared('seeds', S004)})`, () => {
  const r = listed(S004);

  it('reports no error', () => {
    expect(r.errors).toEqual([]);
  });

  it('finds exactly the 表六 rounding differences and three pair warnings', () => {
    expect(r.decided).toEqual([
      // 301: 71.7 + 70.01 + 23.69 + 21.11 + 24.82 + 0.91 + 1.84 + 16.87 + 68.54 = 299.49; 299.48
      ['table:general-budget-basic:hierarchy', '表六', '301', 'total', 'rounding', 299.49, 299.48],
      [
        'table:general-budget-basic:hierarchy',
        '表六',
        '301',
        'personnel',
        'rounding',
        299.49,
        299.48,
      ],
      // 302: 2 + 0.3 + 0.4 + 0.4 + 0.78 + 8.2 + 1 + 0.13 + 2.47 + 16.8 + 3.29 = 35.77; 35.76
      ['table:general-budget-basic:hierarchy', '表六', '302', 'total', 'rounding', 35.77, 35.76],
      [
        'table:general-budget-basic:hierarchy',
        '表六',
        '302',
        'public-use',
        'rounding',
        35.77,
        35.76,
      ],
      // 303: 3.7 + 1.2 + 0.01 + 4.92 = 9.83; printed 9.84
      ['table:general-budget-basic:hierarchy', '表六', '303', 'total', 'rounding', 9.83, 9.84],
      ['table:general-budget-basic:hierarchy', '表六', '303', 'personnel', 'rounding', 9.83, 9.84],
      // Warnings: 表五 has no 210 or 2080501/02 lines (these costs sit in 2010350 事业运行), while
      // 表六 prints 30110 24.82, 30111 0.91 and 30302 退休费 3.70.
      ['cross-table:medical-2101101-2101102-30110', '表六', '30110', 'total', 'fail', 0, 24.82],
      [
        'cross-table:civil-servant-medical-2101103-30111',
        '表六',
        '30111',
        'total',
        'fail',
        0,
        0.91,
      ],
      [
        'cross-table:retirement-30301-30302-within-2080501-2080502',
        '表六',
        '30301+30302',
        'total',
        'fail',
        0,
        3.7,
      ],
    ]);
  });

  it('leaves open the withheld projects, 表七 columns, and what the 2021 template lacks', () => {
    expect(r.open).toEqual({
      // 表七 rows printing only 合计 (5, 6.52, 35, 187.04 = the 233.56 不予公开)
      'not_applicable table:general-budget-project:total=e301+e302+e303+e307+e309+e310+e311+e312+e313+e399': 4,
      'insufficient_data table:general-budget-project:hierarchy': 30,
      'insufficient_data table:general-budget-project:total-row': 10,
      'not_applicable completeness:table:capital-budget': 1,
      'not_applicable completeness:table:carryover': 1,
      'not_applicable completeness:carryover-stated': 1,
      'not_applicable completeness:performance-department': 1,
      // 234 抗疫特别国债还本支出 (2020–2021) is not in the catalog's 2025 edition
      'insufficient_data classification:function-code-exists': 1,
      // 三公 购置费 80 against 表七's unplaced 资本性支出
      'insufficient_data cross-table:three-public-vehicle-purchase-within-spending': 1,
    });
  });
});

describe.skipIf(!hasShared('seeds'))(
  `keeping passes changes nothing else (${needsShared('seeds')})`,
  () => {
    it.each([S000, S004])('%s: same counts and the same non-pass findings', (name) => {
      const d = parsedSeed(name).disclosure;
      const lean = checkDisclosure(d);
      const full = checkDisclosure(d, { includePasses: true });
      expect(lean.counts).toEqual(full.counts);
      expect(lean.byRule).toEqual(full.byRule);
      expect(lean.findings).toEqual(full.findings.filter((f) => f.outcome !== 'pass'));
      // every kept pass still says where it was checked
      expect(
        full.findings.filter(
          (f) =>
            f.outcome === 'pass' && !f.location.table && !f.location.section && !f.location.subject,
        ),
      ).toEqual([]);
    });

    it('a result written as JSON carries its counts per rule (read lazily, not a field)', () => {
      const result = checkDisclosure(parsedSeed(S004).disclosure);
      const json = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual(['findings', 'counts', 'byRule', 'rulesRun']);
      expect(json.byRule).toEqual(result.byRule);
      expect(json.counts).toEqual(result.counts);
      expect(Object.keys(result.byRule).length).toBeGreaterThan(100);
    });
  },
);
