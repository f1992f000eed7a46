// Budget inputs for demonstration departments, made up by this program (not from any document):
// a few departments over three years, so trends and comparisons have something to show. Their
// names say 示例 so nobody mistakes them for real disclosures. Amounts in 元.

interface DemoDepartment {
  readonly name: string;
  /** Scale of the department's money: every line item is multiplied by it. */
  readonly scale: number;
}

const DEPARTMENTS: readonly DemoDepartment[] = [
  { name: '新疆维吾尔自治区示例厅', scale: 1 },
  { name: '新疆维吾尔自治区喀什地区示例局', scale: 0.4 },
  { name: '新疆维吾尔自治区喀什地区示例县示例局', scale: 0.15 },
];

export const DEMO_YEARS = [2023, 2024, 2025] as const;

// [function 项, economic 款, type, project, base amount in 元]
const LINES: readonly [
  string,
  string,
  '人员经费' | '公用经费' | '项目',
  string | undefined,
  number,
][] = [
  ['2010301', '30101', '人员经费', undefined, 8_200_000],
  ['2010301', '30102', '人员经费', undefined, 3_100_000],
  ['2010301', '30103', '人员经费', undefined, 1_400_000],
  ['2080505', '30108', '人员经费', undefined, 1_250_000],
  ['2101101', '30110', '人员经费', undefined, 520_000],
  ['2210201', '30113', '人员经费', undefined, 980_000],
  ['2010301', '30201', '公用经费', undefined, 310_000],
  ['2010301', '30211', '公用经费', undefined, 180_000],
  ['2010301', '30231', '公用经费', undefined, 160_000],
  ['2010301', '30217', '公用经费', undefined, 60_000],
  ['2010302', '30227', '项目', '信息化运行维护', 2_300_000],
  ['2010302', '30205', '项目', '业务培训', 450_000],
  ['2010350', '31002', '项目', '办公设备购置', 820_000],
];

/** Year-on-year growth of the demo figures: +4% a year, so trends rise visibly. */
function factor(year: number): number {
  return 1 + 0.04 * (year - DEMO_YEARS[0]);
}

/** Rounds to whole 元 (inputs are in 元 with at most two decimals). */
function yuan(v: number): number {
  return Math.round(v);
}

const REASON = '示例数据：按人员和业务量正常增长测算';

/** Last year's figures (元) by subject key, as the same generator gives them for year − 1. */
function prior(f: number): { prior: Record<string, number>; reasons: Record<string, string> } {
  const sum = (pick: (line: (typeof LINES)[number]) => boolean) =>
    LINES.filter(pick).reduce((acc, l) => acc + yuan(l[4] * f), 0);
  const basic = sum((l) => l[2] !== '项目');
  const project = sum((l) => l[2] === '项目');
  const prior: Record<string, number> = {
    '收入:一般公共预算': basic + project,
    '支出:基本支出': basic,
    '支出:项目支出': project,
    '一般公共预算:基本支出': basic,
    '一般公共预算:项目支出': project,
    '三公:合计': yuan(160_000 * f) + yuan(60_000 * f),
    机关运行经费: yuan(710_000 * f),
  };
  for (const code of new Set(LINES.map((l) => l[0])))
    prior[`功能分类:${code}`] = sum((l) => l[0] === code);
  return { prior, reasons: Object.fromEntries(Object.keys(prior).map((k) => [k, REASON])) };
}

export function demoInputs(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const dept of DEPARTMENTS)
    for (const year of DEMO_YEARS) {
      const f = factor(year) * dept.scale;
      const last = prior(factor(year - 1) * dept.scale);
      out.push({
        identity: { department: dept.name, year, kind: '预算', scope: '部门', unit: '万元' },
        overview: {
          functions: ['示例职能：本部门为演示数据，由程序生成。'],
          internalUnits: ['办公室'],
        },
        units: [dept.name],
        items: LINES.map(([functionCode, economicCode, type, project, amount]) => ({
          unit: dept.name,
          functionCode,
          economicCode,
          source: '一般公共预算',
          type,
          ...(project ? { project } : {}),
          amount: yuan(amount * f),
        })),
        threePublic: [
          { item: 'vehicle-operation', general: yuan(160_000 * f) },
          { item: 'reception', general: yuan(60_000 * f) },
        ],
        projects: [
          { name: '信息化运行维护', period: `${year}年1月至12月` },
          { name: '业务培训', period: `${year}年1月至12月` },
          { name: '办公设备购置', period: `${year}年` },
        ],
        operatingCosts: yuan(710_000 * f),
        ...last,
        procurement: { goods: yuan(820_000 * f), services: yuan(2_300_000 * f) },
        assets: {
          asOf: `${year - 1}-12-31`,
          buildingArea: 3200,
          buildingValue: yuan(18_000_000 * dept.scale),
          vehicles: 6,
          vehicleValue: yuan(1_500_000 * dept.scale),
        },
      });
    }
  return out;
}
