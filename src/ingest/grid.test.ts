import { describe, expect, it } from 'vitest';
import {
  COLUMN_GAP,
  COLUMN_WIDTH,
  cellLines,
  gridRows,
  joinCellLines,
  type GridCell,
} from './grid.js';

const cell = (row: number, col: number, text: string, span: Partial<GridCell> = {}): GridCell => ({
  row,
  col,
  rowSpan: 1,
  colSpan: 1,
  text,
  size: 12,
  ...span,
});

const xs = (rows: ReturnType<typeof gridRows>) =>
  rows.map((r) => r.tokens.map((t) => [t.text, t.x0, t.x1, t.y]));

describe('gridRows', () => {
  it('gives a merged header the x-range of the columns it spans, so value cells fall inside it', () => {
    const rows = gridRows({
      cells: [
        cell(1, 0, '功能分类科目编码', { colSpan: 3 }),
        cell(1, 3, '合计', { rowSpan: 2 }),
        cell(2, 0, '类'),
        cell(2, 1, '款'),
        cell(2, 2, '项'),
        cell(3, 0, '204'),
        cell(3, 3, '87267272.44'),
      ],
    });
    const W = COLUMN_WIDTH;
    const g = COLUMN_GAP;
    expect(xs(rows)).toEqual([
      [
        ['功能分类科目编码', 0, 3 * W - g, 1],
        ['合计', 3 * W, 4 * W - g, 1],
      ],
      [
        ['类', 0, W - g, 2],
        ['款', W, 2 * W - g, 2],
        ['项', 2 * W, 3 * W - g, 2],
      ],
      [
        ['204', 0, W - g, 3],
        ['87267272.44', 3 * W, 4 * W - g, 3],
      ],
    ]);
  });

  it('removes hidden columns from the geometry and hidden rows from the lines', () => {
    const rows = gridRows({
      cells: [cell(1, 0, 'a'), cell(1, 1, 'hidden'), cell(1, 2, 'c'), cell(2, 0, 'gone')],
      hiddenCols: new Set([1]),
      hiddenRows: new Set([2]),
    });
    expect(xs(rows)).toEqual([
      [
        ['a', 0, 80, 1],
        ['c', 100, 180, 1],
      ],
    ]);
  });

  it('writes a merged cell whose first row is hidden on its first visible row', () => {
    const rows = gridRows({
      cells: [cell(1, 0, '项目', { rowSpan: 2, colSpan: 2 })],
      hiddenRows: new Set([1]),
    });
    expect(xs(rows)).toEqual([[['项目', 0, 180, 2]]]);
  });

  it('joins a wrapped table cell by the joining rule, splits a lone multi-line cell into lines', () => {
    const rows = gridRows({
      cells: [
        cell(1, 0, '机关事业单位基本养老保险\n缴费支出'),
        cell(1, 1, '1,839,485.00'),
        cell(2, 0, '一、项目概述\n（说明项目的总体情况）\n\n二、立项依据'),
      ],
    });
    expect(rows.map((r) => r.tokens.map((t) => t.text))).toEqual([
      ['机关事业单位基本养老保险缴费支出', '1,839,485.00'],
      ['一、项目概述'],
      ['（说明项目的总体情况）'],
      ['二、立项依据'],
    ]);
    expect(rows.map((r) => r.y)).toEqual([1, 2, 2 + 1 / 3, 2 + 2 / 3]);
  });

  it('gives empty cells no token', () => {
    expect(gridRows({ cells: [cell(1, 0, '  '), cell(1, 1, ''), cell(2, 0, 'x')] })).toHaveLength(
      1,
    );
  });
});

describe('cell text', () => {
  it('normalises, collapses spaces and drops empty lines', () => {
    expect(cellLines('  ２０２６年　预算 \r\n\r\n 表一  ')).toEqual(['2026年 预算', '表一']);
  });

  it('joins lines as parse/text/join.ts does: CJK without space, words with one, digits without', () => {
    expect(joinCellLines(['一般公共', '服务支出'])).toBe('一般公共服务支出');
    expect(joinCellLines(['Budget', 'table'])).toBe('Budget table');
    expect(joinCellLines(['1,234.', '56'])).toBe('1,234.56');
  });
});
