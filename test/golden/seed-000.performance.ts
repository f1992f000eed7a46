// Seed 000: the 部门整体绩效目标表 and the seven 项目支出绩效目标表, every indicator, read off the
// document by hand. Merged 一级/二级 cells: the extraction prints a merged label just before the
// last row it spans (e.g. 表 at 1637: 数量 before 政府公报印刷册数, 质量 before 政府公报印刷校验
// 合格率, 时效 and 产出 before 信息化运维修复处理时间); every attribution below also reads right.
// A data file: its length is the document's indicators.
import type { ExpectedTarget } from './expected-types.js';
import { text } from './expected-types.js';
import { row2025 as r, V, W } from './indicators.js';

const HIST = '历史标准';
const PLAN = '计划标准';
const LEVEL = '按评判等级赋分';
const SAT = '满意度赋分';
const RAW = '原始凭证';
const Q = '数量指标';
const QL = '质量指标';
const TM = '时效指标';
const COST = '经济成本指标';
const SOC = '社会效益指标';
const SATI = '满意度指标';
const pct = (cmp: '=' | '≥', n: number, printed: string) => V(printed, cmp, n, '%');
const P100 = pct('=', 100, '=100%');
const DUTY = '自治区人民政府办公厅工作职责';
const OFFICE = '新疆维吾尔自治区人民政府办公厅';

// prettier-ignore
export const PERFORMANCE_000: readonly ExpectedTarget[] = [
  {
    kind: 'department',
    lines: [1564, 1636],
    year: 2025,
    unit: OFFICE,
    contact: { name: '陈思依', phone: '0991-2383221' },
    // 资金总额 and 财政资金 are not printed as sums; only their parts are.
    funds: { upper: 0, local: 14290.71, other: 13.22 },
    goal: text('贯彻落实党的基本理论、基本路线', '确保办公厅工作优质高效有序运转。'),
    // 一级 履职效能 is printed once ("20履职效能", before the last row it spans).
    indicators: [
      {
        level1: '履职效能',
        level2: Q,
        name: '保障自治区政府中心正常运转',
        value: P100,
        basis: DUTY,
        weight: 50,
      },
      {
        level1: '履职效能',
        level2: Q,
        name: '对周边省市区及经济发达地区关于经济发展方面调研工作',
        value: V('＞=3次', '≥', 3, '次'),
        basis: DUTY,
        weight: 20,
      },
      {
        level1: '履职效能',
        level2: Q,
        name: '全疆筹备组织政府各类会议',
        value: V('＞=2次', '≥', 2, '次'),
        basis: DUTY,
        weight: 20,
      },
    ],
  },
  {
    kind: 'project',
    lines: [1637, 1820],
    year: 2025,
    unit: OFFICE,
    project: '各项业务工作管理经费',
    manager: '张须华',
    funds: { total: 3348.8, fiscal: 3348.8, other: 0 },
    goal: text('根据自治区财政厅规定“保重点、保基本', '保障办公场所安全等。'),
    indicators: [
      // "=3220" / "0平方" / "米": one value, 32,200 平方米.
      r(Q, '办公场所日常零星维修保障面积', V('=32200平方米', '=', 32200, '平方米'), HIST, V('=32200平方米', '=', 32200, '平方米'), 8),
      r(Q, '开展专题活动次数', V('=5次', '=', 5, '次'), HIST, V('=5次', '=', 5, '次'), 8),
      r(Q, '信息化运维服务数量', V('=6项', '=', 6, '项'), HIST, V('7项', undefined, 7, '项'), 8),
      r(Q, '业务专项工作数量', V('=12项', '=', 12, '项'), HIST, V('8项', undefined, 8, '项'), 8),
      r(Q, '政府公报印刷册数', V('＞=12册', '≥', 12, '册'), HIST, V('6期', undefined, 6, '期'), 8),
      r(QL, '日常维修验收合格率', pct('≥', 98, '＞=98%'), HIST, V('98%', undefined, 98, '%'), 8),
      r(QL, '系统故障率（%）', V('＜=3%', '≤', 3, '%'), PLAN, '-', 8, '直接赋分', '说明材料'),
      r(QL, '政府公报印刷校验合格率', P100, HIST, P100, 8),
      r(TM, '专题活动开展及时率', P100, HIST, P100, 8),
      r(TM, '信息化运维修复处理时间', V('＜=4小时', '≤', 4, '小时'), HIST, V('4小时', undefined, 4, '小时'), 8),
      r(SOC, '保障各类自治区级专题会议正常运转', W('有效保障'), HIST, W('有效保障'), 10, LEVEL),
    ],
  },
  {
    kind: 'project',
    lines: [1821, 2006],
    year: 2025,
    unit: '新疆维吾尔自治区人民政府办公厅综合保障中心',
    project: '日常管理运行费',
    manager: '尹红',
    funds: { total: 154, fiscal: 154, other: 0 },
    goal: text('自治区人民政府办公厅机综合保障中心', '做好后勤保障及餐厅服务工作。'),
    indicators: [
      r(Q, '大米面粉供应量', V('＞=9吨', '≥', 9, '吨'), HIST, V('9.3吨', undefined, 9.3, '吨'), 12, undefined, RAW),
      r(Q, '粮油供应量', V('＞=3300升', '≥', 3300, '升'), HIST, V('3410升', undefined, 3410, '升'), 12, undefined, RAW),
      r(Q, '牛羊肉供应量', V('＞=7.8吨', '≥', 7.8, '吨'), HIST, V('8.2吨', undefined, 8.2, '吨'), 12, undefined, RAW),
      r(QL, '食材验收合格率', P100, HIST, V('100%', undefined, 100, '%'), 12, undefined, RAW),
      r(TM, '供货及时性', pct('≥', 95, '＞=95%'), HIST, V('100%', undefined, 100, '%'), 12, undefined, RAW),
      r(COST, '牛羊肉采购成本', V('＜=60万元', '≤', 60, '万元'), HIST, V('58.3万元', undefined, 58.3, '万元'), 10, undefined, RAW),
      r(COST, '其他食材采购成本', V('＜=94万元', '≤', 94, '万元'), HIST, V('95.7万元', undefined, 95.7, '万元'), 10, undefined, RAW),
      r(SATI, '职工满意度', pct('≥', 95, '＞=95%'), HIST, V('98%', undefined, 98, '%'), 10, SAT, RAW),
    ],
  },
  {
    kind: 'project',
    lines: [2007, 2177],
    year: 2025,
    unit: '新疆维吾尔自治区人民政府办公厅文印中心',
    project: '日常运行管理费',
    manager: '赵玉文',
    funds: { total: 13.22, fiscal: 0, other: 13.22 },
    goal: text('保障自治区人民政府办公厅文印中心', '退休人员绩效奖金。'),
    indicators: [
      r(Q, '原印刷厂退休人员人数', V('＜=40人', '≤', 40, '人'), HIST, V('43人', undefined, 43, '人'), 30),
      r(QL, '人员相关经费发放到位率', pct('≥', 100, '＞=100%'), PLAN, V('100%', undefined, 100, '%'), 15),
      r(TM, '人员相关经费发放及时性', pct('≥', 100, '＞=100%'), PLAN, V('100%', undefined, 100, '%'), 15),
      // "＜" / "=13.2" / "2万元": one value, 13.22 万元 (the project's 13.22).
      r(COST, '退休人员绩效奖', V('＜=13.22万元', '≤', 13.22, '万元'), PLAN, '-', 10),
      r(SOC, '解决人员保障工作', W('有效保障'), HIST, W('有效保障'), 5, LEVEL),
      r(SOC, '退休群体稳定', W('有效保障'), PLAN, W('有效保障'), 5, LEVEL),
      r(SATI, '受益群体满意度', pct('≥', 95, '＞=95%'), PLAN, '-', 10, SAT),
    ],
  },
  {
    kind: 'project',
    lines: [2178, 2405],
    year: 2025,
    unit: '新疆维吾尔自治区人民政府办公厅文印中心',
    project: '印刷费',
    manager: '赵玉文',
    funds: { total: 145, fiscal: 145, other: 0 },
    goal: text('做好2025年度承印自治区人民政府', '做好文印中心机构改革以前退休人员保障工作。'),
    indicators: [
      r(Q, '印刷数量', V('＞=100万页', '≥', 100, '万页'), HIST, V('=100万页', '=', 100, '万页'), 10),
      r(Q, '发放退休人员绩效奖次数', V('≥1次', '≥', 1, '次'), HIST, V('＝1次', '=', 1, '次'), 5),
      r(Q, '退休人员人数', V('＞＝40人', '≥', 40, '人'), HIST, V('43人', undefined, 43, '人'), 5),
      r(Q, '购买服务人员数', V('＞=3人', '≥', 3, '人'), HIST, V('＝3人', '=', 3, '人'), 5),
      r(Q, '购买服务劳务费发放次数', V('＞=12次', '≥', 12, '次'), HIST, V('＝12次', '=', 12, '次'), 5),
      r(QL, '印刷工作完成率', P100, HIST, V('100%', undefined, 100, '%'), 10),
      r(QL, '购买服务劳务费准确率', P100, HIST, V('100%', undefined, 100, '%'), 5),
      r(TM, '文件印刷及时率', pct('≥', 95, '＞=95%'), HIST, V('100%', undefined, 100, '%'), 5),
      r(TM, '购买服务劳务费及时率', P100, HIST, V('100%', undefined, 100, '%'), 5),
      r(COST, '购买服务支出', V('＜=26万元', '≤', 26, '万元'), PLAN, '-', 10),
      r(COST, '退休人员绩效奖', V('＜=84万元', '≤', 84, '万元'), PLAN, '-', 10),
      r(COST, '印刷业务相关经费', V('＜=35万元', '≤', 35, '万元'), PLAN, '-', 10),
      r(SOC, '提高印刷工作效率', W('显著提高'), HIST, W('显著提高'), 5, LEVEL),
    ],
  },
  {
    kind: 'project',
    lines: [2406, 2651],
    year: 2025,
    unit: '新疆维吾尔自治区人民政府驻广州办事处',
    project: '驻外办事处业务工作经费',
    manager: '李缙',
    funds: { total: 182, fiscal: 182, other: 0 },
    goal: text('广州办事处作为新疆维吾尔自治区位于华南地区的窗口', '南资产保值增值。'),
    indicators: [
      r(Q, '走访企业、参加各类招商推介等活动', V('＞=50（家/次）', '≥', 50, '家/次'), HIST, V('60家', undefined, 60, '家'), 10),
      r(Q, '维护房产数量', V('=66套', '=', 66, '套'), HIST, V('66套', undefined, 66, '套'), 5),
      r(Q, '接待来访群众', V('＞=20批', '≥', 20, '批'), HIST, V('25批', undefined, 25, '批'), 10),
      r(Q, '信息报送', V('＞=1000条', '≥', 1000, '条'), HIST, V('1100条', undefined, 1100, '条'), 10, undefined, '工作资料,说明材料'),
      r(TM, '信息报送及时率', P100, HIST, V('100%', undefined, 100, '%'), 5),
      r(TM, '工资发放及时率', P100, HIST, V('100%', undefined, 100, '%'), 5),
      r(COST, '房产维护费用', V('＜=55万元', '≤', 55, '万元'), PLAN, V('85万元', undefined, 85, '万元'), 5),
      r(COST, '长期聘用人员支出', V('＜=15万元', '≤', 15, '万元'), PLAN, V('15万元', undefined, 15, '万元'), 10),
      r(COST, '业务处室专项工作经费', V('＜=112万元', '≤', 112, '万元'), PLAN, V('110万', undefined, 110, '万'), 10),
      r(SOC, '提升对口援助新疆项目服务工作水平', W('显著提升'), PLAN, W('显著提升'), 5, LEVEL),
      r(SOC, '提升两地经济信息交流协作', W('显著提升'), PLAN, W('显著提升'), 5, LEVEL),
      r(SATI, '新疆籍来访群众满意度', pct('≥', 90, '＞=90%'), PLAN, V('100%', undefined, 100, '%'), 5, SAT),
      r(SATI, '驻地管理单位满意度', pct('≥', 90, '＞=90%'), PLAN, V('100%', undefined, 100, '%'), 5, SAT),
    ],
  },
  {
    kind: 'project',
    lines: [2652, 2855],
    year: 2025,
    unit: '新疆维吾尔自治区人民政府驻西安办事处',
    project: '驻外办事处业务工作经费',
    manager: '马晓军',
    funds: { total: 130, fiscal: 130, other: 0 },
    goal: text('自治区政府驻西安办事处主要承担', '项目130万元。'),
    indicators: [
      r(Q, '组织招商引资活动', V('＞=1次', '≥', 1, '次'), PLAN, '-', 15),
      r(Q, '信息报送数量', V('＞=1500条', '≥', 1500, '条'), PLAN, '-', 15),
      r(QL, '保障招商引资活动', P100, PLAN, '-', 7),
      r(QL, '保障服务工作正常开展', P100, PLAN, '-', 7),
      r(TM, '信息报送及时率', P100, PLAN, '-', 6),
      r(COST, '办事处业务活动经费', V('=20万元', '=', 20, '万元'), PLAN, '-', 10, undefined, RAW),
      r(COST, '办事处后勤保障支出', V('=70万元', '=', 70, '万元'), PLAN, '-', 10, undefined, RAW),
      r(SOC, '有效发挥驻外办事处桥梁纽带作用', W('有效保障'), PLAN, '-', 5),
      r(SOC, '提升新陕两地经济信息交流协作', W('显著提升'), PLAN, '-', 5),
      r(SATI, '群众困难诉求解决率', pct('≥', 98, '＞=98%'), PLAN, '-', 10),
    ],
  },
  {
    kind: 'project',
    lines: [2856, 3115],
    year: 2025,
    unit: '新疆维吾尔自治区人民政府驻上海办事处',
    project: '驻外办事处业务工作经费',
    manager: '刘默然',
    funds: { total: 218, fiscal: 218, other: 0 },
    goal: text('按照自治区党委和政府的各项工作要求', '向各地州提供招商协调服务等工作。'),
    indicators: [
      r(Q, '信息报送数量', V('＞=2800条', '≥', 2800, '条'), HIST, V('2700条', undefined, 2700, '条'), 6),
      r(Q, '组织招商对接活动', V('＞=2次', '≥', 2, '次'), HIST, V('2次', undefined, 2, '次'), 6),
      r(Q, '维修维护项目数量', V('＞=4项', '≥', 4, '项'), HIST, V('4项', undefined, 4, '项'), 8),
      r(Q, '劳务派遣人数', V('＞=11人', '≥', 11, '人'), PLAN, '-', 8),
      r(QL, '保障会议正常开展', P100, HIST, P100, 8),
      r(QL, '保障招商引资活动', P100, HIST, P100, 8),
      r(TM, '在沪新疆籍群众困难诉求解决及时率', P100, PLAN, '-', 7),
      r(TM, '信息报送及时率', P100, HIST, P100, 7),
      r(COST, '综合楼后勤物业管理费用', V('＜=9.61万元', '≤', 9.61, '万元'), PLAN, '-', 4, undefined, RAW),
      r(COST, '派遣人员劳务费用', V('＜=85.2万元', '≤', 85.2, '万元'), PLAN, '-', 4, undefined, RAW),
      r(COST, '办公设备购置费用', V('＜=7.3万元', '≤', 7.3, '万元'), PLAN, '-', 4, undefined, RAW),
      r(SOC, '有效发挥驻外办事处桥梁纽带作用', W('有效保障'), HIST, W('有效保障'), 5, LEVEL),
      r(SOC, '有效服务在沪的新疆籍群众', W('有效保障'), HIST, W('有效保障'), 5, LEVEL),
      r(SATI, '群众困难诉求解决满意度', pct('≥', 95, '＞=95%'), PLAN, V('98%', undefined, 98, '%'), 10, SAT),
    ],
  },
];
