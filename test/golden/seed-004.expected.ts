// Seed 004 — 喀什地区行政公署驻乌鲁木齐办事处 2021年部门预算 (../shared/seeds/004_88207d3c283235c9.txt):
// what the document says, written by reading it line by line (never from parser output). The
// tables and 绩效目标表 are in their own files. Numbers in comments are seed line numbers.
// A data file: its length is the document's content.
import { contains, text, whole, type SeedExpectation } from './expected-types.js';
import {
  down,
  fact,
  fnClass,
  fnItem,
  revenue,
  spending,
  threePublic,
  totalOf,
  up,
} from './facts.js';
import { PERFORMANCE_004 } from './seed-004.performance.js';
import { TABLES_004 } from './seed-004.tables.js';

const DEPT = '新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处';
const U = '万元' as const;
const GB = 'general-budget' as const;
const TP = 'three-public' as const;
const GOV = '一般公共服务支出';
const OFFICE = '政府办公厅（室）及相关机构事务';
const PERIOD = '2021年1月-12月';
const ABOUT = `关于${DEPT}2021年`;

export const SEED_004: SeedExpectation = {
  file: '004_88207d3c283235c9.txt',
  identity: {
    department: DEPT,
    kind: '预算',
    scope: '部门',
    year: 2021,
    unit: '万元',
    signedDate: '2021-04-15',
    signedBy: DEPT,
  },
  overview: {
    // Numbered （1）…（6） in one paragraph; each ends with "；" (the last with "。").
    functions: [
      text('加大对喀什地区的宣传力度', '为地委、行署决策提供参考'),
      whole('承担地区党政领导在乌鲁木齐市公务活动期间的服务保障工作'),
      text('发挥桥梁与纽带作用', '对口援助等工作的联络协助和促进工作'),
      whole('协助地区信访局和相关县市处理地区在乌鲁木齐市的信访工作'),
      text('积极参与驻地社会管理和公共服务工作', '做好首府工作'),
      whole('完成行署办公室交办的其他任务。'),
    ],
    internalUnits: { count: 4, names: ['办公室', '信访科', '服务科', '财务科'] },
    // 无下属预算单位: none listed.
    budgetUnits: { subordinateCount: 0, names: [] },
    staffing: {
      authorized: 20,
      actual: 17,
      active: { count: 13, change: 2 },
      retired: { count: 4, change: 1 },
      separated: { count: 0, change: 0 },
    },
  },
  tables: TABLES_004,
  summary: {
    unit: '万元',
    total: 700.94,
    basic: 345.08,
    project: 355.86,
    personnel: 309.32,
    publicUse: 35.76,
    generalBudget: 700.94,
    threePublic: {
      unit: '万元',
      total: 96.8,
      outbound: 0,
      vehiclePurchase: 80,
      vehicleOperation: 16.8,
      reception: 0,
    },
    byFunctionClass: { '201': 662.96, '208': 21.11, '221': 16.87 },
  },
  // 第三部分's heading is lost but for "明" (609).
  sections: [
    {
      number: '一',
      title: `${ABOUT}收支预算情况的总体说明`,
      text: text('按照全口径预算的原则', '住房保障支出等。'),
    },
    {
      number: '二',
      title: `${ABOUT}收入预算情况说明`,
      text: text(`${DEPT}收入预算700.94万元`, '原因是未安排预算。'),
    },
    {
      number: '三',
      title: `${ABOUT}支出预算情况说明`,
      text: text(`${DEPT}2021年支出预算700.94万元`, '项目资金增加。'),
    },
    {
      number: '四',
      title: `${ABOUT}财政拨款收支预算情况的总体说明`,
      text: text('2021年财政拨款收支总预算700.94万元。', '主要用于在职人员住房公积金单位缴费。'),
    },
    { number: '五', title: `${ABOUT}一般公共预算当年拨款情况说明` },
    {
      number: '一',
      parent: '五',
      title: '一般公共预算当年拨款规模变化情况',
      text: text(`${DEPT}2021年一般公共预算拨款合计700.94万元`, '项目资金增加。'),
    },
    {
      number: '二',
      parent: '五',
      title: '一般公共预算当年拨款结构情况',
      text: text('1.一般公共服务支出（类）662.96万元', '占2.41%。'),
    },
    {
      number: '三',
      parent: '五',
      title: '一般公共预算当年拨款具体使用情况',
      text: text('1.一般公共服务支出（类）', '本年度未安排此项支出。'),
    },
    {
      number: '六',
      title: `${ABOUT}一般公共预算基本支出情况说明`,
      text: text(`${DEPT}2021年一般公共预算基本支出345.08万元`, '其他商品和服务支出等。'),
    },
    { number: '七', title: `${ABOUT}一般公共预算项目支出情况说明` },
    // 七's numbered parts are its projects (also read as projects below).
    ...[
      '业务运转经费项目',
      '关爱离退休人员项目',
      '服务保障提升项目质保金及视联网会议室项目缺口资金及质保金',
      '服务质量改善项目',
      '驻乌鲁木齐市、昌吉州喀什籍人员服务管理工作站工作项目',
    ].map((name, i) => ({ number: String(i + 1), parent: '七', title: `项目名称：${name}` })),
    {
      number: '八',
      title: `${ABOUT}一般公共预算“三公”经费预算情况说明`,
      text: text(`${DEPT}2021年一般公共预算“三公”经费数为96.80万元`, '主要原因是未安排预算。'),
    },
    {
      number: '九',
      title: `${ABOUT}政府性基金预算拨款情况说明`,
      text: text(`${DEPT}2021年没有使用政府性基金预算拨款`, '为空表。'),
    },
    { number: '十', title: '其他重要事项的情况说明' },
    {
      number: '一',
      parent: '十',
      title: '机关运行经费情况',
      text: text(`2021年，${DEPT}本级及下属0家行政单位`, '新增体检费和消杀经费。'),
    },
    {
      number: '二',
      parent: '十',
      title: '政府采购情况',
      text: text(`2021年，${DEPT}政府采购预算97.37万元`, '0万元。'),
    },
    {
      number: '三',
      parent: '十',
      title: '国有资产占用使用情况',
      text: text('截至2020年底', '单位价值100万元以上大型设备0台（套）。'),
    },
    {
      number: '四',
      parent: '十',
      title: '预算绩效情况',
      text: text('2021年度，本年度实行绩效管理的一般公共预算项目5个', '（按项目分别填报）：'),
    },
    {
      number: '五',
      parent: '十',
      title: '其他需说明的事项',
      text: text('根据《中华人民共和国政府信息公开条例》第十四条', '不予公开。'),
    },
  ],
  facts: [
    fact(619, '一', totalOf('both'), 'all', { amount: 700.94 }),
    fact(631, '二', totalOf('revenue'), 'all', { amount: 700.94 }),
    fact(635, '二', revenue('general'), 'all', { amount: 700.94, share: 100, change: up(145.97) }),
    fact(643, '二', revenue('fund'), 'all', { amount: 0, share: 0, change: up(0) }),
    fact(651, '三', totalOf('expenditure'), 'all', { amount: 700.94 }),
    fact(655, '三', spending('basic'), 'all', { amount: 345.08, share: 49.23, change: up(27.79) }),
    fact(661, '三', spending('project'), 'all', {
      amount: 355.86,
      share: 50.77,
      change: up(118.18),
    }),
    fact(670, '四', totalOf('both'), 'fiscal', { amount: 700.94 }),
    fact(676, '四', revenue('general'), 'fiscal', { amount: 700.94 }),
    fact(678, '四', fnClass('201', GOV), GB, { amount: 662.96 }),
    fact(682, '四', fnClass('208', '社会保障和就业支出'), GB, { amount: 21.11 }),
    fact(686, '四', fnClass('221', '住房保障支出'), GB, { amount: 16.87 }),
    fact(696, ['五', '一'], totalOf(), GB, { amount: 700.94 }),
    fact(698, ['五', '一'], spending('basic'), GB, { amount: 345.08, change: up(27.79, 8.76) }),
    fact(704, ['五', '一'], spending('project'), GB, {
      amount: 355.86,
      change: up(118.18, 49.72),
    }),
    fact(714, ['五', '二'], fnClass('201', GOV), GB, { amount: 662.96, share: 94.58 }),
    fact(716, ['五', '二'], fnClass('208', '社会保障和就业支出'), GB, {
      amount: 21.11,
      share: 3.01,
    }),
    fact(718, ['五', '二'], fnClass('221', '住房保障支出'), GB, { amount: 16.87, share: 2.41 }),
    ...(
      [
        [736, '2010399', [GOV, OFFICE, '其他政府办公厅（室）及相关机构事务支出'], 355.86, up(178.18, 100.28)],
        [744, '2010350', [GOV, OFFICE, '事业运行（政府办公厅（室）及相关机构事务）'], 307.1, up(27.34, 9.77)],
        [754, '2080505', ['社会保障和就业支出', '行政事业单位养老支出', '机关事业单位基本养老保险缴费支出'], 21.11, down(1.69, 7.41)],
        [762, '2210201', ['住房保障支出', '住房改革支出', '住房公积金'], 16.87, up(2.14, 14.53)],
        [770, '2100410', ['卫生健康支出', '公共卫生', '突发公共卫生事件应急处理'], 0, down(60, 100)],
      ] as const
    ).map(([line, code, path, amount, change]) =>
      fact(line, ['五', '三'], fnItem(code, path), GB, { amount, change }),
    ), // prettier-ignore
    fact(780, '六', spending('basic'), GB, { amount: 345.08 }),
    fact(784, '六', { kind: 'economic-group', group: 'personnel' }, GB, { amount: 309.32 }),
    fact(794, '六', { kind: 'economic-group', group: 'public-use' }, GB, { amount: 35.76 }),
    fact(980, '八', threePublic('total'), TP, { amount: 96.8 }),
    fact(982, '八', threePublic('outbound'), TP, { amount: 0 }),
    fact(984, '八', threePublic('vehicle-purchase'), TP, { amount: 80 }),
    fact(984, '八', threePublic('vehicle-operation'), TP, { amount: 16.8 }),
    fact(986, '八', threePublic('reception'), TP, { amount: 0 }),
    // 比上年增加 (against 上年, not 上年预算).
    fact(988, '八', threePublic('total'), TP, { change: up(80) }),
    fact(990, '八', threePublic('outbound'), TP, { change: up(0) }),
    fact(992, '八', threePublic('vehicle-purchase'), TP, { change: up(80) }),
    fact(994, '八', threePublic('vehicle-operation'), TP, { change: up(0) }),
    fact(996, '八', threePublic('reception'), TP, { change: up(0) }),
    fact(1014, ['十', '一'], { kind: 'operating-costs' }, 'fiscal', {
      amount: 35.76,
      change: up(1.71, 5.02),
    }),
  ],
  projects: [
    {
      number: '1',
      name: '业务运转经费项目',
      basis: text('根据驻乌办事处工作职能', '法律法规。'),
      scale: 77,
      unit: U,
      owner: DEPT,
      allocation: {
        text: text('其中：办公费6万元', '其他商品服务支出1.95万元。'),
        items: [
          { name: '办公费', amount: 6 },
          { name: '水费', amount: 1 },
          { name: '电费', amount: 1 },
          { name: '邮电费', amount: 5 },
          { name: '物业管理费', amount: 8 },
          { name: '差旅费', amount: 8 },
          { name: '其他交通费', amount: 10 },
          { name: '维修（护）费', amount: 7 },
          { name: '专用材料费', amount: 22 },
          { name: '委托业务费', amount: 3 },
          { name: '办公设备购置', amount: 4.05 },
          { name: '其他商品服务支出', amount: 1.95 },
        ],
      },
      period: PERIOD,
    },
    {
      number: '2',
      name: '关爱离退休人员项目',
      basis: text('本项目为本单位离退休人员及企业改', '扶贫政策、规划和法律法规。'),
      scale: 1.26,
      unit: U,
      owner: DEPT,
      // 42人 × 人均0.03万元 = 1.26万元: a formula, not a list of items (items not pinned).
      allocation: { text: whole('享受待遇人员42人，人均0.03万元，共计1.26万元。') },
      period: PERIOD,
    },
    {
      number: '3',
      name: '服务保障提升项目质保金及视联网会议室项目缺口资金及质保金',
      basis: text('此项目是延续性项目', '规划和法律法规。'),
      scale: 6.54,
      unit: U,
      owner: DEPT,
      allocation: {
        text: text('视联网视频会议室缺口资金（含质保金）为5.75万元', '服务保障提升项目质保金0.79万元。'),
        items: [
          { name: '视联网视频会议室缺口资金', amount: 5.75 },
          { name: '服务保障提升项目质保金', amount: 0.79 },
        ],
      },
      period: PERIOD,
    },
    {
      number: '4',
      name: '服务质量改善项目',
      basis: text('该项目经地委行署主要领导同意', '规划和法律法规。'),
      scale: 22.5,
      unit: U,
      owner: DEPT,
      allocation: {
        text: text('其中基建项目11.18万元', '设备购置11.32万元。'),
        items: [
          { name: '基建项目', amount: 11.18 },
          { name: '设备购置', amount: 11.32 },
        ],
      },
      period: PERIOD,
    },
    {
      number: '5',
      name: '驻乌鲁木齐市、昌吉州喀什籍人员服务管理工作站工作项目',
      basis: text('根据喀党委字〔2017〕5号', '规划和法律法规。'),
      scale: 15,
      unit: U,
      owner: '驻乌、昌喀什籍人员服务管理工作站',
      // The closing "。" comes after the page number "- 20 -" (970, 972).
      allocation: {
        text: text('喀什地区驻乌鲁木齐市、昌吉州喀什籍', '办公经费2万元。'),
        items: [
          { name: '物业、水电等费用', amount: 5 },
          { name: '交通费', amount: 8 },
          { name: '办公经费', amount: 2 },
        ],
      },
      period: PERIOD,
    },
  ], // prettier-ignore
  undisclosed: [
    {
      kind: '不予公开',
      count: 4,
      amount: 233.56,
      unit: U,
      what: 'projects',
      text: contains('4个项目'),
    },
  ],
  operatingCosts: {
    amount: 35.76,
    unit: U,
    change: up(1.71, 5.02),
    reason: contains('新增体检费和消杀经费'),
  },
  procurement: {
    unit: U,
    total: 97.37,
    goods: 82.67,
    works: 0,
    services: 14.7,
    smeReserved: 0,
    smallMicroReserved: 0,
  },
  assets: {
    unit: U,
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
  },
  performanceOverview: { unit: U, projectCount: 5, projectAmount: 122.3 },
  performance: PERFORMANCE_004,
  glossary: [
    { term: '财政拨款', definition: whole('指由一般公共预算、政府性基金预算安排的财政拨款数。') },
    { term: '一般公共预算', definition: whole('包括公共财政拨款（补助）资金、专项收入。') },
    { term: '财政专户管理资金', definition: whole('包括专户管理行政事业性收费（主要是教育收费）、其他非税收入。') },
    { term: '其他资金', definition: whole('包括事业收入、事业经营收入、其他收入等。') },
    { term: '基本支出', definition: text('包括人员经费、商品和服务支出（定额）。', '对个人和家庭的补助。') },
    { term: '项目支出', definition: text('部门（单位）支出预算的组成部分', '年度项目支出计划。') },
    { term: '“三公”经费', definition: text('指自治区本级部门（单位）用一般公共预算财政拨款安排的', '（含外宾接待）支出。') },
    { term: '机关运行经费', definition: text('指各部门（单位）的公用经费', '公务用车运行维护费及其他费用。') },
  ], // prettier-ignore
  parts: {
    overview: [1, 37],
    narrative: [
      [609, 1080],
      [1373, 1385],
    ],
    glossary: [1386, 1441],
    closing: [1443, 1445],
  },
  textAmounts: [
    { line: 842, number: '300', reason: '七.2 政策依据: 人均待遇300元, a rate in the basis text' },
    {
      line: 858,
      number: '0.03',
      reason: '七.2 资金分配: 人均0.03万元, the rate of 42人 × 0.03 = 1.26 (the 规模)',
    },
    { line: 870, number: '30', reason: '七.3 政策依据: a 2020 budget of an earlier project' },
    { line: 872, number: '19.45', reason: '七.3 政策依据: a 2020 budget of an earlier project' },
    {
      line: 878,
      number: '6.536278',
      reason: '七.3 政策依据: the exact 缺口资金 (six decimals; the 规模 prints 6.54)',
    },
  ],
};
