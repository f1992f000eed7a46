import { describe, expect, it } from 'vitest';
import { parseAmountText } from '../../model/money.js';
import { placements, type ColumnSum } from './placement.js';

const c = (...texts: string[]) => texts.map((t) => parseAmountText(t)!);

describe('placements', () => {
  it('places seed 004 表八 "96.8 96.8 80 16.8" under six 三公 columns in the one way that adds up', () => {
    // 合计(0) = 出国(1) + 车(2) + 接待(5); 车(2) = 购置(3) + 运行(4).
    const sums: ColumnSum[] = [
      { total: 0, parts: [1, 2, 5] },
      { total: 2, parts: [3, 4] },
    ];
    const { placements: found } = placements(c('96.8', '96.8', '80', '16.8'), 6, sums);
    // 96.8 = 0 + 96.8 + 0 and 96.8 = 80 + 16.8: 合计, 车, 购置, 运行.
    expect(found).toEqual([[0, 2, 3, 4]]);
  });

  it('keeps both placements when the row alone cannot tell 基本 from 项目', () => {
    const sums: ColumnSum[] = [{ total: 0, parts: [1, 2] }];
    expect(placements(c('2,133.17', '2,133.17'), 3, sums).placements).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });

  it('accepts a total that differs from its parts by rounding only (n × 0.005)', () => {
    const sums: ColumnSum[] = [{ total: 0, parts: [1, 2] }];
    // 10.01 vs 5.00 + 5.00: one cent, within 3 × 0.005 rounded down to 1 cent.
    expect(placements(c('10.01', '5.00', '5.00'), 3, sums).placements).toEqual([[0, 1, 2]]);
    expect(placements(c('10.03', '5.00', '5.00'), 3, sums).placements).toEqual([]);
  });

  it('returns nothing for more numbers than columns', () => {
    expect(placements(c('1', '2', '3'), 2, []).placements).toEqual([]);
  });
});
