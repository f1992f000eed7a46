// Seed 004: the five 项目支出绩效目标表 (2021 template: 一级, 二级, 三级, 指标值 only), every
// indicator, read off the document by hand. A 二级 spanning several rows is printed alone on the
// line before them; a 二级 with one row shares its line; one printed alone with no row after it
// before the next 二级 (生态效益指标, and 经济效益指标 in the fourth table) has no indicator.
// 成本指标 is a 二级 of 产出指标 in this template. A data file: its length is the indicators.
import type { ExpectedTarget } from './expected-types.js';
import { text } from './expected-types.js';
import { row2021, V, W } from './indicators.js';

const UNIT = '新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处';
const OUT = '产出指标';
const BEN = '效益指标';
const SAT = '满意度指标';
const Q = (name: string, v: ReturnType<typeof V>) => row2021(OUT, '数量指标', name, v);
const QL = (name: string, v: ReturnType<typeof V>) => row2021(OUT, '质量指标', name, v);
const TM = (name: string, v: ReturnType<typeof V>) => row2021(OUT, '时效指标', name, v);
const CO = (name: string, v: ReturnType<typeof V>) => row2021(OUT, '成本指标', name, v);
const EC = (name: string, v: ReturnType<typeof V>) => row2021(BEN, '经济效益指标', name, v);
const SO = (name: string, v: ReturnType<typeof V>) => row2021(BEN, '社会效益指标', name, v);
const SU = (name: string, v: ReturnType<typeof V>) => row2021(BEN, '可持续影响指标', name, v);
const SA = (name: string, v: ReturnType<typeof V>) => row2021(SAT, '满意度指标', name, v);
const P100 = V('=100%', '=', 100, '%');
const ge = (n: number, unit: string) => V(`≥${n}${unit}`, '≥', n, unit);
const le = (n: number, unit: string) => V(`≤${n}${unit}`, '≤', n, unit);
const eq = (n: number, unit: string) => V(`=${n}${unit}`, '=', n, unit);
const DONE = W('2021年12月');

const target = (
  lines: readonly [number, number],
  project: string,
  total: number,
  goal: ReturnType<typeof text>,
  indicators: ExpectedTarget['indicators'],
): ExpectedTarget => ({
  kind: 'project',
  lines,
  year: 2021,
  unit: UNIT,
  project,
  // 年度资金总额 and 其中：财政拨款; 其他资金 is blank.
  funds: { total, fiscal: total },
  goal,
  indicators,
});

export const PERFORMANCE_004: readonly ExpectedTarget[] = [
  target(
    [1081, 1163],
    '业务运转经费项目',
    77,
    text('为确保地委、行署及主要部门在乌市的公务运行', '逐步提升社会服务能力。'),
    [
      Q('办公用房取暖面积', ge(2375.48, '平方米')),
      Q('公务保障用车数量', ge(8, '辆')),
      Q('购买台式电脑数量', ge(2, '台')),
      Q('购买笔记本电脑数量', ge(2, '台')),
      Q('购买床数量', ge(4, '张')),
      Q('购买档案柜数量', ge(4, '个')),
      Q('购买碎纸机数量', ge(1, '个')),
      Q('购买厨房用品批次', ge(1, '批')),
      QL('设备质量合格率', P100),
      QL('客房厨房接待工作完成率', P100),
      QL('车辆保障率', P100),
      TM('资金支付及时性', P100),
      TM('接待完成及时率', P100),
      TM('项目完成时间', DONE),
      CO('办公用房费用', le(0.017, '万元/平方米')),
      CO('公务保障用车费用', le(1.25, '万元/辆')),
      CO('办公电脑成本', le(0.45, '万元/台')),
      CO('笔记本电脑成本', le(0.6, '万元/台')),
      CO('床成本', le(0.3, '万元/张')),
      CO('碎纸机成本', le(0.11, '万元/个')),
      CO('档案柜', le(0.16, '万元/个')),
      CO('厨房用品成本', le(22, '万元')),
      EC('设备利用率', P100),
      SO('社会服务能力提升', W('逐步提升')),
      SU('持续提高接待服务保障水平', W('长期')),
      // Printed so: 工满人员满意度.
      SA('工满人员满意度', ge(98, '%')),
    ],
  ),
  target(
    [1164, 1204],
    '关爱离退休人员项目',
    1.26,
    text('根据本单位实际情况，保障本单位42名离退休人员', '提高离退休人员社会生活水平。'),
    [
      Q('发放补助人数', ge(42, '人')),
      Q('发放补助次数', eq(1, '次')),
      QL('补助覆盖率', P100),
      TM('补助金发放及时率', P100),
      CO('每次发放补助资金数', eq(0.03, '万元/人')),
      SO('改善补助人群生活条件', W('有效改善')),
      SU('提高离退休人员社会生活水平', W('长期')),
      SA('受补助人员满意度', ge(98, '%')),
    ],
  ),
  target(
    [1205, 1250],
    '服务保障提升项目质保金及视联网会议室项目缺口资金及质保金',
    6.54,
    text('根据地委、行署的统一要求', '进一步提升驻乌办综合保障水平。'),
    [
      Q('支付质保金项目个数', eq(2, '个')),
      QL('项目验收合格率', P100),
      TM('资金支付及时性', P100),
      TM('项目完成时间', DONE),
      CO('视联网视频会议室项目费用', le(5.75, '万元')),
      CO('服务保障提升项目费用', le(0.79, '万元')),
      EC('综合利用率', P100),
      SO('提升驻乌办综合保障水平', W('有效提升')),
      SU('提供政府公共服务能力', W('长期')),
      // Printed so: 工作人满意度员.
      SA('工作人满意度员', ge(98, '%')),
    ],
  ),
  target(
    [1251, 1307],
    '服务质量改善项目',
    22.5,
    text('此项目是喀什地区行政公署驻乌鲁木齐办事处', '确保高质量、高效率完成服务任务。'),
    [
      Q('维修改造厨房面积', ge(55.68, '平方米')),
      Q('购置厨房用品批次', ge(1, '批')),
      QL('项目设计变更率', le(2, '%')),
      QL('竣工验收合格率', P100),
      TM('项目按计划开工率', P100),
      TM('项目按计划完工率', P100),
      TM('项目完成时间', DONE),
      CO('维修改造厨房费用', le(0.2, '万元/平方米')),
      CO('购置厨房用品成本', le(11.32, '万元')),
      // 经济效益指标 (1296) and 社会效益指标 (1298) are printed alone, then two rows: the
      // 社会效益 ones (a one-row 二级 would share its row's line).
      SO('正常运转率', P100),
      SO('项目受益人数', ge(30, '人')),
      SU('综合利用率', P100),
      SA('受益群体满意度', ge(98, '%')),
    ],
  ),
  target(
    [1313, 1372],
    '驻乌鲁木齐市、昌吉州喀什籍人员服务管理工作站工作项目',
    15,
    text('确保乌鲁木齐市、昌吉州的喀什籍流动人口', '交办的其他工作任务。'),
    [
      Q('办公、住宿房屋面积', ge(1187.74, '平方米')),
      Q('购买办公设备批次', ge(1, '批')),
      Q('公务保障用车数量', ge(8, '辆')),
      QL('办公区、生活区基本功能保障率', P100),
      QL('设备验收合格率', P100),
      QL('喀什藉人员服务管理工作用车车辆保障率', P100),
      TM('资金支付及时率', P100),
      TM('项目完成时间', DONE),
      CO('办公、住宿房屋相关费用', le(0.0042, '万元/平方米')),
      CO('公保障用车费用', le(1, '万元/辆')),
      CO('办公设备成本', le(2, '万元')),
      EC('设备利用率', P100),
      SO('提高服务于喀什藉流动人员的管理工作水平', W('显著提升')),
      SU('设备使用年限', ge(3, '年')),
      SA('工作人员满意度', ge(95, '%')),
    ],
  ),
];
