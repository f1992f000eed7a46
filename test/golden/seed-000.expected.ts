// Seed 000 — 新疆维吾尔自治区人民政府办公厅 2025年部门预算 (../shared/seeds/000_c55cbe189efa8a40.txt):
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
import { PERFORMANCE_000 } from './seed-000.performance.js';
import { TABLES_000 } from './seed-000.tables.js';

const DEPT = '新疆维吾尔自治区人民政府办公厅';
const U = '万元' as const;
const GB = 'general-budget' as const;
const TP = 'three-public' as const;
const GOV = '一般公共服务支出';
const OFFICE = '政府办公厅（室）及相关机构事务';
const SOCIAL = '社会保障和就业支出';
const PENSION = '行政事业单位养老支出';
const HEALTH = '卫生健康支出';
const MEDICAL = '行政事业单位医疗';
const PERIOD = '2025年1月至2025年12月';
const ABOUT = `关于${DEPT}2025年`;

export const SEED_000: SeedExpectation = {
  file: '000_c55cbe189efa8a40.txt',
  identity: {
    department: DEPT,
    kind: '预算',
    scope: '部门',
    year: 2025,
    unit: '万元',
    signedDate: '2025-02-18',
    signedBy: DEPT,
  },
  overview: {
    functions: [
      text('围绕自治区党委决策部署和自治区人民政府中心工作', '组织实施会议决定事项。'),
      text('协助自治区人民政府领导同志组织起草或审核', '名义发布的公文。'),
      text('督促检查党中央、国务院和自治区党委', '政协委员提案的办理工作。'),
      text('研究自治区人民政府各部门和各地（州、市）', '报自治区人民政府领导同志审定。'),
      text('负责自治区人民政府值班工作', '领导同志的指示批示要求。'),
      text('负责全区政府政务信息收集、调研、整理、报送工作', '指导协调全区政府系统信息工作。'),
      whole('指导、监督自治区政务公开及政府信息公开工作。'),
      text('根据自治区人民政府工作重点', '及时反映情况，提出建议。'),
      whole('统筹、协调、组织全区政府系统绩效考评工作。'),
      text('负责全区政府网站、政府系统电子政务内网的统筹规划', '运行管理等工作。'),
      whole('负责自治区人民政府驻其他省市办事机构的管理工作。'),
      // 48: printed after a page break (leading space); still the twelfth function.
      whole('完成自治区党委、自治区人民政府交办的其他任务。'),
    ],
    internalUnits: {
      count: 24,
      names: [
        ...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].map((n) => `秘书${n}处`),
        '综合一室（保密办）',
        '综合二室',
        '综合三室',
        '政府总值班室',
        '政府督查一室',
        '政府督查二室（绩效考评办公室）',
        '政务办公室（翻译处）',
        '法规处',
        '信息处',
        '人事处',
        '财务审计处',
        '保卫处',
        '机关党委',
        '离退休干部工作处',
      ],
    },
    budgetUnits: {
      subordinateCount: 5,
      names: [
        `${DEPT}本级`,
        '新疆维吾尔自治区人民政府驻上海办事处',
        '新疆维吾尔自治区人民政府驻广州办事处',
        '新疆维吾尔自治区人民政府驻西安办事处',
        `${DEPT}文印中心`,
        `${DEPT}综合保障中心`,
      ],
      administrative: 4,
      institutional: 2,
    },
    staffing: {
      authorized: 362,
      actual: 873,
      active: { count: 366, change: -26 },
      retired: { count: 506, change: 8 },
      separated: { count: 1, change: 0 },
    },
  },
  tables: TABLES_000,
  summary: {
    unit: '万元',
    total: 14303.93,
    basic: 10039.01,
    project: 4264.92,
    personnel: 8555.84,
    publicUse: 1483.17,
    generalBudget: 14216.81,
    // 因公出国 and 购置 are blank in 表10 (0.00 in 十).
    threePublic: {
      unit: '万元',
      total: 320.81,
      outbound: 0,
      vehiclePurchase: 0,
      vehicleOperation: 313.61,
      reception: 7.2,
    },
    byFunctionClass: { '201': 10877.89, '208': 2133.17, '210': 707.43, '221': 585.46 },
  },
  sections: [
    {
      number: '一',
      title: `${ABOUT}收支预算情况总体说明`,
      text: text('按照全口径预算的原则', '社会保障和就业支出、卫生健康支出、住房保障支出。'),
    },
    {
      number: '二',
      title: `${ABOUT}收入预算情况说明`,
      text: text(`${DEPT}部门收入预算14,303.93万元`, '相应预算减少。'),
    },
    {
      number: '三',
      title: `${ABOUT}支出预算情况说明`,
      text: text(`${DEPT}2025年支出预算14,303.93万元`, '项目支出减少。'),
    },
    {
      number: '四',
      title: `${ABOUT}财政拨款收支预算情况的总体说明`,
      text: text('2025年财政拨款收支总预算14,216.81万元。', '主要用于职工住房公积金缴费。'),
    },
    { number: '五', title: `${ABOUT}一般公共预算当年拨款情况说明` },
    {
      number: '一',
      parent: '五',
      title: '一般公共预算当年拨款规模变化情况',
      text: text(`${DEPT}2025年一般公共预算拨款合计`, '2025年专项资金结转减少。'),
    },
    {
      number: '二',
      parent: '五',
      title: '一般公共预算当年拨款结构情况',
      text: text('1、一般公共服务支出（类）10,790.77万元', '占4.12%。'),
    },
    {
      number: '三',
      parent: '五',
      title: '一般公共预算当年拨款具体使用情况',
      text: text('1、一般公共服务支出（类）', '住房公积金预算减少。'),
    },
    {
      number: '六',
      title: `${ABOUT}一般公共预算基本支出情况说明`,
      text: text(`${DEPT}2025年一般公共预算基本支出`, '其他商品和服务支出。'),
    },
    { number: '七', title: `${ABOUT}一般公共预算项目支出情况说明` },
    // 七's numbered parts are its projects (also read as projects below).
    ...[
      ['一', '各项业务工作管理经费'],
      ['二', '日常管理运行费'],
      ['三', '驻外办事处业务工作经费'],
      ['四', '驻外办事处业务工作经费'],
      ['五', '驻外办事处业务工作经费'],
      ['六', '印刷费'],
    ].map(([number, name]) => ({ number: number ?? '', parent: '七', title: `项目名称：${name}` })),
    {
      number: '八',
      title: `${ABOUT}政府性基金预算拨款情况说明`,
      text: text(`${DEPT}2025年没有使用政府性基金预算拨款`, '为空表。'),
    },
    {
      number: '九',
      title: `${ABOUT}国有资本经营预算拨款情况说明`,
      text: text(`${DEPT}2025年没有使用国有资本经营预算拨`, '为空表。'),
    },
    {
      number: '十',
      title: `${ABOUT}财政拨款“三公”经费预算情况说明`,
      // 1483–1495, the 三公 change on last year, is printed inside the two-line heading of 十一:
      // it continues 十.
      text: text(`${DEPT}2025年财政拨款“三公”经费数为`, '务接待费预算安排情况无变化。'),
    },
    {
      number: '十一',
      title: `${ABOUT}上年结转结余预算情况说明`,
      text: text(`${DEPT}2025年上年结转结余73.90万元`, '完全不予公开。', '三公'),
    },
    { number: '十二', title: '其他重要事项的情况说明' },
    {
      number: '一',
      parent: '十二',
      title: '单位运行经费情况',
      text: text(`${DEPT}2025年的机关运行经费财政拨款预算`, '较上年预算增加。'),
    },
    {
      number: '二',
      parent: '十二',
      title: '政府采购情况',
      text: text(`2025年，${DEPT}政府采购预算2,259.30万元`, '151.05万元。'),
    },
    {
      number: '三',
      parent: '十二',
      title: '国有资产占用使用情况',
      text: text('截至2024年底', '单位价值100万元以上大型设备0台。'),
    },
    {
      number: '四',
      parent: '十二',
      title: '预算绩效情况',
      text: text('2025年，本部门预算绩效管理整体预算绩效目标1个', '具体情况见下表：'),
    },
    {
      number: '五',
      parent: '十二',
      title: '其他需说明的事项',
      text: text('单位有1个涉密项目', '项目绩效目标表完全不予公开。'),
    },
  ],
  facts: [
    fact(1029, '一', totalOf('both'), 'all', { amount: 14303.93 }),
    fact(1039, '二', totalOf('revenue'), 'all', { amount: 14303.93 }),
    fact(1041, '二', revenue('general'), 'all', {
      amount: 14216.81,
      share: 99.39,
      change: down(478.65, 3.26),
    }),
    fact(1047, '二', revenue('general-transfer'), 'all', {
      amount: 0,
      share: 0,
      change: down(30, 100),
    }),
    fact(1053, '二', revenue('fund'), 'all', { notArranged: true }),
    fact(1055, '二', revenue('fund-transfer'), 'all', { notArranged: true }),
    fact(1057, '二', revenue('capital'), 'all', { notArranged: true }),
    fact(1059, '二', revenue('capital-transfer'), 'all', { notArranged: true }),
    fact(1061, '二', revenue('special-account'), 'all', {
      amount: 0,
      share: 0,
      change: down(10.84, 100),
    }),
    fact(1064, '二', revenue('unit-funds'), 'all', {
      amount: 13.22,
      share: 0.09,
      change: down(381.98, 96.65),
    }),
    fact(1070, '二', revenue('carryover-fiscal'), 'all', {
      amount: 73.9,
      share: 0.52,
      change: down(157.48, 68.06),
    }),
    fact(1076, '二', revenue('carryover-nonfiscal'), 'all', {
      amount: 0,
      share: 0,
      change: down(9.2, 100),
    }),
    fact(1084, '三', totalOf('expenditure'), 'all', { amount: 14303.93 }),
    fact(1088, '三', spending('basic'), 'all', {
      amount: 10039.01,
      share: 70.18,
      change: down(286.49, 2.77),
    }),
    fact(1094, '三', spending('project'), 'all', {
      amount: 4264.92,
      share: 29.82,
      change: down(781.66, 15.49),
    }),
    fact(1104, '四', totalOf('both'), 'fiscal', { amount: 14216.81 }),
    fact(1110, '四', revenue('general'), 'fiscal', { amount: 14216.81 }),
    // "一般公共预算支出包括：…" — by 类, of the 一般公共预算.
    fact(1111, '四', fnClass('201', GOV), GB, { amount: 10790.77 }),
    fact(1115, '四', fnClass('208', SOCIAL), GB, { amount: 2133.17 }),
    fact(1117, '四', fnClass('210', HEALTH), GB, { amount: 707.43 }),
    fact(1117, '四', fnClass('221', '住房保障支出'), GB, { amount: 585.46 }),
    // 一般公共预算拨款合计: the text names no side.
    fact(1127, ['五', '一'], totalOf(), GB, { amount: 14216.81 }),
    fact(1131, ['五', '一'], spending('basic'), GB, {
      amount: 10039.01,
      change: down(275.65, 2.67),
    }),
    fact(1137, ['五', '一'], spending('project'), GB, {
      amount: 4177.8,
      change: down(233, 5.28),
    }),
    fact(1147, ['五', '二'], fnClass('201', GOV), GB, { amount: 10790.77, share: 75.9 }),
    fact(1149, ['五', '二'], fnClass('208', SOCIAL), GB, { amount: 2133.17, share: 15 }),
    fact(1151, ['五', '二'], fnClass('210', HEALTH), GB, { amount: 707.43, share: 4.98 }),
    fact(1153, ['五', '二'], fnClass('221', '住房保障支出'), GB, { amount: 585.46, share: 4.12 }),
    ...(
      [
        [1157, '2010301', [GOV, OFFICE, '行政运行'], 4773.88, up(106.71, 2.29)],
        [1164, '2010303', [GOV, OFFICE, '机关服务'], 1607.3, down(50.59, 3.05)],
        [1172, '2010350', [GOV, OFFICE, '事业运行'], 385.78, down(20.01, 4.93)],
        [1180, '2010399', [GOV, OFFICE, '其他政府办公厅（室）及相关机构事务支出'], 4023.8, down(102, 2.47)],
        [1190, '2050201', ['教育支出', '普通教育', '学前教育'], 0, down(498.24, 100)],
        [1196, '2080501', [SOCIAL, PENSION, '行政单位离退休'], 860.81, down(291.65, 25.31)],
        [1206, '2080502', [SOCIAL, PENSION, '事业单位离退休'], 491.75, up(456.6, 1299)],
        [1215, '2080505', [SOCIAL, PENSION, '机关事业单位基本养老保险缴费支出'], 780.61, down(54.53, 6.53)],
        [1225, '2080506', [SOCIAL, PENSION, '机关事业单位职业年金缴费支出'], 0, down(5.38, 100)],
        [1233, '2101101', [HEALTH, MEDICAL, '行政单位医疗'], 251.82, up(1.57, 0.63)],
        [1241, '2101102', [HEALTH, MEDICAL, '事业单位医疗'], 114.09, down(6.31, 5.24)],
        [1249, '2101103', [HEALTH, MEDICAL, '公务员医疗补助'], 341.52, down(3.92, 1.13)],
        [1256, '2210201', ['住房保障支出', '住房改革支出', '住房公积金'], 585.46, down(40.89, 6.53)],
      ] as const
    ).map(([line, code, path, amount, change]) =>
      fact(line, ['五', '三'], fnItem(code, path), GB, { amount, change }),
    ), // prettier-ignore
    fact(1268, '六', spending('basic'), GB, { amount: 10039.01 }),
    fact(1272, '六', { kind: 'economic-group', group: 'personnel' }, GB, { amount: 8555.84 }),
    fact(1280, '六', { kind: 'economic-group', group: 'public-use' }, GB, { amount: 1483.17 }),
    fact(1475, '十', threePublic('total'), TP, { amount: 320.81 }),
    fact(1477, '十', threePublic('outbound'), TP, { amount: 0 }),
    fact(1477, '十', threePublic('vehicle-purchase'), TP, { amount: 0 }),
    fact(1479, '十', threePublic('vehicle-operation'), TP, { amount: 313.61 }),
    fact(1479, '十', threePublic('reception'), TP, { amount: 7.2 }),
    // 1483–1495: printed inside 十一's heading; the change of the 三公 is part of 十.
    fact(1483, '十', threePublic('total'), TP, { change: up(0, 0) }),
    fact(1485, '十', threePublic('outbound'), TP, { change: up(0, 0) }),
    // "增长 0.0" / "0%" across lines 1487 and 1489: 0.00%.
    fact(1487, '十', threePublic('vehicle-purchase'), TP, { change: up(0, 0) }),
    fact(1489, '十', threePublic('vehicle-operation'), TP, { change: up(0, 0) }),
    fact(1493, '十', threePublic('reception'), TP, { change: up(0, 0) }),
    fact(1510, ['十二', '一'], { kind: 'operating-costs' }, 'fiscal', {
      amount: 1483.17,
      change: up(64.85, 4.57),
    }),
    fact(1501, '十一', { kind: 'carryover', source: 'all' }, 'all', { amount: 73.9 }),
    fact(1503, '十一', { kind: 'carryover', source: 'fiscal' }, 'all', { amount: 73.9 }),
    fact(1503, '十一', { kind: 'carryover', source: 'nonfiscal' }, 'all', { amount: 0 }),
  ],
  projects: [
    {
      number: '一',
      name: '各项业务工作管理经费',
      basis: text('根据新党厅字〔2024〕52号', '事机构的管理工作等设立该项目。'),
      scale: 3348.8,
      unit: U,
      owner: `${DEPT}（本级）`,
      allocation: {
        text: text('差旅费815万元', '办公设备购置5万元。'),
        items: [
          { name: '差旅费', amount: 815 },
          { name: '租赁费', amount: 461 },
          { name: '物业管理费', amount: 14.24 },
          { name: '维修（护）费', amount: 133.83 },
          { name: '劳务费', amount: 805.48 },
          { name: '培训费', amount: 80 },
          { name: '其他商品和服务支出', amount: 515.25 },
          { name: '委托业务费', amount: 256 },
          { name: '办公费', amount: 233 },
          { name: '印刷费', amount: 30 },
          { name: '办公设备购置', amount: 5 },
        ],
      },
      period: PERIOD,
    },
    {
      number: '二',
      name: '日常管理运行费',
      basis: text(`根据《关于${DEPT}所属事`, '安排项目总预算154万元。'),
      scale: 154,
      unit: U,
      owner: `${DEPT}综合保障中心`,
      allocation: {
        text: text('其他商品服务支出购买职工食堂食材类134万元', '低值易消耗用品20万元。'),
        items: [
          { name: '其他商品服务支出购买职工食堂食材类', amount: 134 },
          { name: '低值易消耗用品', amount: 20 },
        ],
      },
      period: PERIOD,
    },
    {
      // 1350–1361: 规模 and 承担单位 are printed inside the 政策依据; its 资金分配 (1377–1385,
      // 广州新疆大厦, adds up to 182) is printed inside the next project's 政策依据.
      number: '三',
      name: '驻外办事处业务工作经费',
      basis: text('根据《关于印发自治区本级项目支出预算管理办法的', '文件要求申请该项目预算。'),
      scale: 182,
      unit: U,
      owner: '新疆维吾尔自治区人民政府驻广州办事处',
      allocation: {
        text: text('维修费支出55万元', '工资福利等支出。'),
        items: [
          { name: '维修费支出', amount: 55 },
          { name: '其他商品服务支出', amount: 27 },
          { name: '差旅费', amount: 30 },
          { name: '办公费', amount: 32 },
          { name: '委托业务费', amount: 15 },
          { name: '办公设备购置费', amount: 20 },
          { name: '劳务费', amount: 3 },
        ],
      },
      period: PERIOD,
    },
    {
      number: '四',
      name: '驻外办事处业务工作经费',
      basis: text('上海办事处为派出机构', '文件要求申请该项目预算。', '广州新疆大厦'),
      scale: 218,
      unit: U,
      owner: '新疆维吾尔自治区人民政府驻上海办事处',
      allocation: {
        text: text('1.物业管理费9.61万元', '进行的其他商品和服务支出。'),
        items: [
          { name: '物业管理费', amount: 9.61 },
          { name: '维修（护）费', amount: 29.5 },
          { name: '业务委托费', amount: 29 },
          { name: '劳务费', amount: 85.2 },
          { name: '办公设备购置费', amount: 7.3 },
          { name: '其他商品和服务支出', amount: 57.39 },
        ],
      },
      period: PERIOD,
    },
    {
      number: '五',
      name: '驻外办事处业务工作经费',
      basis: text('根据《关于印发自治区本级项目支出预算管理办法的通', '文件要求申请该项目预算。'),
      scale: 130,
      unit: U,
      owner: '新疆维吾尔自治区人民政府驻西安办事处',
      allocation: {
        text: text('1.后勤保障支出', '民族团结一家亲等）：20万元。'),
        items: [
          { name: '后勤保障支出', amount: 70 },
          { name: '办事处专项业务工作经费', amount: 20 },
          { name: '办事处院落设施零星维修费用', amount: 20 },
          { name: '西安办事处业务活动费用', amount: 20 },
        ],
      },
      period: PERIOD,
    },
    {
      number: '六',
      name: '印刷费',
      basis: text('政府办公厅文印中心根据', '付项目经费予以支持。'),
      scale: 145,
      unit: U,
      owner: `${DEPT}文印中心`,
      allocation: {
        text: text('办公费18万元', '其他对个人和家庭的补助84万元。'),
        items: [
          { name: '办公费', amount: 18 },
          { name: '印刷费', amount: 12 },
          { name: '维修（护）费', amount: 5 },
          { name: '其他商品和服务支出', amount: 26 },
          { name: '其他对个人和家庭的补助', amount: 84 },
        ],
      },
      period: PERIOD,
    },
  ],
  undisclosed: [
    // 1504 (十一): the 结转 project 特定目标 10653H.
    {
      kind: '不予公开',
      amount: 73.9,
      unit: U,
      what: 'carryover',
      text: contains('特定目标10653H'),
    },
    // 3119 (十二（五）): what is withheld is the project's 绩效目标表.
    {
      kind: '涉密',
      count: 1,
      amount: 73.9,
      unit: U,
      what: 'performance-targets',
      text: contains('1个涉密项目'),
    },
  ],
  operatingCosts: {
    amount: 1483.17,
    unit: U,
    change: up(64.85, 4.57),
    reason: contains('机构改革人员整合'),
  },
  procurement: {
    unit: U,
    total: 2259.3,
    goods: 205.45,
    works: 133.83,
    services: 1920.02,
    smeReserved: 902.28,
    smallMicroReserved: 151.05,
  },
  assets: {
    unit: U,
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
    // 1551: 未安排购置车辆经费 (0), 0 台 over 50万元, 0 台 over 100万元.
    planned: { vehicleFunds: 0, largeEquipmentOver50: 0, largeEquipmentOver100: 0 },
  },
  performanceOverview: {
    unit: U,
    departmentTargets: 1,
    departmentAmount: 14303.93,
    projectCount: 7,
    fiscalProjectAmount: 4177.8,
    nonFiscalProjectAmount: 13.22,
  },
  performance: PERFORMANCE_000,
  glossary: [
    { term: '财政拨款', definition: text('指由一般公共预算、政府性基金预算、国有资本经营预算', '安排的财政拨款数。') },
    { term: '一般公共预算', definition: whole('包括公共财政拨款（补助）资金、专项收入。') },
    { term: '财政专户管理资金', definition: text('包括专户管理行政事业性收费', '其他非税收入。') },
    { term: '其他资金', definition: whole('包括事业收入、事业经营收入、其他收入等。') },
    { term: '基本支出', definition: text('包括人员经费、公用经费（定额）。', '对个人和家庭的补助。') },
    { term: '项目支出', definition: text('部门（单位）支出预算的组成部分', '年度项目支出计划。') },
    { term: '“三公”经费', definition: text('指部门（单位）因公出国（境）费', '（含外宾接待）费用。') },
    { term: '机关运行经费', definition: text('指行政单位（含参照公务员法管理事业单位）的公用', '公务用车运行维护费及其他费用。') },
  ], // prettier-ignore
  parts: {
    overview: [1, 86],
    narrative: [
      [1021, 1563],
      [3117, 3121],
    ],
    glossary: [3122, 3168],
    closing: [3170, 3172],
  },
  // Amounts in 000's free text are all also structured (e.g. 154 in 七（二）'s 政策依据 is its 规模).
  textAmounts: [],
};
