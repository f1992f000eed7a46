import { describe, expect, it } from 'vitest';
import { parseAmountText } from '../../model/money.js';
import { placements, type ColumnSum } from './placement.js';
import { SumList, solveSums, type SolverRow } from './solver.js';

const SUMS: ColumnSum[] = [{ total: 0, parts: [1, 2] }]; // 合计 = 基本 + 项目
/** values[parent] = Σ values[children] in each of `columns` columns. */
function rowSums(parent: number, children: number[], columns: number): SumList {
  const sums = new SumList();
  sums.rowSums(parent, children, columns);
  return sums;
}
function row(...texts: string[]): SolverRow {
  const amounts = texts.map((t) => parseAmountText(t)!);
  return { amounts, candidates: placements(amounts, 3, SUMS).placements, relaxed: false };
}

describe('solve', () => {
  it('decides 基本 vs 项目 of two-number rows by the column totals (seed 000 表3 pattern)', () => {
    // total 10 = 7 basic + 3 project; class A has both; class B "3 3" must be project since basic
    // is already full: 7 (A) + 3 would exceed the basic total 7.
    const rows = [row('10', '7', '3'), row('7', '7'), row('3', '3')];
    const sums = rowSums(0, [1, 2], 3);
    const result = solveSums(rows, sums);
    expect(result.kept[1]!.map((k) => rows[1]!.candidates[k])).toEqual([[0, 1]]);
    expect(result.kept[2]!.map((k) => rows[2]!.candidates[k])).toEqual([[0, 2]]);
  });

  it('keeps every placement when the arithmetic cannot decide', () => {
    const rows = [row('10', '10'), row('10', '10')];
    const result = solveSums(rows, rowSums(0, [1], 3));
    expect(result.kept[0]).toHaveLength(2);
    expect(result.kept[1]).toHaveLength(2);
  });

  it('uses a cell fixed by another table', () => {
    const rows = [row('10', '10')];
    const result = solveSums(rows, new SumList(), [{ row: 0, column: 2, value: 1000 }]);
    expect(result.kept[0]!.map((k) => rows[0]!.candidates[k])).toEqual([[0, 2]]);
  });

  it('ignores a fixed cell that no placement could satisfy (evidence, not a command)', () => {
    const rows = [row('10', '10')];
    const result = solveSums(rows, new SumList(), [{ row: 0, column: 2, value: 999 }]);
    expect(result.kept[0]).toHaveLength(2);
  });
});
