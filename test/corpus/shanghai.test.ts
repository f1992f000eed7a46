// 上海 区级部门预算 / 单位预算 (issue 5): four real PDFs of the 上海市普陀区 template. Expected values were
// read by hand from the printed pages (pdftoppm images, and poppler's `pdftotext -layout` to copy
// digits), page numbers in the comments; none come from this parser. Tables are in 元; the 三公 and
// 机关运行经费 table and the text in 万元: the summary keeps the tables' 元 and its threePublic 万元.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDisclosure } from '../../src/check/index.js';
import { ingestFile } from '../../src/ingest/index.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Summary } from '../../src/model/summary.js';
import type { Table, TableKind, TableRow } from '../../src/model/table.js';
import { parseDisclosure } from '../../src/parse/index.js';
import { hasShared, needsShared, sharedPath } from '../helpers/shared.js';

const DEPT = '上海市普陀区商务委员会2025年部门预算.pdf';
const UNIT = '上海市普陀区商务委员会2025年单位预算.pdf';
const WANLI = '上海市普陀区万里街道办事处2023年部门预算.pdf';
const JUSTICE = '上海市普陀区司法局2026年部门预算.pdf';
const ALL = [DEPT, UNIT, WANLI, JUSTICE];

const docs = new Map<string, Disclosure>();
const doc = (name: string): Disclosure => docs.get(name) as Disclosure;

function table(d: Disclosure, kind: TableKind): Table {
  const t = d.tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`no ${kind} table`);
  return t;
}
function row(d: Disclosure, kind: TableKind, pred: (r: TableRow) => boolean): TableRow {
  const r = table(d, kind).rows.find(pred);
  if (!r) throw new Error(`no such row in ${kind}`);
  return r;
}
const code = (c: string) => (r: TableRow) => r.code === c;

// 商务委员会 2025: p.9 收支总表, p.12–13 支出预算总表, p.19–20 基本支出表, p.21 三公 (万元).
const COMMERCE_SUMMARY: Summary = {
  unit: '元',
  total: 371514655, // p.9 收入总计 371,514,655.00
  basic: 19830655, // p.13 合计 19,830,655.00
  project: 351684000, // p.13 合计 351,684,000.00
  personnel: 18120593, // p.20 合计 18,120,593.00
  publicUse: 1710062, // p.20 合计 1,710,062.00
  generalBudget: 371514655, // p.9 1. 一般公共预算资金
  // p.21: 合计 1.00, 因公出国 blank, 公务接待费 1.00, 公务用车 blank
  threePublic: {
    unit: '万元',
    total: 1,
    outbound: 0,
    vehiclePurchase: 0,
    vehicleOperation: 0,
    reception: 1,
  },
  byFunctionClass: {
    '201': 21601733,
    '206': 17200000,
    '208': 3808085,
    '210': 881803,
    '215': 293810000,
    '216': 31364000,
    '221': 2849034,
  },
};

const EXPECTED: Record<string, { identity: object; profile: string; summary: Summary }> = {
  [DEPT]: {
    // p.1 "上海市普陀区2025年区级部门预算", "预算主管部门：上海市普陀区商务委员会"
    identity: { department: '上海市普陀区商务委员会', kind: '预算', scope: '部门', year: 2025 },
    profile: 'shanghai-budget',
    summary: COMMERCE_SUMMARY,
  },
  [UNIT]: {
    // p.1 "上海市普陀区2025年区级单位预算", "预算单位：上海市普陀区商务委员会"
    identity: { department: '上海市普陀区商务委员会', kind: '预算', scope: '单位', year: 2025 },
    profile: 'shanghai-unit-budget',
    summary: COMMERCE_SUMMARY, // pp.9–21 print the same figures as the 部门预算
  },
  [WANLI]: {
    identity: {
      department: '上海市普陀区人民政府万里街道办事处',
      kind: '预算',
      scope: '部门',
      year: 2023,
    },
    profile: 'shanghai-budget',
    summary: {
      unit: '元',
      total: 164978640, // p.10 收入总计 164,978,640
      basic: 99406297, // p.18 合计 99,406,297
      project: 65572343, // p.18 合计 65,572,343
      personnel: 84024865, // p.27 合计 84,024,865
      publicUse: 15381432, // p.27 合计 15,381,432
      generalBudget: 164978640, // p.10 1. 一般公共预算
      // p.28: 22.91 | 0 | 1.35 | 21.56 (小计) | 0 | 21.56
      threePublic: {
        unit: '万元',
        total: 22.91,
        outbound: 0,
        vehiclePurchase: 0,
        vehicleOperation: 21.56,
        reception: 1.35,
      },
      // p.10 本年支出, equal to the 类 rows of pp.15–18
      byFunctionClass: {
        '201': 2976800,
        '204': 1252300,
        '206': 100000,
        '207': 200000,
        '208': 27073236,
        '210': 3095732,
        '212': 121319878,
        '221': 8960694,
      },
    },
  },
  [JUSTICE]: {
    identity: { department: '上海市普陀区司法局', kind: '预算', scope: '部门', year: 2026 },
    profile: 'shanghai-budget',
    summary: {
      unit: '元',
      total: 96282213.44, // p.10 收入总计 96,282,213.44
      basic: 25741666.44, // p.13 合计 25741666.44
      project: 70540547, // p.13 合计 70540547.00
      personnel: 23563342, // p.20 合计 23563342.00
      publicUse: 2178324.44, // p.20 合计 2178324.44
      generalBudget: 96282213.44, // p.10 1. 一般公共预算
      // p.21: 10.81 | 0 | 0.83 | 9.98 | 0 | 9.98
      threePublic: {
        unit: '万元',
        total: 10.81,
        outbound: 0,
        vehiclePurchase: 0,
        vehicleOperation: 9.98,
        reception: 0.83,
      },
      // p.10 本年支出
      byFunctionClass: { '204': 87267272.44, '208': 3343704, '210': 1149678, '221': 4521559 },
    },
  },
};

describe.runIf(ALL.every((name) => hasShared('corpus', name)))(
  '上海 部门预算 template (PDF)',
  () => {
    beforeAll(async () => {
      for (const name of ALL) {
        const path = sharedPath('corpus', name);
        const { layout } = await ingestFile(readFileSync(path), path);
        docs.set(name, parseDisclosure(layout, { strict: true }));
      }
    });

    it.each(ALL)('%s: identity, profile and every summary figure', (name) => {
      const d = doc(name);
      const want = EXPECTED[name]!;
      expect(d.profile).toBe(want.profile);
      expect(d.identity).toMatchObject({ ...want.identity, unit: '元' });
      expect(d.summary).toEqual(want.summary);
      expect(d.tables.map((t) => t.kind)).toEqual([
        'revenue-expenditure',
        'revenue',
        'expenditure',
        'fiscal-revenue-expenditure',
        'general-budget',
        'fund-budget',
        'capital-budget',
        'general-budget-basic',
        'three-public',
      ]);
      expect(table(d, 'three-public').unit).toBe('万元');
      expect(table(d, 'revenue').unit).toBe('元');
    });

    // 万里 and 司法局 have real faults in their 编制说明 lines, each asserted in test/check/corpus.test.ts;
    // 万里 p.35 also prints 当年财政拨款 above its 年度资金申请总额 (table:performance-target:funds-add-up).
    const REAL = new Set([
      'narrative:execution-restated',
      'narrative:execution-change-percent',
      'table:performance-target:funds-add-up',
    ]);
    it.each(ALL)('%s: `check` finds no error beyond the real 编制说明 faults', (name) => {
      const errors = checkDisclosure(doc(name)).findings.filter(
        (f) => f.outcome === 'fail' && f.severity === 'error' && !REAL.has(f.ruleId),
      );
      expect(errors.map((f) => f.ruleId)).toEqual([]);
    });

    it('reads table cells, across page breaks and wrapped names', () => {
      const dept = doc(DEPT);
      // p.20 "302 17 公务接待费 10,000.00 … 10,000.00" (公用经费)
      expect(row(dept, 'general-budget-basic', code('30217')).values).toEqual({
        total: 10000,
        'public-use': 10000,
      });
      // p.16, after the header repeated at the top of the page: 208 05 99 13,260.00 (基本支出)
      expect(row(dept, 'general-budget', code('2080599')).values).toEqual({
        total: 13260,
        basic: 13260,
      });
      // 万里 p.12: "机关事业单位基本养老保险缴费支" / "出" on the next line, 4,412,547
      const wanli = row(doc(WANLI), 'revenue', code('2080505'));
      expect(wanli.name).toBe('机关事业单位基本养老保险缴费支出');
      expect(wanli.values.total).toBe(4412547);
      // 司法局 p.13: 204 06 99 其他司法支出 38454900.00 (项目支出)
      expect(row(doc(JUSTICE), 'expenditure', code('2040699')).values.project).toBe(38454900);
      // 单位预算 p.9: the 支出 side by 人员经费 / 公用经费 / 项目支出
      expect(row(doc(UNIT), 'revenue-expenditure', code('208')).values).toEqual({
        amount: 3808085,
        personnel: 3565865,
        'public-use': 242220,
      });
    });

    it('reads the overview, glossary and narrative facts in 万元', () => {
      const dept = doc(DEPT);
      expect(dept.overview.functions).toHaveLength(13); // p.3–4 1、…13、
      expect(dept.overview.internalUnits.count).toBe(9); // p.4 "机关设9个内设机构"
      expect(dept.glossary.map((g) => g.term)[6]).toBe('“三公”经费'); // p.5 （七）
      const fact = (
        d: Disclosure,
        pred: (f: Disclosure['narrative']['facts'][number]) => boolean,
      ) => d.narrative.facts.find(pred);
      // p.22 "（三）公务接待费1.00万元。与2024年预算持平"
      expect(
        fact(dept, (f) => f.subject.kind === 'three-public' && f.subject.item === 'reception'),
      ).toMatchObject({ amount: 1, unit: '万元', change: { direction: 'unchanged' } });
      // p.7 "财政拨款收入37,151.47万元，比2024年预算执行数增加24,558.18万元" and, two sentences on,
      // "财政拨款收入支出增加的主要原因是：政策资金项目预算增加，…"
      expect(
        fact(dept, (f) => f.subject.kind === 'revenue' && f.subject.source === 'fiscal'),
      ).toMatchObject({
        amount: 37151.47,
        change: { direction: 'increase', amount: 24558.18 },
        reason: expect.stringMatching(/^政策资金项目预算增加/) as unknown,
      });
      // p.22 "机关运行经费预算为171.01万元"
      expect(fact(dept, (f) => f.subject.kind === 'operating-costs')?.amount).toBe(171.01);
      // p.7 "1. “一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元"
      expect(
        fact(dept, (f) => f.subject.kind === 'function' && f.subject.code === '2011301'),
      ).toMatchObject({ amount: 938.99, unit: '万元', scope: 'general-budget' });
      // 司法局 p.9: the obsolete 类 name "医疗卫生与计划生育支出（210类）…行政单位医疗（01项）114.97万元"
      expect(
        fact(doc(JUSTICE), (f) => f.subject.kind === 'function' && f.subject.code === '2101101')
          ?.amount,
      ).toBe(114.97);
      // 司法局 p.9, after that line: "2025年当年预算执行数为59.43万元，2026年预算安排114.97万元，
      // 比2025年预算执行数增加93.45%。主要原因是：支出增加。"
      expect(
        fact(doc(JUSTICE), (f) => f.subject.kind === 'function' && f.subject.code === '2101101'),
      ).toMatchObject({
        reason: '支出增加',
        execution: {
          year: 2025,
          amount: 59.43,
          planned: 114.97,
          change: { direction: 'increase', percent: 93.45, against: '2025年预算执行数' },
        },
      });
      // 万里 p.6 "2022年当年预算执行数为1.48万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70 %"
      // under 统计管理（06项）; every one of its 34 such clauses (司法局: 13) is read.
      expect(
        fact(doc(WANLI), (f) => f.subject.kind === 'function' && f.subject.code === '2010506')
          ?.execution,
      ).toEqual({
        year: 2022,
        amount: 1.48,
        planned: 2.63,
        change: { direction: 'increase', percent: 77.7, against: '2022年预算执行数' },
      });
      expect(doc(WANLI).narrative.facts.filter((f) => f.execution)).toHaveLength(34);
      expect(doc(JUSTICE).narrative.facts.filter((f) => f.execution)).toHaveLength(13);
      // p.22 政府采购预算38.20万元: 货物 7.80, 工程 0, 服务 30.40
      expect(dept.procurement).toMatchObject({ total: 38.2, goods: 7.8, works: 0, services: 30.4 });
    });

    it('reads the projects under their own headings and the 绩效目标表', () => {
      const dept = doc(DEPT);
      // pp.23–26: 科技创新专项 1720.00万, 生命健康专项 1170.00万 = 870 + 70 + 180 + 50, …
      expect(dept.projects.map((p) => [p.name, p.scale])).toEqual([
        ['科技创新专项', 1720],
        ['生命健康专项（政策资金）', 1170],
        ['商业创新专项（政策资金）', 1410],
        ['贸易高质量发展专项（政策资金）', 2921],
      ]);
      expect(dept.projects[1]?.allocation?.items.map((i) => i.amount)).toEqual([870, 70, 180, 50]);
      // 万里 p.30: four quarters 25.88 + 180.74 + 186.60 + 16.78 = 410.00万 (the 4,100,000.00 of
      // p.31's 新建万里街道社区公共服务中心); pp.31–35: five 财政项目支出绩效目标填报表
      const wanli = doc(WANLI);
      expect(wanli.projects[0]?.allocation?.items.map((i) => i.amount)).toEqual([
        25.88, 180.74, 186.6, 16.78,
      ]);
      expect(wanli.performance).toHaveLength(5);
      expect(wanli.performance[0]?.year).toBe(2023);
    });

    it('reads the 财政项目支出绩效目标填报表 forms of 万里街道 completely (pp.31–35)', () => {
      const forms = doc(WANLI).performance;
      // p.31: 项目名称, 实施单位, 年度资金申请总额 4,100,000.00 = 其中：当年财政拨款 4,100,000.00,
      // 其他资金 0.00, in 元 (项目资金（元）); the 年度总体目标 column, not the 项目总目标 beside it.
      expect(forms[0]).toMatchObject({
        kind: 'project',
        year: 2023,
        project: '新建万里街道社区公共服务中心',
        unit: '上海市普陀区人民政府万里街道办事处',
        funds: { total: 4100000, fiscal: 4100000, other: 0, unit: '元' },
      });
      // The two goal columns print their lines half a line apart; each reads line after line.
      expect(forms[0]?.goal).toBe(
        '建成后作为万里街道社区事务受理、社区管理、社区文化艺术活动场所。更有效的整合社区公共服务资源，为周边居民提供便捷、优质的社区服务和生活配套设施。',
      );
      // The rest of p.31's header: 项目性质 阶段性项目, 项目类别 特定目标类, 主管部门, 计划开始/完成日期,
      // 上年结转资金 0.00, the lifetime column (项目资金总额 4,100,000.00, 其中：财政资金
      // 4,100,000.00, 其他资金 0.00) and the 项目总目标 beside the 年度总体目标.
      expect(forms[0]).toMatchObject({
        nature: '阶段性项目',
        category: '特定目标类',
        department: '上海市普陀区人民政府万里街道办事处',
        period: { start: '2023-01-01', end: '2023-12-31' },
        funds: { carryover: 0 },
        lifetimeFunds: { total: 4100000, fiscal: 4100000, other: 0 },
      });
      expect(forms[0]?.projectGoal).toBe(forms[0]?.goal);
      expect(forms.map((f) => [f.nature, f.category, f.lifetimeFunds?.total])).toEqual([
        ['阶段性项目', '特定目标类', 4100000],
        ['经常性项目', '特定目标类', 6351000],
        ['经常性项目', '特定目标类', 4563800],
        ['经常性项目', '特定目标类', 7595500],
        ['经常性项目', '其他运转类', 10903043],
      ]);
      // pp.32–35: the other project names and their 年度资金申请总额; p.35 prints 当年财政拨款
      // 11,419,043.00 against a 年度资金申请总额 of 10,903,043.00, and its 项目类别 is 其他运转类.
      expect(forms.map((f) => [f.project, f.funds.total, f.funds.fiscal])).toEqual([
        ['新建万里街道社区公共服务中心', 4100000, 4100000],
        ['就业援助基地补贴', 6351000, 6351000],
        ['社区环境整治和建设经费', 4563800, 4563800],
        ['各类工作经费', 7595500, 7595500],
        ['公共服务设施运行经费', 10903043, 11419043],
      ]);
      // p.31: 产出指标 is printed on the second of its three rows (数量, 质量, 成本).
      expect(forms[0]?.indicators.map((i) => [i.level1, i.level2, i.name, i.value.text])).toEqual([
        ['产出指标', '数量指标', '规划建筑面积', '≥13459.00(平方米)'],
        ['产出指标', '质量指标', '完工及时率', '及时率'],
        ['产出指标', '成本指标', '预算内经费', '合规'],
        ['效益指标', '社会效益指标', '完善社区基础设施建设', '完善率'],
        ['满意度指标', '服务对象满意度指标', '居民满意度', '满意度'],
      ]);
      expect(forms[0]?.indicators[0]?.value).toMatchObject({ comparator: '≥', number: 13459 });
      // Indicators per form: p.31 5, p.32 4, p.33 4, p.34 43, p.35 9.
      expect(forms.map((f) => f.indicators.length)).toEqual([5, 4, 4, 43, 9]);
      // p.34: two rows chained through the 质量指标 label centred between them read apart, and a
      // name wrapped around its value reads in order.
      expect(forms[3]?.indicators.map((i) => [i.name, i.value.text])).toEqual(
        expect.arrayContaining([
          ['中心全年活动人次', '=5.00(万人次)'],
          ['完善人大代表“家站点”建设', '达标'],
          ['全面提升社区党员党性修养，提升书记综合素质，牢固树立全心全意为民服务意识', '有效'],
          // the label 服务对象满意度指标 is wrapped across these two rows
          ['家长及学生满意比例', '满意率100%'],
          ['提高居民、驻区企业满意度', '提升'],
        ]),
      );
      // p.34's labels are centred on their groups on the page (rows 32 and 36 print on two
      // lines): 质量指标 at y 576.6 spans 549.4–604.0, so 民兵训练及备勤工作 is its last row;
      // 满意度指标 at 755.8 spans 736.4–775.3, from 提升社区居民满意度.
      const levels = (name: string) =>
        forms[3]?.indicators.filter((i) => i.name === name).map((i) => [i.level1, i.level2]);
      expect(levels('民兵训练及备勤工作')).toEqual([['产出指标', '质量指标']]);
      expect(levels('扩大禁毒宣传教育覆盖面')).toEqual([['效益指标', '社会效益指标']]);
      expect(levels('提升社区居民满意度')).toEqual([['满意度指标', '服务对象满意度指标']]);
      // p.32: a value printed with a space ("补贴对象生活改善度不低于 80%") is one cell.
      expect(forms[1]?.indicators[2]).toMatchObject({
        level1: '效益指标',
        level2: '社会效益指标',
        name: '补贴对象生活改善度',
        value: { text: '补贴对象生活改善度不低于80%' },
      });
      // p.35: 数量指标 between its two rows, 质量指标 on the middle of three, and the 二级 cells
      // wrapped past a row ("社会效益指" / "标", "服务对象满" / "意度指标").
      expect(forms[4]?.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
        ['产出指标', '数量指标', '开展活动300场'],
        ['产出指标', '数量指标', '环境卫生及保安服务'],
        ['产出指标', '质量指标', '居民参与率'],
        ['产出指标', '质量指标', '维修处理及时率'],
        ['产出指标', '质量指标', '房屋质量'],
        ['效益指标', '社会效益指标', '加强工作人员队伍建设'],
        ['效益指标', '社会效益指标', '安全责任事故'],
        ['满意度指标', '服务对象满意度指标', '居民满意度'],
        ['满意度指标', '服务对象满意度指标', '工作人员满意度'],
      ]);
      // p.34: 数量指标 covers its first 15 rows (printed beside the 8th), 质量指标 the next ones.
      const p34 = forms[3]?.indicators ?? [];
      expect(p34.filter((i) => i.level2 === '数量指标').map((i) => i.name)).toHaveLength(15);
      expect(p34[14]).toMatchObject({ level2: '数量指标', name: '15个居民区全覆盖' });
      expect(p34[15]).toMatchObject({ level2: '质量指标', name: '做好禁毒示范城区标准化建设' });
      const formWarnings = doc(WANLI).warnings.filter((w) => w.table === '绩效目标表');
      expect(formWarnings).toEqual([]);
    });

    it('单位预算 agrees with the 部门预算: the unit is the whole department', () => {
      // 部门 p.4: the department is 商务委本部 plus a centre "不单列预算", so one budget unit.
      const dept = doc(DEPT);
      const unit = doc(UNIT);
      expect(unit.summary).toEqual(dept.summary);
      for (const kind of [
        'revenue',
        'expenditure',
        'general-budget',
        'general-budget-basic',
      ] as const)
        expect(table(unit, kind).rows.map((r) => [r.code, r.values])).toEqual(
          table(dept, kind).rows.map((r) => [r.code, r.values]),
        );
    });
  },
);

// The corpus README calls this the 司法局 tables as a workbook; it is a reviewer's checklist
// (2026年度普陀区部门预算公开情况检查表: one sheet, 检查内容 / 符合要求 / 问题截图 with screenshots).
// It holds no table of the disclosure, so parse refuses it instead of inventing one.
const CHECKLIST = '上海市普陀区司法局2026年部门预算.xlsx';
describe.runIf(hasShared('corpus', CHECKLIST))(`${CHECKLIST} (a checklist)`, () => {
  it('is not a disclosure', async () => {
    const path = sharedPath('corpus', CHECKLIST);
    const { layout } = await ingestFile(readFileSync(path), path);
    expect(layout.lines.some((l) => l.text.includes('部门预算公开情况检查表'))).toBe(true);
    expect(() => parseDisclosure(layout)).toThrow(
      expect.objectContaining({ kind: 'not-disclosure' }) as unknown as Error,
    );
  });
});

for (const name of ALL)
  if (!hasShared('corpus', name))
    describe('上海 部门预算 template (PDF)', () => it.skip(needsShared('corpus', name), () => {}));
