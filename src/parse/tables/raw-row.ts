// A table row as read from the lines, before its numbers are placed in columns.
import type { Cents } from '../../model/money.js';
import type { CodeLevel, RowKind } from '../../model/table.js';

export interface RawRow {
  kind: RowKind;
  block?: 'income' | 'expenditure';
  code?: string;
  level?: CodeLevel;
  /** Printed label: code name, unit name, item label, 总计/合计. */
  name: string;
  item?: string;
  unit?: string;
  project?: string;
  /** The printed numbers in printed order. */
  amounts: Cents[];
  /** Where each number is printed (x centre), when the input has positions (PDF, workbooks). */
  amountX?: number[];
  line: number;
  page?: number;
}

/** Where a row is printed, for its table row or a warning about it. */
export function rowAt(row: RawRow): { line: number; page?: number } {
  return row.page ? { line: row.line, page: row.page } : { line: row.line };
}

/** Text fragments of a wrapped cell joined (the joining rule of parse/text/join.ts). */
export { joinTexts as joinFragments } from '../text/prose.js';

export function levelOf(code: string): CodeLevel {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}
