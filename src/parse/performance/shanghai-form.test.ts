// The 上海 财政项目支出绩效目标填报表 layout (万里街道 2023 pp.31–35), with a project and numbers of our
// own: a key–value header in two columns, the lifetime and annual goals side by side, the
// column header 年度(/项目)指标值, and merged 一级/二级 cells printed on the middle of their rows.
import { describe, expect, it } from 'vitest';
import type { LayoutLine, LayoutToken } from '../../model/layout.js';
import { parsePerformanceTables } from './index.js';

type Cell = readonly [text: string, x0: number, x1: number];

/** A PDF line: its cells at their x, on baseline y. */
function pdfLines(rows: readonly (readonly [y: number, ...cells: Cell[]])[]): LayoutLine[] {
  return rows.map(([y, ...cells], i) => {
    const tokens: LayoutToken[] = cells.map(([text, x0, x1]) => ({ text, x0, x1, y, size: 8 }));
    return { text: cells.map((c) => c[0]).join(' '), line: i + 1, page: 7, tokens };
  });
}

const FORM = pdfLines([
  [42, ['财政项目支出绩效目标填报表', 209, 383]],
  [62, ['（2024年度）', 272, 323]],
  [
    87,
    ['项目名称', 85, 117],
    ['社区图书角更新', 171, 240],
    ['项目性质', 326, 358],
    ['阶段性项目', 378, 419],
    ['项目类别', 423, 455],
    ['其他运转类', 483, 524],
  ],
  [
    112,
    ['主管部门', 85, 117],
    ['示范区人民政府示范街道办事处', 158, 280],
    ['实施单位', 326, 358],
    ['示范区示范街道文化服务中心', 387, 500],
  ],
  [
    136,
    ['计划开始日期', 76, 126],
    ['2024-02-01', 208, 249],
    ['计划完成日期', 317, 367],
    ['2024-11-30', 437, 478],
  ],
  [
    161,
    ['项目资金总额', 150, 199],
    ['250,000.00', 323, 372],
    ['年度资金申请总额', 377, 442],
    ['180,000.00', 489, 539],
  ],
  [186, ['其中：当年财政拨款', 376, 451], ['150,000.00', 489, 539]],
  [198, ['项目资金', 85, 117], ['其中：财政资金', 150, 207], ['220,000.00', 323, 373]],
  [211, ['（元）', 90, 115], ['上年结转资金', 376, 426], ['30,000.00', 500, 539]],
  [
    235,
    ['其他资金', 150, 182],
    ['30,000.00', 330, 373],
    ['其他资金', 377, 409],
    ['0.00', 523, 539],
  ],
  [268, ['项目总目标', 214, 255], ['年度总体目标', 433, 482]],
  [291, ['项目', 66, 83]],
  [
    306,
    ['绩效目标', 66, 83],
    ['更新图书角书架与座椅，新增儿童阅读区', 96, 300],
    ['，全年开放', 304, 350],
    ['更新书架与座椅，', 376, 470],
  ],
  [316, ['不少于三百天。', 96, 160], ['新增儿童阅读区。', 376, 460]],
  [
    365,
    ['一级指标', 105, 138],
    ['二级指标', 163, 196],
    ['三级指标', 300, 332],
    ['年度(/项目)指标值', 446, 516],
  ],
  [386, ['新增书架', 291, 330], ['≥12.00(个)', 444, 490]],
  [396, ['数量指标', 163, 196]],
  [407, ['产出指标', 105, 138], ['新增座椅', 291, 330], ['≥20.00(把)', 444, 490]],
  [
    427,
    ['绩效指标', 58, 91],
    ['质量指标', 163, 196],
    ['图书完好率', 291, 336],
    ['≥95.00(%)', 444, 490],
  ],
  [
    448,
    ['效益指标', 105, 138],
    ['社会效益指标', 155, 204],
    ['阅读人次', 291, 330],
    ['≥3000.00(人次)', 444, 510],
  ],
  [
    469,
    ['满意度指标', 101, 142],
    ['服务对象满意度指标', 151, 208],
    ['读者满意度', 291, 336],
    ['≥90.00(%)', 444, 490],
  ],
]);

describe('上海 财政项目支出绩效目标填报表', () => {
  it('reads the header block, the annual goal and every indicator under its centred labels', () => {
    const { targets, warnings } = parsePerformanceTables([FORM]);
    expect(warnings).toEqual([]);
    const [t] = targets;
    expect(t).toMatchObject({
      kind: 'project',
      year: 2024,
      project: '社区图书角更新',
      // 实施单位, not 主管部门; 项目类别 "其他运转类" is no 其他资金.
      unit: '示范区示范街道文化服务中心',
      // The annual column: 180,000 = 150,000 + 30,000 结转 + 0 其他 (the lifetime 其他 is 30,000).
      funds: { total: 180000, fiscal: 150000, other: 0, unit: '元' },
      goal: '更新书架与座椅，新增儿童阅读区。',
    });
    expect(t?.indicators.map((i) => [i.level1, i.level2, i.name, i.value.text])).toEqual([
      ['产出指标', '数量指标', '新增书架', '≥12.00(个)'],
      ['产出指标', '数量指标', '新增座椅', '≥20.00(把)'],
      ['产出指标', '质量指标', '图书完好率', '≥95.00(%)'],
      ['效益指标', '社会效益指标', '阅读人次', '≥3000.00(人次)'],
      ['满意度指标', '服务对象满意度指标', '读者满意度', '≥90.00(%)'],
    ]);
    expect(t?.indicators[0]?.value).toMatchObject({ comparator: '≥', number: 12 });
  });

  it('without positions (text input) still keeps the name clean and reads the indicators', () => {
    const text = FORM.map(({ tokens: _tokens, ...line }) => line);
    const [t] = parsePerformanceTables([text]).targets;
    expect(t?.project).toBe('社区图书角更新');
    expect(t?.funds).toMatchObject({ total: 180000, fiscal: 150000, other: 0, unit: '元' });
    expect(t?.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '新增书架'],
      ['产出指标', '数量指标', '新增座椅'],
      ['产出指标', '质量指标', '图书完好率'],
      ['效益指标', '社会效益指标', '阅读人次'],
      ['满意度指标', '服务对象满意度指标', '读者满意度'],
    ]);
  });
});
