// Seed 004 (喀什地区行政公署驻乌鲁木齐办事处 2021年部门预算), 第二部分: every table, every row, read
// off the document by hand. Lines are the seed file's 1-based lines (the row's first line). In
// this template a 款 prints only its two digits ("03" under 201) and the 合计 row comes last.
// A data file: its length is the document's tables.
import { reasoned, type ExpectedTable } from './expected-types.js';
import { classRows, codeRow, itemRow, projectRow, totalRow, unitRow } from './rows.js';

const DEPT = '新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处';
const T = { unit: '万元', department: DEPT } as const;
/** The unit as the tables print it (a short form of the department's name). */
const UNIT = '新疆维吾尔自治区喀什地区行政公署驻乌办事处';

const CLASSES = [
  '201', '202', '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '214',
  '215', '216', '217', '219', '220', '221', '222', '223', '224', '227', '229', '230', '231', '232',
  '233', '234',
]; // prettier-ignore

const N20103 = '政府办公厅（室）及相关机构事务';
const N2010350 = '事业运行（政府办公厅（室）及相关机构事务）';
const N2010399 = '其他政府办公厅（室）及相关机构事务支出';

// 表二: x printed twice = 总计 and 一般公共预算拨款 (表一: all money is 一般公共预算).
const g2 = (x: number) => ({ total: x, general: x });
const basic = (x: number) => ({ total: x, basic: x });
const project = (x: number) => ({ total: x, project: x });
const personnel = (x: number) => ({ total: x, personnel: x });
const publicUse = (x: number) => ({ total: x, 'public-use': x });
const all3 = { total: 700.94, basic: 345.08, project: 355.86 };

// 表七: 经济分类 类 columns. 合计 355.86 = 190.99 + 69.3 + 95.57 (three columns).
// - 业务运转经费 "77 72.95 4.05": 七.1 allocates 办公设备购置 4.05万元 (资本性支出) and 72.95 to
//   商品和服务 items; 72.95 > 69.3, so 72.95 is in the first of the three columns: 商品和服务支出.
// - 公务用车购置 80.00 (表八, 八) is 一般公共预算 项目支出 (表六 has no 310) and a 资本性支出
//   item, so 资本性支出 ≥ 80 + 4.05: it is the 95.57 column, the third printed.
// - 关爱离退休人员 1.26 is 对个人和家庭的补助 (七.2: 待遇 paid to 42 retired people): 69.3.
const WHY_302 =
  '商品和服务支出: 七.1 业务运转经费 = 办公设备购置 4.05 + 72.95 of 办公费, 水费, 电费…; ' +
  '72.95 exceeds the middle column (69.3), so the first column is 302';
const WHY_303 =
  '对个人和家庭的补助: 七.2 关爱离退休人员项目 pays 待遇 to 42 retired people (人均0.03万元)';
const WHY_310 =
  '资本性支出: 七.1 办公设备购置 4.05万元, and 八 公务用车购置 80.00万元 (a 项目支出 of the ' +
  '一般公共预算, 310 资本性支出) need a column ≥ 84.05: the third (95.57)';
const WHY_22_5 =
  '商品和服务支出: 资本性支出 already holds 80 + 4.05 of its 95.57, so 22.5 cannot be there; ' +
  'a kitchen renovation (七.4) is no 对个人和家庭的补助';
const WHY_15 =
  '商品和服务支出: 七.5 allocates 物业、水电等费用 5, 交通费 8, 办公经费 2; 资本性支出 has no room';
const WHY_6_54 =
  '质保金 and 缺口资金 of a video-conference room and a renovation (七.3): 商品和服务支出 or ' +
  '资本性支出 (80 + 4.05 + 6.54 ≤ 95.57); nothing in the document decides';
const e302 = (x: number, why = WHY_302) => reasoned(x, why);
const e303 = (x: number) => reasoned(x, WHY_303);
const e310 = (x: number) => reasoned(x, WHY_310);
const all7 = { total: 355.86, e302: e302(190.99), e303: e303(69.3), e310: e310(95.57) };
const proj = (name: string, project?: string) => ({
  code: '2010399',
  name,
  ...(project ? { project } : {}),
  unit: UNIT,
});

export const TABLES_004: readonly ExpectedTable[] = [
  {
    number: '表一',
    kind: 'revenue-expenditure',
    title: '部门收支总体情况表',
    ...T,
    lines: [38, 109],
    rows: [
      itemRow(49, 'fiscal', '财政拨款（补助）', { amount: 700.94 }, 'income'),
      itemRow(51, 'general', '一般公共预算', { amount: 700.94 }, 'income'),
      itemRow(53, 'fund', '政府性基金预算', {}, 'income'),
      itemRow(55, 'capital', '国有资本经营预算', {}, 'income'),
      itemRow(57, 'special-account', '财政专户（教育收费）', {}, 'income'),
      itemRow(59, 'business-income', '事业收入', {}, 'income'),
      itemRow(61, 'business-operating', '事业单位经营收入', {}, 'income'),
      itemRow(63, 'unit-other', '单位其他资金收入', {}, 'income'),
      itemRow(109, 'total', '收入总计', { amount: 700.94 }, 'income'),
      ...classRows(49, CLASSES, {
        '201': { amount: 662.96 },
        '208': { amount: 21.11 },
        '221': { amount: 16.87 },
      }),
      totalRow(109, '支出总计', { amount: 700.94 }, 'expenditure'),
    ],
  },
  {
    number: '表二',
    kind: 'revenue',
    title: '部门收入总体情况表',
    ...T,
    lines: [110, 188],
    rows: [
      unitRow(153, UNIT, g2(700.94)),
      codeRow(156, '201', '一般公共服务支出', g2(662.96)),
      codeRow(158, '20103', N20103, g2(662.96)),
      codeRow(163, '2010350', N2010350, g2(307.1)),
      codeRow(168, '2010399', N2010399, g2(355.86)),
      codeRow(173, '208', '社会保障和就业支出', g2(21.11)),
      codeRow(175, '20805', '行政事业单位养老支出', g2(21.11)),
      codeRow(177, '2080505', '机关事业单位基本养老保险缴费支出', g2(21.11)),
      codeRow(182, '221', '住房保障支出', g2(16.87)),
      codeRow(184, '22102', '住房改革支出', g2(16.87)),
      codeRow(186, '2210201', '住房公积金', g2(16.87)),
      totalRow(188, '合计', g2(700.94)),
    ],
  },
  {
    number: '表三',
    kind: 'expenditure',
    title: '部门支出总体情况表',
    ...T,
    lines: [189, 230],
    rows: [
      unitRow(201, UNIT, all3),
      codeRow(204, '201', '一般公共服务支出', { total: 662.96, basic: 307.1, project: 355.86 }),
      codeRow(206, '20103', N20103, { total: 662.96, basic: 307.1, project: 355.86 }),
      codeRow(208, '2010350', N2010350, basic(307.1)),
      codeRow(213, '2010399', N2010399, project(355.86)),
      codeRow(218, '208', '社会保障和就业支出', basic(21.11)),
      codeRow(220, '20805', '行政事业单位养老支出', basic(21.11)),
      codeRow(222, '2080505', '机关事业单位基本养老保险缴费支出', basic(21.11)),
      codeRow(224, '221', '住房保障支出', basic(16.87)),
      codeRow(226, '22102', '住房改革支出', basic(16.87)),
      codeRow(228, '2210201', '住房公积金', basic(16.87)),
      totalRow(230, '合计', all3),
    ],
  },
  {
    number: '表四',
    kind: 'fiscal-revenue-expenditure',
    title: '财政拨款收支预算总体情况表',
    ...T,
    lines: [236, 308],
    rows: [
      itemRow(248, 'fiscal', '一、财政拨款（补助）', { amount: 700.94 }, 'income'),
      itemRow(250, 'general', '一般公共预算', { amount: 700.94 }, 'income'),
      itemRow(252, 'fund', '政府性基金预算', {}, 'income'),
      itemRow(254, 'capital', '国有资本经营预算', {}, 'income'),
      itemRow(308, 'total', '收入总计', { amount: 700.94 }, 'income'),
      ...classRows(248, CLASSES, {
        '201': { total: 662.96, general: 662.96 },
        '208': { total: 21.11, general: 21.11 },
        '221': { total: 16.87, general: 16.87 },
      }),
      totalRow(308, '支出总计', { total: 700.94, general: 700.94 }, 'expenditure'),
    ],
  },
  {
    number: '表五',
    kind: 'general-budget',
    title: '一般公共预算支出情况表',
    ...T,
    lines: [309, 350],
    rows: [
      unitRow(321, UNIT, all3),
      codeRow(324, '201', '一般公共服务支出', { total: 662.96, basic: 307.1, project: 355.86 }),
      codeRow(326, '20103', N20103, { total: 662.96, basic: 307.1, project: 355.86 }),
      // Printed in this order: 99 before 50.
      codeRow(328, '2010399', N2010399, project(355.86)),
      codeRow(333, '2010350', N2010350, basic(307.1)),
      codeRow(338, '208', '社会保障和就业支出', basic(21.11)),
      codeRow(340, '20805', '行政事业单位养老支出', basic(21.11)),
      codeRow(342, '2080505', '机关事业单位基本养老保险缴费支出', basic(21.11)),
      codeRow(344, '221', '住房保障支出', basic(16.87)),
      codeRow(346, '22102', '住房改革支出', basic(16.87)),
      codeRow(348, '2210201', '住房公积金', basic(16.87)),
      totalRow(350, '合计', all3),
    ],
  },
  {
    number: '表六',
    kind: 'general-budget-basic',
    title: '一般公共预算基本支出情况表',
    ...T,
    lines: [351, 417],
    // 301 and 303 are 人员经费, 302 公用经费 (六; 309.32 = 299.48 + 9.84). The 301 items add up to
    // 299.49, the 302 items to 35.77 and the 303 items to 9.83: each printed cell is rounded.
    rows: [
      codeRow(363, '301', '工资福利支出', personnel(299.48)),
      codeRow(365, '30101', '基本工资', personnel(71.7)),
      codeRow(367, '30102', '津贴补贴', personnel(70.01)),
      codeRow(369, '30103', '奖金', personnel(23.69)),
      codeRow(371, '30108', '机关事业单位基本养老保险缴费', personnel(21.11)),
      codeRow(373, '30110', '职工基本医疗保险缴费', personnel(24.82)),
      codeRow(375, '30111', '公务员医疗补助缴费', personnel(0.91)),
      codeRow(377, '30112', '其他社会保障缴费', personnel(1.84)),
      codeRow(379, '30113', '住房公积金', personnel(16.87)),
      codeRow(381, '30199', '其他工资福利支出', personnel(68.54)),
      codeRow(383, '302', '商品和服务支出', publicUse(35.76)),
      codeRow(385, '30201', '办公费', publicUse(2)),
      codeRow(387, '30204', '手续费', publicUse(0.3)),
      codeRow(389, '30205', '水费', publicUse(0.4)),
      codeRow(391, '30206', '电费', publicUse(0.4)),
      codeRow(393, '30207', '邮电费', publicUse(0.78)),
      codeRow(395, '30208', '取暖费', publicUse(8.2)),
      codeRow(397, '30211', '差旅费', publicUse(1)),
      codeRow(399, '30218', '专用材料费', publicUse(0.13)),
      codeRow(401, '30228', '工会经费', publicUse(2.47)),
      codeRow(403, '30231', '公务用车运行维护费', publicUse(16.8)),
      codeRow(405, '30299', '其他商品和服务支出', publicUse(3.29)),
      codeRow(407, '303', '对个人和家庭的补助', personnel(9.84)),
      codeRow(409, '30302', '退休费', personnel(3.7)),
      codeRow(411, '30305', '生活补助', personnel(1.2)),
      // 0.01 fits either column within the rounding of 303's four items (9.83 vs 9.84): the
      // column is 303's, 人员经费 (六 lists 奖励金 among 人员经费).
      codeRow(413, '30309', '奖励金', {
        total: 0.01,
        personnel: reasoned(0.01, '对个人和家庭的补助 is 人员经费; 六 lists 奖励金 among them'),
      }),
      codeRow(415, '30399', '其他对个人和家庭的补助支出', personnel(4.92)),
      totalRow(417, '合计', { total: 345.08, personnel: 309.32, 'public-use': 35.76 }),
    ],
  },
  {
    number: '表七',
    kind: 'general-budget-project',
    title: '一般公共预算项目支出情况表',
    ...T,
    lines: [418, 579],
    rows: [
      unitRow(467, UNIT, all7),
      codeRow(473, '201', '一般公共服务支出', all7, { unit: UNIT }),
      codeRow(478, '20103', N20103, all7, { unit: UNIT }),
      projectRow(486, proj(N2010399, '关爱离退休人员项目经费'), { total: 1.26, e303: e303(1.26) }),
      projectRow(496, proj(N2010399, '服务质量改善项目'), {
        total: 22.5,
        e302: e302(22.5, WHY_22_5),
      }),
      projectRow(
        506,
        proj(N2010399, '服务保障提升项目质保金及视联网会议室项目缺口资金及质保金'),
        { total: 6.54 },
        [{ value: 6.54, columns: ['e302', 'e310'], why: WHY_6_54 }],
      ),
      // 520, 529, 561, 570: projects printed without name or breakdown — the 4 projects of
      // 233.56万元 不予公开 (十（五）): 5 + 6.52 + 35 + 187.04 = 233.56, each its 合计.
      projectRow(520, proj(N2010399), { total: 5 }),
      projectRow(529, proj(N2010399), { total: 6.52 }),
      projectRow(538, proj(N2010399, '驻乌鲁木齐市、昌吉州喀什籍人员服务管理工作站工作经费'), {
        total: 15,
        e302: e302(15, WHY_15),
      }),
      projectRow(552, proj(N2010399, '业务运转经费'), {
        total: 77,
        e302: e302(72.95),
        e310: e310(4.05),
      }),
      projectRow(561, proj(N2010399), { total: 35 }),
      projectRow(570, proj(N2010399), { total: 187.04 }),
      totalRow(579, '合计', all7),
    ],
  },
  {
    number: '表八',
    kind: 'three-public',
    title: '一般公共预算“三公”经费支出情况表',
    ...T,
    lines: [580, 594],
    transposed: true,
    // One line "96.8 96.8 80 16.8" under six item columns: 合计 = 出国 + 车辆 + 接待 and 车辆 =
    // 购置 + 运行 leave one reading: 合计 96.8, 车辆 96.8, 购置 80, 运行 16.8.
    rows: [
      itemRow(594, 'total', '合计', { total: 96.8 }),
      itemRow(594, 'outbound', '因公出国（境）费', {}),
      itemRow(594, 'vehicle', '公务用车购置及运行费', { total: 96.8 }),
      itemRow(594, 'vehicle-purchase', '公务用车购置费', { total: 80 }),
      itemRow(594, 'vehicle-operation', '公务用车运行费', { total: 16.8 }),
      itemRow(594, 'reception', '公务接待费', {}),
    ],
  },
  {
    number: '表九',
    kind: 'fund-budget',
    title: '政府性基金预算支出情况表',
    ...T,
    lines: [595, 608],
    empty: '没有使用政府性基金预算拨款安排的支出',
    rows: [],
  },
];
