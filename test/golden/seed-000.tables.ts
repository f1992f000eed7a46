// Seed 000 (新疆维吾尔自治区人民政府办公厅 2025年部门预算), 第二部分: every table, every row, read
// off the document by hand. Lines are the seed file's 1-based lines (the row's first line).
// A data file: its length is the document's tables.
import { reasoned, type ExpectedTable } from './expected-types.js';
import { classRows, codeRow, itemRow, projectRow, totalRow, unitRow } from './rows.js';

const DEPT = '新疆维吾尔自治区人民政府办公厅';
const T = { unit: '万元', department: DEPT } as const;

const CLASSES = [
  '201', '202', '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '214',
  '215', '216', '217', '219', '220', '221', '222', '223', '224', '227', '229', '230', '231', '232',
  '233',
]; // prettier-ignore

// 表2: x printed three times = 总计, 财政拨款（补助）小计, 一般公共预算 (the only budget with money).
const g3 = (x: number) => ({ total: x, fiscal: x, general: x });
// 表3 / 表5 (合计 = 基本支出 + 项目支出): which side a single number is on follows from the 类/款
// sums and the 总计 row (e.g. 201 03: 4,264.92 项目 = 154.00 + 4,110.92).
const basic = (x: number) => ({ total: x, basic: x });
const project = (x: number) => ({ total: x, project: x });
const personnel = (x: number) => ({ total: x, personnel: x });
const publicUse = (x: number) => ({ total: x, 'public-use': x });

// 表7: the columns are 经济分类 类; which 类 a number is in, only the 项目支出情况说明 (七) tells.
const WHY_302 =
  "商品和服务支出: 七 lists these projects' money as 差旅费, 租赁费, 物业管理费, 维修（护）费, " +
  '劳务费, 委托业务费, 办公费, 印刷费… (302 items); first of the three printed columns';
const WHY_303 =
  '对个人和家庭的补助: 七（六）印刷费 allocates 其他对个人和家庭的补助 84万元, and 文印中心 is ' +
  'the only unit with a number in this column';
const WHY_310 =
  '资本性支出: 七（一）办公设备购置 5万元, （三）办公设备购置费 20万元, （四）办公设备购置费 ' +
  '7.3万元 — 办公设备购置 is a 资本性支出 item; 5.00 + 20.00 + 7.30 = 32.30';
const e302 = (x: number) => reasoned(x, WHY_302);
const e303 = (x: number) => reasoned(x, WHY_303);
const e310 = (x: number) => reasoned(x, WHY_310);

const OWN = '新疆维吾尔自治区人民政府办公厅（本级）';
const SUPPORT = '新疆维吾尔自治区人民政府办公厅综合保障中心';
const GUANGZHOU = '新疆维吾尔自治区人民政府驻广州办事处';
const SHANGHAI = '新疆维吾尔自治区人民政府驻上海办事处';
const XIAN = '新疆维吾尔自治区人民政府驻西安办事处';
const PRINT = '新疆维吾尔自治区人民政府办公厅文印中心';
const N20103 = '政府办公厅（室）及相关机构事务';
const N2010399 = '其他政府办公厅（室）及相关机构事务支出';
const OFFICE_FUNDS = '驻外办事处业务工作经费';

/** 表7: a unit, its 201 and 201 03 rows (same numbers), then its project under a 项 code. */
function unitBlock(
  lines: readonly [number, number, number, number],
  unit: string,
  code: string,
  codeName: string,
  projectName: string,
  values: Readonly<Record<string, ReturnType<typeof reasoned> | number>>,
) {
  const [u, c201, c20103, p] = lines;
  return [
    unitRow(u, unit, values),
    codeRow(c201, '201', '一般公共服务支出', values, { unit }),
    codeRow(c20103, '20103', N20103, values, { unit }),
    projectRow(p, { code, name: codeName, project: projectName, unit }, values),
  ];
}

// 表11: three 73.90 = 合计, 财政拨款 小计 (表1 财政拨款结转 73.90) and one of 人员经费/公用经费/
// 项目支出 of the 财政拨款.
const WHY_CARRYOVER_PROJECT =
  '项目支出: 十一 says the 73.90 is 特定目标 10653H (a project), and 十二（五） a 涉密项目 of ' +
  '73.9万元; 表2/表3 put the 结转 in 201 03 99, which is all 项目支出';
const carry = {
  total: 73.9,
  fiscal: 73.9,
  'fiscal-project': reasoned(73.9, WHY_CARRYOVER_PROJECT),
};

export const TABLES_000: readonly ExpectedTable[] = [
  {
    number: '表1',
    kind: 'revenue-expenditure',
    title: '部门收支总体情况表',
    ...T,
    lines: [89, 157],
    rows: [
      itemRow(99, 'current', '一、本年收入', { amount: 14230.03 }, 'income'),
      itemRow(101, 'general', '1.一般公共预算拨款', { amount: 14216.81 }, 'income'),
      itemRow(103, 'general-own', '其中：一般财力', { amount: 14216.81 }, 'income'),
      itemRow(105, 'general-transfer', '上级一般公共预算安排转移支付', {}, 'income'),
      itemRow(107, 'fund', '2.政府性基金预算拨款', {}, 'income'),
      itemRow(109, 'fund-own', '其中：政府性基金收入', {}, 'income'),
      itemRow(111, 'fund-transfer', '上级政府性基金安排转移支付', {}, 'income'),
      itemRow(113, 'capital', '3.国有资本经营预算拨款', {}, 'income'),
      itemRow(115, 'capital-own', '其中：国有资本经营收入', {}, 'income'),
      itemRow(117, 'capital-transfer', '上级国有资本经营预算安排转移支付', {}, 'income'),
      itemRow(119, 'special-account', '4.财政专户核拨', {}, 'income'),
      itemRow(121, 'unit-funds', '5.单位资金', { amount: 13.22 }, 'income'),
      itemRow(123, 'business-income', '其中：事业收入', {}, 'income'),
      itemRow(125, 'upper-subsidy', '上级补助收入', {}, 'income'),
      itemRow(127, 'affiliate-income', '附属单位上缴收入', {}, 'income'),
      itemRow(129, 'business-operating', '事业单位经营收入', {}, 'income'),
      itemRow(131, 'unit-other', '其他收入', { amount: 13.22 }, 'income'),
      itemRow(133, 'carryover', '二、上年结转结余', { amount: 73.9 }, 'income'),
      itemRow(135, 'carryover-fiscal', '1.财政拨款结转', { amount: 73.9 }, 'income'),
      itemRow(137, 'carryover-general', '其中：一般公共预算拨款', { amount: 73.9 }, 'income'),
      itemRow(139, 'carryover-fund', '政府性基金预算拨款', {}, 'income'),
      itemRow(141, 'carryover-capital', '国有资本经营预算拨款', {}, 'income'),
      itemRow(143, 'carryover-nonfiscal', '2.非财政拨款结转结余', {}, 'income'),
      itemRow(145, 'carryover-special', '其中：财政专户核拨', {}, 'income'),
      itemRow(147, 'carryover-unit', '单位资金', {}, 'income'),
      itemRow(157, 'total', '收入总计', { amount: 14303.93 }, 'income'),
      ...classRows(99, CLASSES, {
        '201': { amount: 10877.89 },
        '208': { amount: 2133.17 },
        '210': { amount: 707.43 },
        '221': { amount: 585.46 },
      }),
      totalRow(157, '支出总计', { amount: 14303.93 }, 'expenditure'),
    ],
  },
  {
    number: '表2',
    kind: 'revenue',
    title: '部门收入总体情况表',
    ...T,
    lines: [158, 348],
    rows: [
      totalRow(232, '总计', {
        total: 14303.93,
        fiscal: 14216.81,
        general: 14216.81,
        'unit-funds': 13.22,
        'carryover-fiscal': 73.9,
      }),
      codeRow(234, '201', '一般公共服务支出', {
        total: 10877.89,
        fiscal: 10790.77,
        general: 10790.77,
        'unit-funds': 13.22,
        'carryover-fiscal': 73.9,
      }),
      codeRow(236, '20103', N20103, {
        total: 10877.89,
        fiscal: 10790.77,
        general: 10790.77,
        'unit-funds': 13.22,
        'carryover-fiscal': 73.9,
      }),
      codeRow(238, '2010301', '行政运行', g3(4773.88)),
      codeRow(240, '2010303', '机关服务', g3(1607.3)),
      codeRow(242, '2010350', '事业运行', g3(385.78)),
      codeRow(244, '2010399', N2010399, {
        total: 4110.92,
        fiscal: 4023.8,
        general: 4023.8,
        'unit-funds': 13.22,
        'carryover-fiscal': 73.9,
      }),
      codeRow(250, '208', '社会保障和就业支出', g3(2133.17)),
      codeRow(252, '20805', '行政事业单位养老支出', g3(2133.17)),
      codeRow(254, '2080501', '行政单位离退休', g3(860.81)),
      codeRow(256, '2080502', '事业单位离退休', g3(491.75)),
      codeRow(258, '2080505', '机关事业单位基本养老保险缴费支出', g3(780.61)),
      codeRow(264, '210', '卫生健康支出', g3(707.43)),
      codeRow(266, '21011', '行政事业单位医疗', g3(707.43)),
      codeRow(268, '2101101', '行政单位医疗', g3(251.82)),
      // 269–338: the header repeated after a page break.
      codeRow(340, '2101102', '事业单位医疗', g3(114.09)),
      codeRow(342, '2101103', '公务员医疗补助', g3(341.52)),
      codeRow(344, '221', '住房保障支出', g3(585.46)),
      codeRow(346, '22102', '住房改革支出', g3(585.46)),
      codeRow(348, '2210201', '住房公积金', g3(585.46)),
    ],
  },
  {
    number: '表3',
    kind: 'expenditure',
    title: '部门支出总体情况表',
    ...T,
    lines: [349, 402],
    rows: [
      totalRow(364, '总计', { total: 14303.93, basic: 10039.01, project: 4264.92 }),
      codeRow(366, '201', '一般公共服务支出', {
        total: 10877.89,
        basic: 6612.97,
        project: 4264.92,
      }),
      codeRow(368, '20103', N20103, { total: 10877.89, basic: 6612.97, project: 4264.92 }),
      codeRow(370, '2010301', '行政运行', basic(4773.88)),
      codeRow(372, '2010303', '机关服务', { total: 1607.3, basic: 1453.3, project: 154 }),
      codeRow(374, '2010350', '事业运行', basic(385.78)),
      codeRow(376, '2010399', N2010399, project(4110.92)),
      codeRow(378, '208', '社会保障和就业支出', basic(2133.17)),
      codeRow(380, '20805', '行政事业单位养老支出', basic(2133.17)),
      codeRow(382, '2080501', '行政单位离退休', basic(860.81)),
      codeRow(384, '2080502', '事业单位离退休', basic(491.75)),
      codeRow(386, '2080505', '机关事业单位基本养老保险缴费支出', basic(780.61)),
      codeRow(388, '210', '卫生健康支出', basic(707.43)),
      codeRow(390, '21011', '行政事业单位医疗', basic(707.43)),
      codeRow(392, '2101101', '行政单位医疗', basic(251.82)),
      codeRow(394, '2101102', '事业单位医疗', basic(114.09)),
      codeRow(396, '2101103', '公务员医疗补助', basic(341.52)),
      codeRow(398, '221', '住房保障支出', basic(585.46)),
      codeRow(400, '22102', '住房改革支出', basic(585.46)),
      codeRow(402, '2210201', '住房公积金', basic(585.46)),
    ],
  },
  {
    number: '表4',
    kind: 'fiscal-revenue-expenditure',
    title: '财政拨款收支预算总体情况表',
    ...T,
    lines: [403, 482],
    rows: [
      itemRow(424, 'fiscal', '一、财政拨款（补助）', { amount: 14216.81 }, 'income'),
      itemRow(426, 'general', '一般公共预算', { amount: 14216.81 }, 'income'),
      itemRow(428, 'fund', '政府性基金预算', {}, 'income'),
      itemRow(430, 'capital', '国有资本经营预算', {}, 'income'),
      itemRow(482, 'total', '收入总计', { amount: 14216.81 }, 'income'),
      // Two numbers on a 类 line: 合计 and 一般公共预算 (收入 has no 基金 or 国有资本 money).
      ...classRows(424, CLASSES, {
        '201': { total: 10790.77, general: 10790.77 },
        '208': { total: 2133.17, general: 2133.17 },
        '210': { total: 707.43, general: 707.43 },
        '221': { total: 585.46, general: 585.46 },
      }),
      totalRow(482, '支出总计', { total: 14216.81, general: 14216.81 }, 'expenditure'),
    ],
  },
  {
    number: '表5',
    kind: 'general-budget',
    title: '一般公共预算支出情况表',
    ...T,
    lines: [483, 536],
    rows: [
      totalRow(498, '总计', { total: 14216.81, basic: 10039.01, project: 4177.8 }),
      codeRow(500, '201', '一般公共服务支出', { total: 10790.77, basic: 6612.97, project: 4177.8 }),
      codeRow(502, '20103', N20103, { total: 10790.77, basic: 6612.97, project: 4177.8 }),
      codeRow(504, '2010301', '行政运行', basic(4773.88)),
      codeRow(506, '2010303', '机关服务', { total: 1607.3, basic: 1453.3, project: 154 }),
      codeRow(508, '2010350', '事业运行', basic(385.78)),
      codeRow(510, '2010399', N2010399, project(4023.8)),
      codeRow(512, '208', '社会保障和就业支出', basic(2133.17)),
      codeRow(514, '20805', '行政事业单位养老支出', basic(2133.17)),
      codeRow(516, '2080501', '行政单位离退休', basic(860.81)),
      codeRow(518, '2080502', '事业单位离退休', basic(491.75)),
      codeRow(520, '2080505', '机关事业单位基本养老保险缴费支出', basic(780.61)),
      codeRow(522, '210', '卫生健康支出', basic(707.43)),
      codeRow(524, '21011', '行政事业单位医疗', basic(707.43)),
      codeRow(526, '2101101', '行政单位医疗', basic(251.82)),
      codeRow(528, '2101102', '事业单位医疗', basic(114.09)),
      codeRow(530, '2101103', '公务员医疗补助', basic(341.52)),
      codeRow(532, '221', '住房保障支出', basic(585.46)),
      codeRow(534, '22102', '住房改革支出', basic(585.46)),
      codeRow(536, '2210201', '住房公积金', basic(585.46)),
    ],
  },
  {
    number: '表6',
    kind: 'general-budget-basic',
    title: '一般公共预算基本支出情况表',
    ...T,
    lines: [537, 617],
    // 301 and 303 are 人员经费, 302 公用经费 (六 lists them so; 8,555.84 = 7,203.28 + 1,352.56).
    rows: [
      totalRow(555, '总计', { total: 10039.01, personnel: 8555.84, 'public-use': 1483.17 }),
      codeRow(557, '301', '工资福利支出', personnel(7203.28)),
      codeRow(559, '30101', '基本工资', personnel(1955.45)),
      codeRow(561, '30102', '津贴补贴', personnel(1421.28)),
      codeRow(563, '30103', '奖金', personnel(1073.19)),
      codeRow(565, '30107', '绩效工资', personnel(462.76)),
      codeRow(567, '30108', '机关事业单位基本养老保险缴费', personnel(780.61)),
      codeRow(569, '30110', '职工基本医疗保险缴费', personnel(396.82)),
      codeRow(571, '30111', '公务员医疗补助缴费', personnel(341.52)),
      codeRow(573, '30112', '其他社会保障缴费', personnel(40.18)),
      codeRow(575, '30113', '住房公积金', personnel(585.46)),
      codeRow(577, '30199', '其他工资福利支出', personnel(146.03)),
      codeRow(579, '302', '商品和服务支出', publicUse(1483.17)),
      codeRow(581, '30201', '办公费', publicUse(210.73)),
      codeRow(583, '30202', '印刷费', publicUse(2.5)),
      codeRow(585, '30205', '水费', publicUse(35.76)),
      codeRow(587, '30206', '电费', publicUse(100.5)),
      codeRow(589, '30207', '邮电费', publicUse(38.82)),
      codeRow(591, '30208', '取暖费', publicUse(163.08)),
      codeRow(593, '30209', '物业管理费', publicUse(24.56)),
      codeRow(595, '30211', '差旅费', publicUse(162.86)),
      codeRow(597, '30216', '培训费', publicUse(10.6)),
      codeRow(599, '30217', '公务接待费', publicUse(7.2)),
      codeRow(601, '30228', '工会经费', publicUse(97.58)),
      codeRow(603, '30229', '福利费', publicUse(87.82)),
      codeRow(605, '30231', '公务用车运行维护费', publicUse(313.61)),
      codeRow(607, '30299', '其他商品和服务支出', publicUse(227.56)),
      codeRow(609, '303', '对个人和家庭的补助', personnel(1352.56)),
      codeRow(611, '30301', '离休费', personnel(29.15)),
      codeRow(613, '30302', '退休费', personnel(1160.21)),
      codeRow(615, '30305', '生活补助', personnel(46.2)),
      codeRow(617, '30399', '其他对个人和家庭的补助', personnel(117)),
    ],
  },
  {
    number: '表7',
    kind: 'general-budget-project',
    title: '一般公共预算项目支出情况表',
    ...T,
    lines: [618, 921],
    rows: [
      totalRow(683, '总计', {
        total: 4177.8,
        e302: e302(4061.5),
        e303: e303(84),
        e310: e310(32.3),
      }),
      ...unitBlock([685, 690, 692, 699], OWN, '2010399', N2010399, '各项业务工作管理经费', {
        total: 3348.8,
        e302: e302(3343.8),
        e310: e310(5),
      }),
      // 综合保障中心: 七（二）资金分配 is 其他商品服务支出 134万元 and 低值易耗品 20万元.
      ...unitBlock([706, 711, 713, 720], SUPPORT, '2010303', '机关服务', '日常管理运行费', {
        total: 154,
        e302: e302(154),
      }),
      // 广州 (lines 735–794: the header repeated after a page break).
      ...unitBlock([722, 727, 729, 796], GUANGZHOU, '2010399', N2010399, OFFICE_FUNDS, {
        total: 182,
        e302: e302(162),
        e310: e310(20),
      }),
      ...unitBlock([803, 808, 810, 817], SHANGHAI, '2010399', N2010399, OFFICE_FUNDS, {
        total: 218,
        e302: e302(210.7),
        e310: e310(7.3),
      }),
      // 西安: 七（五）资金分配 is 后勤保障, 专项业务, 零星维修, 业务活动 — all 商品和服务.
      ...unitBlock([824, 829, 831, 838], XIAN, '2010399', N2010399, OFFICE_FUNDS, {
        total: 130,
        e302: e302(130),
      }),
      // 文印中心: its 项 name "…及" / "相关机构事务支出" is split by a page break (line 921).
      ...unitBlock([845, 850, 852, 859], PRINT, '2010399', N2010399, '印刷费', {
        total: 145,
        e302: e302(61),
        e303: e303(84),
      }),
    ],
  },
  {
    number: '表8',
    kind: 'fund-budget',
    title: '政府性基金预算支出情况表',
    ...T,
    lines: [922, 942],
    empty: '没有使用政府性基金预算拨款安排的支出',
    rows: [],
  },
  {
    number: '表9',
    kind: 'capital-budget',
    title: '国有资本经营预算支出情况表',
    ...T,
    lines: [943, 963],
    empty: '没有使用国有资本经营预算拨款安排的支出',
    rows: [],
  },
  {
    number: '表10',
    kind: 'three-public',
    title: '财政拨款“三公”经费支出情况表',
    ...T,
    lines: [969, 996],
    // Two numbers: 合计 and 一般公共预算 (表4: no 基金 or 国有资本 money to pay 三公 from).
    rows: [
      itemRow(986, 'total', '合计', { total: 320.81, general: 320.81 }),
      itemRow(988, 'outbound', '因公出国（境）费', {}),
      itemRow(990, 'reception', '公务接待费', { total: 7.2, general: 7.2 }),
      itemRow(992, 'vehicle', '公务用车购置及运行费（小计）', { total: 313.61, general: 313.61 }),
      itemRow(994, 'vehicle-purchase', '其中：公务用车购置费', {}),
      itemRow(996, 'vehicle-operation', '公务用车运行费', { total: 313.61, general: 313.61 }),
    ],
  },
  {
    number: '表11',
    kind: 'carryover',
    title: '上年结转结余情况明细表',
    ...T,
    lines: [997, 1020],
    rows: [
      totalRow(1016, '总计', carry),
      unitRow(1018, OWN, carry),
      projectRow(1020, { name: '特定目标 10653H', project: '特定目标 10653H', unit: OWN }, carry),
    ],
  },
];
