// Random budget inputs for the compose property test: several units, every funding source, empty
// fund/capital tables, zero 三公, last-year figures with and without reasons. Codes come from the
// catalog by budget scope, so a fund line is on a 政府性基金 code as in a real budget.
import fc from 'fast-check';
import type { BudgetInputDraft } from '../../src/compose/index.js';
import { SOURCES, type FundSource } from '../../src/compose/index.js';
import { childrenOf } from '../../src/model/catalog/index.js';

function codesOfScope(scope: string, max: number): string[] {
  const out: string[] = [];
  for (let c = 201; c <= 234 && out.length < max; c++)
    for (const k of childrenOf('function', String(c), 2025))
      for (const x of childrenOf('function', k.code, 2025))
        if (x.scopes?.includes(scope as never) && x.confidence !== 'uncertain' && out.length < max)
          out.push(x.code);
  return out;
}

const GENERAL = [
  '2010301',
  '2010303',
  '2010350',
  '2010399',
  '2080501',
  '2080505',
  '2101101',
  '2210201',
  '2050205',
];
const FUND = codesOfScope('政府性基金预算', 6);
const CAPITAL = codesOfScope('国有资本经营预算', 4);
const PERSONNEL = ['30101', '30102', '30108', '30113', '30302', '30399'];
const PUBLIC_USE = ['30201', '30205', '30211', '30217', '30231', '30299'];
const PROJECT = ['30201', '30211', '30227', '31002', '30399', '30226'];

const UNITS = ['测试厅（本级）', '测试厅信息中心', '测试厅驻京办事处'];

function codesFor(source: FundSource): string[] {
  if (source.includes('政府性基金')) return FUND;
  if (source.includes('国有资本经营')) return CAPITAL;
  return GENERAL;
}

/** Sources for the 新疆 2021 template: its 表一 has no 上年结转 lines. */
const SOURCES_2021: readonly FundSource[] = SOURCES.filter((s) => !s.startsWith('上年结转'));

/** Every department has 一般公共预算 basic money; the 财政拨款 tables are never all blank. */
const BASE_ITEM = {
  unit: UNITS[0] as string,
  functionCode: '2010301',
  economicCode: '30101',
  source: '一般公共预算' as const,
  type: '人员经费' as const,
  amount: 1_234_567.89,
};

const itemOf = (sources: readonly FundSource[]) =>
  fc
    .record({
      unit: fc.constantFrom(...UNITS),
      source: fc.constantFrom(...sources),
      type: fc.constantFrom('人员经费', '公用经费', '项目'),
      pick: fc.nat(),
      epick: fc.nat(),
      project: fc.constantFrom('业务经费', '设备购置', '信息化建设'),
      amount: fc.integer({ min: 1, max: 50_000_000_00 }).map((c) => c / 100),
    })
    .map(({ unit, source, type, pick, epick, project, amount }) => {
      const codes = codesFor(source);
      const econ = type === '人员经费' ? PERSONNEL : type === '公用经费' ? PUBLIC_USE : PROJECT;
      return {
        unit,
        functionCode: codes[pick % codes.length] as string,
        economicCode: econ[epick % econ.length] as string,
        source,
        type: type as '人员经费',
        ...(type === '项目' ? { project } : {}),
        amount,
      };
    });

const yuan = fc.integer({ min: 0, max: 20_000_000_00 }).map((c) => c / 100);

export const budgetInput = (profile: string): fc.Arbitrary<BudgetInputDraft> =>
  fc
    .record({
      profile: fc.constant(profile),
      unit: fc.constantFrom('万元', '元'),
      items: fc.array(itemOf(profile === 'xinjiang-2021' ? SOURCES_2021 : SOURCES), {
        minLength: 1,
        maxLength: 25,
      }),
      priorBasic: fc.option(yuan, { nil: undefined }),
      priorGeneral: fc.option(yuan, { nil: undefined }),
      reason: fc.boolean(),
      threePublic: fc.array(
        fc.record({
          item: fc.constantFrom(
            '因公出国（境）费',
            '公务用车购置费',
            '公务用车运行费',
            '公务接待费',
          ),
          // Within the 一般公共预算 money every input has (BASE_ITEM).
          general: fc.oneof(
            fc.constant(0),
            fc.integer({ min: 0, max: 100_000_00 }).map((c) => c / 100),
          ),
          prior: fc.option(yuan, { nil: undefined }),
        }),
        { maxLength: 4 },
      ),
      operatingCosts: yuan,
      priorOperating: yuan,
    })
    .map((r) => {
      const prior: Record<string, number> = {};
      if (r.priorBasic !== undefined) prior['支出:基本支出'] = r.priorBasic;
      if (r.priorGeneral !== undefined) prior['收入:一般公共预算'] = r.priorGeneral;
      prior['机关运行经费'] = r.priorOperating;
      const reasons: Record<string, string> = r.reason
        ? { '支出:基本支出': '人员调整', '收入:一般公共预算': '政策调整' }
        : {};
      // One row per 三公 item (the workbook's shape).
      const seen = new Set<string>();
      const threePublic = r.threePublic.filter((t) => !seen.has(t.item) && seen.add(t.item));
      return {
        identity: { department: '测试厅', year: 2025, unit: r.unit, profile: r.profile },
        // The other matters a disclosure must state (check's completeness rules ask for them).
        overview: {
          functions: ['负责本行业管理'],
          internalUnits: ['办公室', '财务处'],
          staffing: { authorized: 50, actual: 48 },
        },
        procurement: {
          goods: 100000,
          works: 0,
          services: 50000,
          smeReserved: 40000,
          smallMicroReserved: 10000,
        },
        assets: { buildingArea: 1200, buildingValue: 5000000, vehicles: 2, vehicleValue: 300000 },
        operatingCosts: r.operatingCosts,
        units: UNITS,
        items: [BASE_ITEM, ...r.items],
        prior,
        reasons,
        threePublic,
      } as BudgetInputDraft;
    });
