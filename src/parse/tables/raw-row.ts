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
  line: number;
  page?: number;
}

/**
 * Join text fragments of a wrapped cell: lines break anywhere in CJK text, so fragments join
 * without a space unless both sides are ASCII letters or digits.
 */
export function joinFragments(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    if (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(p)) out += ' ';
    out += p;
  }
  return out;
}

export function levelOf(code: string): CodeLevel {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}
