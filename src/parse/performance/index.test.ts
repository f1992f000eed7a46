import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textLayout } from '../../ingest/index.js';
import { PerformanceTargetSchema, type PerformanceTarget } from '../../model/performance.js';
import { segment } from '../segment.js';
import { parsePerformanceTables } from './index.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
function parseSeed(name: string) {
  const layout = textLayout(readFileSync(new URL(name, SEEDS)), name);
  return parsePerformanceTables(segment(layout.lines).performance);
}

const _ = undefined;
/** [一级, 二级, 三级, 指标值 text, comparator, number, unit, 依据, 上年, 权重, 赋分规则, 佐证资料] */
function tuples(t: PerformanceTarget | undefined) {
  return (t?.indicators ?? []).map((i) => [
    i.level1,
    i.level2,
    i.name,
    i.value.text,
    i.value.comparator,
    i.value.number,
    i.value.unit,
    i.basis,
    i.lastYear?.text,
    i.weight,
    i.scoring,
    i.evidence,
  ]);
}
function weightSum(t: PerformanceTarget): number {
  return t.indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
}

// Read off the document (seed 000 pages 29–37; seed 004 pages 18–23).
const [CC, SL, ZL, SX, CB, JJ, XY, SH, MY, MYD] = [
  '产出指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济成本指标',
  '效益指标',
  '社会效益指标',
  '满意度指标',
  '满意度指标',
];
const [HIST, PLAN, RATIO, GRADE, SAT, WORK, RECEIPT] = [
  '历史标准',
  '计划标准',
  '按照完成比例赋分',
  '按评判等级赋分',
  '满意度赋分',
  '工作资料',
  '原始凭证',
];
const DUTY = '自治区人民政府办公厅工作职责';

describe.skipIf(!existsSync(SEEDS))(
  'parsePerformanceTables on the seeds (needs ../shared/seeds)',
  () => {
    const s000 = parseSeed('000_c55cbe189efa8a40.txt');
    const s004 = parseSeed('004_88207d3c283235c9.txt');

    it('reads every table without warnings, in schema', () => {
      expect(s000.warnings).toEqual([]);
      expect(s004.warnings).toEqual([]);
      for (const t of [...s000.targets, ...s004.targets])
        expect(PerformanceTargetSchema.parse(t)).toEqual(t);
      expect(s000.targets.map((t) => t.kind)).toEqual(['department', ...Array(7).fill('project')]);
      expect(s004.targets.map((t) => t.kind)).toEqual(Array(5).fill('project'));
    });

    it('seed 000 部门整体: header, funds, the three 履职效能 indicators', () => {
      const t = s000.targets[0] as PerformanceTarget;
      expect(t).toMatchObject({
        year: 2025,
        unit: '新疆维吾尔自治区人民政府办公厅',
        contact: { name: '陈思依', phone: '0991-2383221' },
        funds: { upper: 0, local: 14290.71, other: 13.22 },
        at: { line: 1564, page: 29 },
      });
      // 资金总额 heads a column and prints no figure of its own.
      expect(t.funds.total).toBeUndefined();
      expect(t.project).toBeUndefined();
      expect(t.goal).toMatch(
        /^贯彻落实党的基本理论、基本路线、基本方略和自治区党委、政府的决定,发挥参谋助手/,
      );
      expect(t.goal).toMatch(/实行科学民主决策,确保办公厅工作优质高效有序运转。$/);
      // "20履职效能": 履职效能 is the 一级 cell spanning all three rows.
      expect(tuples(t)).toEqual([
        ['履职效能', SL, '保障自治区政府中心正常运转', '=100%', '=', 100, '%', DUTY, _, 50, _, _],
        [
          '履职效能',
          SL,
          '对周边省市区及经济发达地区关于经济发展方面调研工作',
          '＞=3次',
          '≥',
          3,
          '次',
          DUTY,
          _,
          20,
          _,
          _,
        ],
        ['履职效能', SL, '全疆筹备组织政府各类会议', '＞=2次', '≥', 2, '次', DUTY, _, 20, _, _],
      ]);
    });

    it('seed 000 各项业务工作管理经费: all 11 indicators', () => {
      const t = s000.targets[1];
      expect(tuples(t)).toEqual([
        [
          CC,
          SL,
          '办公场所日常零星维修保障面积',
          '=32200平方米',
          '=',
          32200,
          '平方米',
          HIST,
          '=32200平方米',
          8,
          RATIO,
          WORK,
        ],
        [CC, SL, '开展专题活动次数', '=5次', '=', 5, '次', HIST, '=5次', 8, RATIO, WORK],
        [CC, SL, '信息化运维服务数量', '=6项', '=', 6, '项', HIST, '7项', 8, RATIO, WORK],
        [CC, SL, '业务专项工作数量', '=12项', '=', 12, '项', HIST, '8项', 8, RATIO, WORK],
        [CC, SL, '政府公报印刷册数', '＞=12册', '≥', 12, '册', HIST, '6期', 8, RATIO, WORK],
        [CC, ZL, '日常维修验收合格率', '＞=98%', '≥', 98, '%', HIST, '98%', 8, RATIO, WORK],
        [CC, ZL, '系统故障率（%）', '＜=3%', '≤', 3, '%', PLAN, _, 8, '直接赋分', '说明材料'],
        [CC, ZL, '政府公报印刷校验合格率', '=100%', '=', 100, '%', HIST, '=100%', 8, RATIO, WORK],
        [CC, SX, '专题活动开展及时率', '=100%', '=', 100, '%', HIST, '=100%', 8, RATIO, WORK],
        [
          CC,
          SX,
          '信息化运维修复处理时间',
          '＜=4小时',
          '≤',
          4,
          '小时',
          HIST,
          '4小时',
          8,
          RATIO,
          WORK,
        ],
        [
          XY,
          SH,
          '保障各类自治区级专题会议正常运转',
          '有效保障',
          _,
          _,
          _,
          HIST,
          '有效保障',
          10,
          GRADE,
          WORK,
        ],
      ]);
    });

    it('seed 000 日常管理运行费: all 8 indicators', () => {
      const t = s000.targets[2];
      expect(tuples(t)).toEqual([
        [CC, SL, '大米面粉供应量', '＞=9吨', '≥', 9, '吨', HIST, '9.3吨', 12, RATIO, RECEIPT],
        [CC, SL, '粮油供应量', '＞=3300升', '≥', 3300, '升', HIST, '3410升', 12, RATIO, RECEIPT],
        [CC, SL, '牛羊肉供应量', '＞=7.8吨', '≥', 7.8, '吨', HIST, '8.2吨', 12, RATIO, RECEIPT],
        [CC, ZL, '食材验收合格率', '=100%', '=', 100, '%', HIST, '100%', 12, RATIO, RECEIPT],
        [CC, SX, '供货及时性', '＞=95%', '≥', 95, '%', HIST, '100%', 12, RATIO, RECEIPT],
        [
          CB,
          JJ,
          '牛羊肉采购成本',
          '＜=60万元',
          '≤',
          60,
          '万元',
          HIST,
          '58.3万元',
          10,
          RATIO,
          RECEIPT,
        ],
        [
          CB,
          JJ,
          '其他食材采购成本',
          '＜=94万元',
          '≤',
          94,
          '万元',
          HIST,
          '95.7万元',
          10,
          RATIO,
          RECEIPT,
        ],
        [MY, MYD, '职工满意度', '＞=95%', '≥', 95, '%', HIST, '98%', 10, SAT, RECEIPT],
      ]);
    });

    it('seed 000 other project tables: text values, wrapped units, 上年 "-"/"—" omitted', () => {
      const [, , , wenyin, print, guangzhou, xian, shanghai] = s000.targets;
      expect(tuples(wenyin)).toContainEqual([
        CB,
        JJ,
        '退休人员绩效奖',
        '＜=13.22万元',
        '≤',
        13.22,
        '万元',
        PLAN,
        _,
        10,
        RATIO,
        WORK,
      ]);
      expect(tuples(wenyin)).toContainEqual([
        XY,
        SH,
        '解决人员保障工作',
        '有效保障',
        _,
        _,
        _,
        HIST,
        '有效保障',
        5,
        GRADE,
        WORK,
      ]);
      expect(tuples(print)).toContainEqual([
        CC,
        SL,
        '退休人员人数',
        '＞＝40人',
        '≥',
        40,
        '人',
        HIST,
        '43人',
        5,
        RATIO,
        WORK,
      ]);
      expect(tuples(guangzhou)).toContainEqual([
        CC,
        SL,
        '走访企业、参加各类招商推介等活动',
        '＞=50（家/次）',
        '≥',
        50,
        '（家/次）',
        HIST,
        '60家',
        10,
        RATIO,
        WORK,
      ]);
      expect(tuples(guangzhou)).toContainEqual([
        CC,
        SL,
        '信息报送',
        '＞=1000条',
        '≥',
        1000,
        '条',
        HIST,
        '1100条',
        10,
        RATIO,
        '工作资料,说明材料',
      ]);
      // "工作资料成本\n指标": 成本指标 glued to the row before the last one it spans.
      expect(
        tuples(guangzhou)
          .filter((r) => r[0] === CB)
          .map((r) => r[2]),
      ).toEqual(['房产维护费用', '长期聘用人员支出', '业务处室专项工作经费']);
      expect(
        tuples(guangzhou)
          .slice(-2)
          .map((r) => [r[0], r[1], r[2]]),
      ).toEqual([
        [MY, MYD, '新疆籍来访群众满意度'],
        [MY, MYD, '驻地管理单位满意度'],
      ]);
      expect(tuples(xian)).toContainEqual([
        XY,
        SH,
        '提升新陕两地经济信息交流协作',
        '显著提升',
        _,
        _,
        _,
        PLAN,
        _,
        5,
        RATIO,
        WORK,
      ]);
      expect(tuples(xian)).toContainEqual([
        CB,
        JJ,
        '办事处业务活动经费',
        '=20万元',
        '=',
        20,
        '万元',
        PLAN,
        _,
        10,
        RATIO,
        RECEIPT,
      ]);
      expect(tuples(shanghai)).toContainEqual([
        CB,
        JJ,
        '综合楼后勤物业管理费用',
        '＜=9.61万元',
        '≤',
        9.61,
        '万元',
        PLAN,
        _,
        4,
        RATIO,
        RECEIPT,
      ]);
      expect(tuples(shanghai)).toContainEqual([
        XY,
        SH,
        '有效服务在沪的新疆籍群众',
        '有效保障',
        _,
        _,
        _,
        HIST,
        '有效保障',
        5,
        GRADE,
        WORK,
      ]);
    });

    it('seed 000: header of every table, indicator counts, weights', () => {
      const summary = s000.targets.map((t) => [
        t.unit,
        t.project,
        t.manager,
        t.funds,
        t.indicators.length,
      ]);
      const office = '新疆维吾尔自治区人民政府办公厅';
      const wenyin = `${office}文印中心`;
      const business = '驻外办事处业务工作经费';
      expect(summary).toEqual([
        [office, _, _, { upper: 0, local: 14290.71, other: 13.22 }, 3],
        [office, '各项业务工作管理经费', '张须华', { total: 3348.8, fiscal: 3348.8, other: 0 }, 11],
        [
          `${office}综合保障中心`,
          '日常管理运行费',
          '尹红',
          { total: 154, fiscal: 154, other: 0 },
          8,
        ],
        [wenyin, '日常运行管理费', '赵玉文', { total: 13.22, fiscal: 0, other: 13.22 }, 7],
        [wenyin, '印刷费', '赵玉文', { total: 145, fiscal: 145, other: 0 }, 13],
        [
          '新疆维吾尔自治区人民政府驻广州办事处',
          business,
          '李缙',
          { total: 182, fiscal: 182, other: 0 },
          13,
        ],
        [
          '新疆维吾尔自治区人民政府驻西安办事处',
          business,
          '马晓军',
          { total: 130, fiscal: 130, other: 0 },
          10,
        ],
        [
          '新疆维吾尔自治区人民政府驻上海办事处',
          business,
          '刘默然',
          { total: 218, fiscal: 218, other: 0 },
          14,
        ],
      ]);
      // Every table's printed weights add up to 90: the 新疆 template keeps the other 10 points
      // for 预算执行率, which these tables do not print. A lost or doubled row would break this.
      expect(s000.targets.map(weightSum)).toEqual(Array(8).fill(90));
      expect(s000.targets[3]?.goal).toBe(
        '保障自治区人民政府办公厅文印中心机构改革以前 43 名退休人员绩效奖金。',
      );
      expect(s000.targets.every((t) => t.year === 2025)).toBe(true);
    });

    it('seed 004 业务运转经费项目: all 26 indicators; empty 生态效益指标 gives none', () => {
      const t = s004.targets[0];
      const [JX, KC, ST] = ['经济效益指标', '可持续影响指标', '生态效益指标'];
      const v = (
        text: string,
        c: string | undefined,
        n: number | undefined,
        u: string | undefined,
      ) => [text, c, n, u] as const;
      const row = (l1: string, l2: string, name: string, value: readonly unknown[]) => [
        l1,
        l2,
        name,
        ...value,
        _,
        _,
        _,
        _,
        _,
      ];
      expect(tuples(t)).toEqual([
        row(CC, SL, '办公用房取暖面积', v('≥2375.48平方米', '≥', 2375.48, '平方米')),
        row(CC, SL, '公务保障用车数量', v('≥8辆', '≥', 8, '辆')),
        row(CC, SL, '购买台式电脑数量', v('≥2台', '≥', 2, '台')),
        row(CC, SL, '购买笔记本电脑数量', v('≥2台', '≥', 2, '台')),
        row(CC, SL, '购买床数量', v('≥4张', '≥', 4, '张')),
        row(CC, SL, '购买档案柜数量', v('≥4个', '≥', 4, '个')),
        row(CC, SL, '购买碎纸机数量', v('≥1个', '≥', 1, '个')),
        row(CC, SL, '购买厨房用品批次', v('≥1批', '≥', 1, '批')),
        row(CC, ZL, '设备质量合格率', v('=100%', '=', 100, '%')),
        row(CC, ZL, '客房厨房接待工作完成率', v('=100%', '=', 100, '%')),
        row(CC, ZL, '车辆保障率', v('=100%', '=', 100, '%')),
        row(CC, SX, '资金支付及时性', v('=100%', '=', 100, '%')),
        row(CC, SX, '接待完成及时率', v('=100%', '=', 100, '%')),
        row(CC, SX, '项目完成时间', v('2021年12月', _, _, _)),
        // 2021 template: 成本指标 is a 二级 under 产出指标.
        row(CC, CB, '办公用房费用', v('≤0.017万元/平方米', '≤', 0.017, '万元/平方米')),
        row(CC, CB, '公务保障用车费用', v('≤1.25万元/辆', '≤', 1.25, '万元/辆')),
        row(CC, CB, '办公电脑成本', v('≤0.45万元/台', '≤', 0.45, '万元/台')),
        row(CC, CB, '笔记本电脑成本', v('≤0.6万元/台', '≤', 0.6, '万元/台')),
        row(CC, CB, '床成本', v('≤0.3万元/张', '≤', 0.3, '万元/张')),
        row(CC, CB, '碎纸机成本', v('≤0.11万元/个', '≤', 0.11, '万元/个')),
        row(CC, CB, '档案柜', v('≤0.16万元/个', '≤', 0.16, '万元/个')),
        row(CC, CB, '厨房用品成本', v('≤22万元', '≤', 22, '万元')),
        row(XY, JX, '设备利用率', v('=100%', '=', 100, '%')),
        row(XY, SH, '社会服务能力提升', v('逐步提升', _, _, _)),
        row(XY, KC, '持续提高接待服务保障水平', v('长期', _, _, _)),
        // As printed: "工满人员满意度".
        row(MY, MYD, '工满人员满意度', v('≥98%', '≥', 98, '%')),
      ]);
      expect(t?.indicators.some((i) => i.level2 === ST)).toBe(false);
    });

    it('seed 004: header of every table, indicator counts', () => {
      const unit = '新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处';
      expect(
        s004.targets.map((t) => [t.unit, t.project, t.manager, t.funds, t.indicators.length]),
      ).toEqual([
        [unit, '业务运转经费项目', _, { total: 77, fiscal: 77 }, 26],
        [unit, '关爱离退休人员项目', _, { total: 1.26, fiscal: 1.26 }, 8],
        [
          unit,
          '服务保障提升项目质保金及视联网会议室项目缺口资金及质保金',
          _,
          { total: 6.54, fiscal: 6.54 },
          10,
        ],
        [unit, '服务质量改善项目', _, { total: 22.5, fiscal: 22.5 }, 13],
        [
          unit,
          '驻乌鲁木齐市、昌吉州喀什籍人员服务管理工作站工作项目',
          _,
          { total: 15, fiscal: 15 },
          15,
        ],
      ]);
      expect(s004.targets[1]?.goal).toBe(
        '根据本单位实际情况，保障本单位42名离退休人员享受活动费，对退休人员进行补助，提高离退休人员社会生活水平。',
      );
      // 服务质量改善项目: 经济效益指标 and 生态效益指标 are printed with no rows.
      expect(
        s004.targets[3]?.indicators.filter((i) => i.level1 === XY).map((i) => [i.level2, i.name]),
      ).toEqual([
        [SH, '正常运转率'],
        [SH, '项目受益人数'],
        ['可持续影响指标', '综合利用率'],
      ]);
      expect(s004.targets.every((t) => t.year === 2021)).toBe(true);
    });
  },
);

describe('parsePerformanceTables on made-up tables', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, page: 1 }));
  const header = [
    '项目支出绩效目标表',
    '（2025年）',
    '预算单位 某单位',
    '项目名称 某项目 项目负责人 某人',
    '项目资金(万元) 年度预算总额 10.00',
    '其中：财政拨款 8.00 其他资金 2.00',
    '项目总体目标 做好工作。',
    '一级指标 二级指标 三级指标 指标值 指标值设置依据 上年完成值 指标分值权重 指标赋分规则 佐证资料',
  ];

  it('reads the header fields and warns about a table cut short', () => {
    const { targets, warnings } = parsePerformanceTables([
      lines(
        ...header,
        '开展活动次数 =5次 历史标准 =5次 8 按照完成比例赋分 工作资料',
        '数量',
        '指标',
        '印刷册数 =5册 历史标准',
      ),
    ]);
    expect(targets[0]).toMatchObject({
      kind: 'project',
      year: 2025,
      unit: '某单位',
      project: '某项目',
      manager: '某人',
      funds: { total: 10, fiscal: 8, other: 2 },
      goal: '做好工作。',
    });
    expect(tuples(targets[0])).toEqual([
      [
        '',
        '数量指标',
        '开展活动次数',
        '=5次',
        '=',
        5,
        '次',
        '历史标准',
        '=5次',
        8,
        '按照完成比例赋分',
        '工作资料',
      ],
      ['', '数量指标', '印刷册数', '=5册', '=', 5, '册', '历史标准', _, _, _, _],
    ]);
    expect(warnings.map((w) => [w.code, w.at?.line, w.message])).toEqual([
      [
        'indicator-unparsed',
        9,
        '某单位「某项目」: indicator "开展活动次数": no 一级指标 covers it',
      ],
      [
        'indicator-unparsed',
        12,
        '某单位「某项目」: indicator "印刷册数": no 一级指标 covers it; the table ends before its lastYear, weight, scoring, evidence',
      ],
    ]);
  });

  it('reads the rows of a table whose column header is lost, and says so', () => {
    const { targets, warnings } = parsePerformanceTables([
      lines(
        '项目支出绩效目标表',
        '预算单位 某单位 项目名称 某项目',
        '产出指标',
        '数量指标',
        '购买床数量 ≥4张',
        '质量指标 合格率 =100%',
      ),
    ]);
    expect(tuples(targets[0]).map((r) => r.slice(0, 4))).toEqual([
      ['产出指标', '数量指标', '购买床数量', '≥4张'],
      ['产出指标', '质量指标', '合格率', '=100%'],
    ]);
    expect(warnings.map((w) => [w.code, w.at?.line])).toEqual([['indicator-unparsed', 3]]);
  });

  it('keeps a merged cell of unknown level out of the indicators, with a warning', () => {
    const { targets, warnings } = parsePerformanceTables([
      lines(
        '部门整体绩效目标表',
        '部门名称（盖章） 某部门',
        '一级指标 二级指标 三级指标 指标值 指标设定依据 分值权重',
        '产出指标',
        '数量指标',
        '开展调研 ≥3次 工作职责 50怪异标签',
        '组织会议 ≥2次 工作职责 40',
      ),
    ]);
    expect(targets[0]?.indicators.map((i) => i.name)).toEqual(['开展调研', '组织会议']);
    expect(warnings).toEqual([
      {
        code: 'indicator-unparsed',
        message:
          '某部门「部门整体绩效目标表」: "怪异标签" reads as a merged 一级/二级 label, but its level cannot be told',
        table: '绩效目标表',
        at: { line: 6, page: 1 },
      },
    ]);
  });
});
