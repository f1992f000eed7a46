import { describe, expect, it } from 'vitest';
import { scanFigures } from './figures.js';
import { joinLines } from '../text/join.js';

const brief = (text: string) =>
  scanFigures(text).map((f) => [f.raw, f.kind, f.unit ?? '', f.amount ?? f.percent]);

describe('scanFigures', () => {
  it('reads amounts with thousands separators, spaces before the unit and percentages', () => {
    expect(brief('收支总预算 14,303.93万元，占 99.39%，增长 1,299.00%，55 万元，100%')).toEqual([
      ['14,303.93', 'amount', '万元', 14303.93],
      ['99.39', 'percent', '', 99.39],
      ['1,299.00', 'percent', '', 1299],
      ['55', 'amount', '万元', 55],
      ['100', 'percent', '', 100],
    ]);
  });

  it('skips numbers without a unit and keeps unreadable amounts without a value', () => {
    expect(brief('2025年 1月，特定目标 10653H，6.536278万元，3亿元，人均300元')).toEqual([
      ['6.536278', 'amount', '万元', undefined],
      ['3', 'amount', '亿元', undefined],
      ['300', 'amount', '元', 300],
    ]);
  });

  it('ends a number at a space inside a line, but joins digits across a line break', () => {
    expect(brief('增长 0.0 0%')).toEqual([['0', 'percent', '', 0]]);
    const joined = joinLines([
      { text: '费增加 0.00万元，增长 0.0', line: 1 },
      { text: '0%，主要原因', line: 2 },
    ]).text;
    expect(joined).toBe('费增加 0.00万元，增长 0.00%，主要原因');
    expect(brief(joined).map((f) => f[3])).toEqual([0, 0]);
  });
});

describe('joinLines', () => {
  it('drops indentation, joins CJK without spaces and keeps one between ASCII words', () => {
    const j = joinLines([
      { text: ' 单位资金 13.22万元，下降', line: 5, page: 2 },
      { text: '96.65%，主要原因是 PPP', line: 7, page: 2 },
      { text: 'project 结束。', line: 9, page: 3 },
    ]);
    expect(j.text).toBe('单位资金 13.22万元，下降96.65%，主要原因是 PPP project 结束。');
    // 15 = "单位资金 13.22万元，下降"; the third piece starts after "…PPP" (31) and one space.
    expect(j.starts).toEqual([0, 15, 32]);
  });
});
