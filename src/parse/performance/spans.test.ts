import { describe, expect, it } from 'vitest';
import { assignLabels, chooseConvention, type Convention, type LevelEvent } from './spans.js';

const ev = (name: string, level: 1 | 2, row: number): LevelEvent => ({ name, level, row });
const names = (events: LevelEvent[], rows: number, convention: Convention) => {
  const a = assignLabels(events, rows, convention);
  return {
    rows: a.level1.map((l1, r) => {
      const l2 = a.level2[r];
      return `${l1 === undefined ? '-' : events[l1]?.name}/${l2 === undefined ? '-' : events[l2]?.name}`;
    }),
    cost: a.cost,
  };
};

// Seed 000 各项业务工作管理经费, rows 0–10: "数量\n指标" before row 4 (the last of 0–4), "质量\n
// 指标" before row 7, "产出 指标" + "时效 指标" before row 9, "效益 指标" + "社会 效益 指标"
// before row 10.
const trailing = [
  ev('数量指标', 2, 4),
  ev('质量指标', 2, 7),
  ev('产出指标', 1, 9),
  ev('时效指标', 2, 9),
  ev('效益指标', 1, 10),
  ev('社会效益指标', 2, 10),
];
// Seed 004 关爱离退休人员项目, rows 0–7: each label before the first row it covers; 经济效益指标 and
// 生态效益指标 cover none.
const leading = [
  ev('产出指标', 1, 0),
  ev('数量指标', 2, 0),
  ev('质量指标', 2, 2),
  ev('时效指标', 2, 3),
  ev('成本指标', 2, 4),
  ev('效益指标', 1, 5),
  ev('经济效益指标', 2, 5),
  ev('社会效益指标', 2, 5),
  ev('生态效益指标', 2, 6),
  ev('可持续影响指标', 2, 6),
  ev('满意度指标', 1, 7),
  ev('满意度指标', 2, 7),
];

describe('label spans', () => {
  it('trailing: a label covers the rows since the previous one of its level, through the next row', () => {
    expect(names(trailing, 11, 'trailing')).toEqual({
      rows: [
        ...Array(5).fill('产出指标/数量指标'),
        ...Array(3).fill('产出指标/质量指标'),
        ...Array(2).fill('产出指标/时效指标'),
        '效益指标/社会效益指标',
      ],
      cost: 0,
    });
    // Read as leading, rows 0–8 would have no 一级 and rows 0–3 no 二级.
    expect(names(trailing, 11, 'leading').cost).toBeGreaterThan(0);
  });

  it('leading: a label covers the rows from the next one to the next label of its level', () => {
    expect(names(leading, 8, 'leading')).toEqual({
      rows: [
        '产出指标/数量指标',
        '产出指标/数量指标',
        '产出指标/质量指标',
        '产出指标/时效指标',
        '产出指标/成本指标',
        '效益指标/社会效益指标',
        '效益指标/可持续影响指标',
        '满意度指标/满意度指标',
      ],
      cost: 0,
    });
  });

  it('chooses the convention that explains all tables of a document', () => {
    expect(chooseConvention([{ events: trailing, rows: 11 }])).toBe('trailing');
    expect(chooseConvention([{ events: leading, rows: 8 }])).toBe('leading');
    // One merged 一级 over three rows printed before the last, as "20履职效能" in seed 000.
    const department = [
      ev('数量指标', 2, 0),
      ev('数量指标', 2, 1),
      ev('履职效能', 1, 2),
      ev('数量指标', 2, 2),
    ];
    expect(chooseConvention([{ events: department, rows: 3 }])).toBe('trailing');
    expect(names(department, 3, 'trailing').rows).toEqual(Array(3).fill('履职效能/数量指标'));
  });

  it('centred: a 一级 printed on the middle of its rows covers them, split by their 二级', () => {
    // A 上海 form (万里街道 2023 p.31): 产出指标 beside the second of 数量/质量/成本, each 二级 on its
    // own row; row 2 (成本指标) lies between 产出 and 效益 and belongs under 产出.
    const shanghai = [
      ev('数量指标', 2, 0),
      ev('产出指标', 1, 1),
      ev('质量指标', 2, 1),
      ev('成本指标', 2, 2),
      ev('效益指标', 1, 3),
      ev('社会效益指标', 2, 3),
    ];
    const convention = chooseConvention([{ events: shanghai, rows: 4 }]);
    expect(convention).toEqual({ level1: 'centred', level2: 'leading' });
    expect(names(shanghai, 4, convention)).toEqual({
      rows: [
        '产出指标/数量指标',
        '产出指标/质量指标',
        '产出指标/成本指标',
        '效益指标/社会效益指标',
      ],
      cost: 0,
    });
    // Without 二级 help, a group reaches as far below its label as above it: 数量指标 printed
    // between rows 0 and 1 covers both; 质量指标 beside row 3 covers rows 2–4.
    const halves = [
      { ...ev('数量指标', 2, 1), between: true },
      ev('质量指标', 2, 3),
      ev('社会效益指标', 2, 5),
    ];
    expect(names(halves, 6, 'centred').rows.map((r) => r.split('/')[1])).toEqual([
      '数量指标',
      '数量指标',
      '质量指标',
      '质量指标',
      '质量指标',
      '社会效益指标',
    ]);
  });
});
