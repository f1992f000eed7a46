// A coded table printed as two halves side by side, each half one column group (决算 基本支出表:
// 人员经费 lines 301/303 on the left, 公用经费 lines 302/310 on the right, one 决算数 column each,
// closed by 人员经费合计 | 公用经费合计). Each half is read as a coded table of its own; a line's one
// number is its root total and its half's column (the other half's column is blank), and the
// two closing sums make the total row, whose root total is their sum (基本支出 = 人员经费 + 公用
// 经费, not printed as such). Every cell is fixed here; the solver only checks the arithmetic.
import { matchKey } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import { sumCents, type Cents } from '../../model/money.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { RawRow } from './raw-row.js';
import { splitHalves } from './side-by-side.js';
import { amountOf } from './tokens.js';

/** A cell fixed by the layout, by column id. */
export interface FixedById {
  readonly row: number;
  readonly column: string;
  readonly value: Cents;
}

export interface CodedRead {
  rows: RawRow[];
  notes: string[];
  warnings: ParseWarning[];
}

const GROUP_TOTAL = /合计$/;

/**
 * The half's closing sum ("人员经费合计 2,152.26"; blank in a template), if this half-line is one:
 * its value, null when blank.
 */
function groupTotal(half: LayoutLine): Cents | null | undefined {
  const tokens = half.tokens ?? [];
  const labels = tokens.filter((t) => amountOf(t.text.trim()) === undefined);
  const amounts = tokens.map((t) => amountOf(t.text.trim())).filter((c) => c !== undefined);
  const label = matchKey(labels.map((t) => t.text).join(''));
  if (!GROUP_TOTAL.test(label) || /^\d/.test(label) || amounts.length > 1) return undefined;
  return amounts[0] ?? null;
}

export function readCodedHalves(
  data: readonly LayoutLine[],
  boundary: number,
  columns: { readonly root: string; readonly halves: readonly [string, string] },
  read: (lines: readonly LayoutLine[]) => CodedRead,
): CodedRead & { fixed: FixedById[] } {
  const halves: [LayoutLine[], LayoutLine[]] = [[], []];
  const totals: [Cents | undefined, Cents | undefined] = [undefined, undefined];
  let totalLine: LayoutLine | undefined;
  for (const line of data) {
    const { left, right } = splitHalves(line, boundary);
    [left, right].forEach((half, side) => {
      if (!half) return;
      const sum = groupTotal(half);
      if (sum === undefined) halves[side]!.push(half);
      else if (sum !== null) {
        totals[side] = sum;
        totalLine = line;
      }
    });
  }

  const out: CodedRead & { fixed: FixedById[] } = { rows: [], notes: [], warnings: [], fixed: [] };
  halves.forEach((lines, side) => {
    const r = read(lines);
    const own = columns.halves[side]!;
    const other = columns.halves[1 - side]!;
    for (const row of r.rows) {
      const index = out.rows.length;
      if (row.amounts.length === 1) {
        const value = row.amounts[0]!;
        out.rows.push({ ...row, amounts: [value, value] });
        out.fixed.push(
          { row: index, column: columns.root, value },
          { row: index, column: own, value },
          { row: index, column: other, value: 0 },
        );
      } else out.rows.push(row);
    }
    out.notes.push(...r.notes);
    out.warnings.push(...r.warnings);
  });

  if (totalLine && (totals[0] !== undefined || totals[1] !== undefined)) {
    const parts = totals.map((t) => t ?? 0);
    const sum = sumCents(parts);
    const index = out.rows.length;
    out.rows.push({
      kind: 'total',
      name: '合计',
      amounts: [sum, ...totals.filter((t): t is Cents => t !== undefined)],
      line: totalLine.line,
      ...(totalLine.page ? { page: totalLine.page } : {}),
    });
    out.fixed.push({ row: index, column: columns.root, value: sum });
    columns.halves.forEach((column, side) =>
      out.fixed.push({ row: index, column, value: parts[side]! }),
    );
  }
  return out;
}
