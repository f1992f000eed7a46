import { describe, expect, it } from 'vitest';
import type { LayoutLine } from '../../model/layout.js';
import { findColumnHeader } from './columns.js';

const lines = (...texts: string[]): LayoutLine[] => texts.map((text, i) => ({ text, line: i + 1 }));

describe('findColumnHeader', () => {
  it('reads a header shredded over many lines (seed 000 项目支出)', () => {
    const shredded = lines(
      '项目总体目标 …',
      ...['一级', '指标', '二级', '指标', '三级指标', '指标', '值', '指标值设置依', '据'],
      ...['上年', '完成', '值', '指标', '分值', '权重', '指标赋分规则 佐证资料'],
      '办公场所日常零星维修保',
    );
    expect(findColumnHeader(shredded)).toEqual({
      columns: [
        'level1',
        'level2',
        'name',
        'value',
        'basis',
        'lastYear',
        'weight',
        'scoring',
        'evidence',
      ],
      start: 1,
      end: 17,
    });
  });

  it('reads a one-line header with a remark in brackets (seed 004)', () => {
    expect(
      findColumnHeader(
        lines('一级指标 二级指标 三级指标 指标值（包含数字及文字描述）', '产出指标'),
      ),
    ).toEqual({ columns: ['level1', 'level2', 'name', 'value'], start: 0, end: 1 });
  });

  it('does not swallow a body line that starts like a column name', () => {
    const found = findColumnHeader(
      lines('一级指标 二级指标 三级指标 指标值 指标设定依据 分值权重', '指标', '数量'),
    );
    expect(found?.end).toBe(1);
    expect(found?.columns).toEqual(['level1', 'level2', 'name', 'value', 'basis', 'weight']);
  });

  it('finds nothing in text without the 三级指标 and 指标值 columns', () => {
    expect(findColumnHeader(lines('一级指标 二级指标', '产出指标'))).toBeUndefined();
    expect(findColumnHeader(lines('一级党委', '指标'))).toBeUndefined();
  });
});
