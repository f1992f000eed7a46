import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textLayout } from '../../ingest/index.js';
import type { LayoutLine } from '../../model/layout.js';
import {
  AssetsSchema,
  OperatingCostsSchema,
  PerformanceOverviewSchema,
  ProcurementSchema,
} from '../../model/other-matters.js';
import { UndisclosedSchema } from '../../model/project.js';
import { segment } from '../segment.js';
import { parseOtherMatters } from './matters.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
function narrative(name: string): LayoutLine[] {
  return segment(textLayout(readFileSync(new URL(name, SEEDS)), name).lines).narrative;
}

describe.skipIf(!existsSync(SEEDS))(
  'parseOtherMatters on the seeds (needs ../shared/seeds)',
  () => {
    it('seed 000', () => {
      const m = parseOtherMatters(narrative('000_c55cbe189efa8a40.txt'));
      expect(m.warnings).toEqual([]);
      expect(OperatingCostsSchema.parse(m.operatingCosts)).toEqual(m.operatingCosts);
      expect(m.operatingCosts).toMatchObject({
        amount: 1483.17,
        unit: '万元',
        change: { direction: 'increase', amount: 64.85, percent: 4.57, against: '上年预算' },
        at: { line: 1508, page: 27 },
      });
      expect(m.operatingCosts?.reason).toMatch(/^一是财政按照最新政策核定的人员工资标准/);
      expect(m.operatingCosts?.reason).toMatch(/较上年预算增加$/);

      expect(ProcurementSchema.parse(m.procurement)).toEqual(m.procurement);
      expect(m.procurement).toMatchObject({
        unit: '万元',
        total: 2259.3,
        goods: 205.45,
        works: 133.83,
        services: 1920.02,
        smeReserved: 902.28,
        smallMicroReserved: 151.05,
      });

      expect(AssetsSchema.parse(m.assets)).toEqual(m.assets);
      expect(m.assets).toMatchObject({
        unit: '万元',
        asOf: '截至2024年底',
        buildings: { area: 161437.29, value: 37046.64 },
        vehicles: {
          count: 97,
          value: 3768.17,
          byKind: [
            { kind: '一般公务用车', count: 92, value: 3616.99 },
            { kind: '执法执勤用车', count: 0, value: 0 },
            { kind: '其他车辆', count: 5, value: 151.18 },
          ],
        },
        furniture: { value: 934.02 },
        other: { value: 21195.05 },
        largeEquipment: { over50: 27, over100: 12 },
        planned: { vehicleFunds: 0, largeEquipmentOver50: 0, largeEquipmentOver100: 0 },
      });
      expect(m.assets?.planned?.text).toMatch(/^2025年部门预算未安排购置车辆经费/);

      expect(PerformanceOverviewSchema.parse(m.performanceOverview)).toEqual(m.performanceOverview);
      expect(m.performanceOverview).toMatchObject({
        departmentTargets: 1,
        departmentAmount: 14303.93,
        projectCount: 7,
        fiscalProjectAmount: 4177.8,
        nonFiscalProjectAmount: 13.22,
      });
      // The sum of fiscal and non-fiscal is not printed as such: not invented.
      expect(m.performanceOverview?.projectAmount).toBeUndefined();

      for (const u of m.undisclosed) expect(UndisclosedSchema.parse(u)).toEqual(u);
      expect(m.undisclosed.map((u) => [u.kind, u.what, u.count, u.amount, u.at?.line])).toEqual([
        ['不予公开', 'carryover', 1, 73.9, 1504],
        ['涉密', 'performance-targets', 1, 73.9, 3119],
      ]);
      expect(m.undisclosed[0]?.text).toBe('1．特定目标 10653H  73.90万元，完全不予公开。');
    });

    it('seed 004', () => {
      const m = parseOtherMatters(narrative('004_88207d3c283235c9.txt'));
      expect(m.warnings).toEqual([]);
      expect(m.operatingCosts).toMatchObject({
        amount: 35.76,
        change: { direction: 'increase', amount: 1.71, percent: 5.02, against: '上年预算' },
        // The reason follows a full stop: "增长5.02%。主要原因是…".
        reason: '人员增加，基本公用人员经费增加，新增体检费和消杀经费',
      });
      expect(m.procurement).toMatchObject({
        total: 97.37,
        goods: 82.67,
        works: 0,
        services: 14.7,
        smeReserved: 0,
        smallMicroReserved: 0,
      });
      expect(m.assets).toMatchObject({
        asOf: '截至2020年底',
        buildings: { area: 3191.94, value: 68.2 },
        vehicles: {
          count: 8,
          value: 34.95,
          byKind: [
            { kind: '一般公务用车', count: 8, value: 34.95 },
            { kind: '执法执勤用车', count: 0, value: 0 },
            { kind: '其他车辆', count: 0, value: 0 },
          ],
        },
        furniture: { value: 24.75 },
        other: { value: 2.17 },
        largeEquipment: { over50: 0, over100: 0 },
        planned: { vehicleFunds: 80, largeEquipmentOver50: 0, largeEquipmentOver100: 0 },
      });
      expect(m.performanceOverview).toMatchObject({ projectCount: 5, projectAmount: 122.3 });
      expect(m.undisclosed).toMatchObject([
        { kind: '不予公开', what: 'projects', count: 4, amount: 233.56, unit: '万元' },
      ]);
      expect(m.undisclosed[0]?.text).toMatch(/^根据《中华人民共和国政府信息公开条例》第十四条/);
    });
  },
);

const lines = (...texts: string[]): LayoutLine[] => texts.map((text, i) => ({ text, line: i + 1 }));

describe('parseOtherMatters on made-up text', () => {
  it('reads a decrease, 持平 and parts without headings, with warnings', () => {
    const m = parseOtherMatters(
      lines(
        '十、其他重要事项的情况说明',
        '机关运行经费财政拨款预算 20.00万元，比上年预算减少 1.50万元，下降 6.98%，主要原因是压减。',
        '政府采购预算 3.00万元，其中：政府采购货物预算 3.00万元。',
      ),
    );
    expect(m.operatingCosts).toMatchObject({
      amount: 20,
      change: { direction: 'decrease', amount: 1.5, percent: 6.98 },
      reason: '压减',
    });
    expect(m.procurement).toMatchObject({ total: 3, goods: 3 });
    expect(m.warnings.map((w) => w.code)).toEqual([
      'section-missing',
      'section-missing',
      'section-missing',
      'section-missing',
    ]);
  });

  it('never throws on shuffled, dropped or cut lines', () => {
    const base = existsSync(SEEDS)
      ? narrative('000_c55cbe189efa8a40.txt')
      : lines('十二、其他重要事项的情况说明', '(一) 单位运行经费情况');
    for (let n = 1; n <= 30; n++) {
      const altered = base
        .map((l, i) => ({ l, k: (i * 7919 * n) % 89 }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.l)
        .filter((_, i) => i % ((n % 5) + 2) !== 0);
      expect(() => parseOtherMatters(altered)).not.toThrow();
      expect(() => parseOtherMatters(base.slice(0, n * 17))).not.toThrow();
    }
  });
});
