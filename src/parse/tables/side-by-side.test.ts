import { describe, expect, it } from 'vitest';
import type { LayoutLine } from '../../model/layout.js';
import {
  halvesBoundary,
  splitHalves,
  withStackedCells,
  withoutCodeHeaderCells,
} from './side-by-side.js';

/** A line from [text, x0, x1] cells (baseline and size do not matter here). */
function line(n: number, ...cells: [string, number, number][]): LayoutLine {
  return {
    text: cells.map((c) => c[0]).join(' '),
    line: n,
    tokens: cells.map(([text, x0, x1]) => ({ text, x0, x1, y: n * 10, size: 9 })),
  };
}

describe('two tables side by side', () => {
  const header = [
    line(1, ['经济分类', 30, 80], ['经济分类', 330, 380]),
    line(
      2,
      ['科目编码', 30, 80],
      ['科目名称', 150, 200],
      ['决算数', 270, 300],
      ['科目编码', 330, 380],
    ),
  ];

  it('ends the left half at the header cell printed before the repeated label', () => {
    expect(halvesBoundary(header)).toBe(300);
    expect(
      halvesBoundary([line(1, ['项目', 120, 145], ['决算数', 250, 287], ['项目', 380, 400])]),
    ).toBe(287);
    expect(halvesBoundary([line(1, ['合计', 80, 100], ['基本支出', 140, 180])])).toBeUndefined();
  });

  it('cuts a line there; a right-aligned number reaching past the header stays left', () => {
    const row = line(
      7,
      ['301', 27, 43],
      ['工资福利支出', 100, 170],
      ['2,082.85', 263, 302],
      ['302', 329, 346],
      ['171.07', 540, 570],
    );
    const { left, right } = splitHalves(row, 300);
    expect(left?.text).toBe('301 工资福利支出 2,082.85');
    expect(right?.text).toBe('302 171.07');
    expect(right?.line).toBe(7);
    expect(splitHalves(line(8, ['310', 329, 346]), 300)).toEqual({
      right: expect.objectContaining({ text: '310' }),
    });
  });

  it('reads a header cell wrapped inside its cell as one label, keeping the pieces', () => {
    const [top] = withStackedCells([
      line(1, ['单位：万元', 700, 770], ['本年收入合', 354, 414]),
      line(2, ['计', 378, 390], ['对附属单位', 705, 760]),
    ]);
    expect(top?.tokens?.map((t) => t.text)).toEqual(['单位：万元', '本年收入合', '本年收入合计']);
    expect(top?.text).toBe('单位：万元 本年收入合 本年收入合计');
  });

  it('leaves text-only header lines alone', () => {
    const plain: LayoutLine = { text: '合计 基本支出', line: 1 };
    expect(withStackedCells([plain])).toEqual([plain]);
  });

  it('drops the 类 款 项 header cells printed on the first data line', () => {
    const first = line(
      3,
      ['类', 82, 94],
      ['款', 123, 135],
      ['项', 164, 176],
      ['合计', 256, 280],
      ['2,946.25', 372, 414],
    );
    expect(withoutCodeHeaderCells(first).text).toBe('合计 2,946.25');
    const header = line(4, ['类', 82, 94], ['款', 123, 135], ['项', 164, 176]);
    expect(withoutCodeHeaderCells(header)).toBe(header);
  });
});
