// Cells of a grid (a worksheet, an HTML table) → rows of tokens with column geometry, so that a
// spreadsheet or web table reaches the table parser in the shape a PDF gives: one line per visual
// row, one token per cell, x from the columns the cell spans. Column c (0-based, hidden columns
// removed) runs from c × COLUMN_WIDTH to (c + 1) × COLUMN_WIDTH − COLUMN_GAP; a merged cell spanning
// c..d gets x0 = c × W and x1 = (d + 1) × W − gap, so a header spanning three columns covers exactly
// the three value cells below it. A cell spanning several rows is written on its first visible row
// (a PDF prints such a header once, not on every row).
import type { LayoutToken } from '../model/layout.js';
import { normalizeText } from './normalize.js';

/** Width of one grid column in layout units (a PDF column is ~50–150 pt; units are arbitrary). */
export const COLUMN_WIDTH = 100;
/** Space left between neighbouring cells: two ems of 10 pt text, so cells never read as one word. */
export const COLUMN_GAP = 20;

export interface GridCell {
  /** Grid row (a sheet's row number, a table's row index); rows are read in ascending order. */
  readonly row: number;
  /** Grid column, 0-based, hidden columns included (they are removed here). */
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** Text as displayed; line breaks inside the cell are kept as "\n". */
  readonly text: string;
  /** Font size in points. */
  readonly size: number;
}

export interface Grid {
  readonly cells: readonly GridCell[];
  readonly hiddenRows?: ReadonlySet<number>;
  readonly hiddenCols?: ReadonlySet<number>;
}

export interface GridRow {
  /** The grid row the tokens stand on; a multi-line lone cell adds fractions (row + i/n). */
  readonly y: number;
  readonly tokens: LayoutToken[];
}

const ASCII_ALNUM = /[0-9A-Za-z]/;
const DIGIT = /[0-9]/;

/**
 * The separator between two pieces of a cell that a line break split: the joining rule of
 * parse/text/join.ts (ingest may not import parse): nothing between CJK, one space between ASCII
 * letters/digits unless both are digits.
 */
function joinSeparator(left: string, right: string): string {
  const a = left.charAt(left.length - 1);
  const b = right.charAt(0);
  if (!ASCII_ALNUM.test(a) || !ASCII_ALNUM.test(b)) return '';
  return DIGIT.test(a) && DIGIT.test(b) ? '' : ' ';
}

/** A cell's text lines: normalised, trimmed, spaces collapsed, empty lines dropped. */
export function cellLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r\n|[\r\n\u2028\u2029]/)) {
    const line = normalizeText(raw).replace(/\s+/g, ' ').trim();
    if (line !== '') out.push(line);
  }
  return out;
}

/** A multi-line cell as one text, its lines joined by the joining rule. */
export function joinCellLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) text += text === '' ? line : joinSeparator(text, line) + line;
  return text;
}

/** Maps grid columns to visible ordinals (hidden columns removed). */
function visibleColumns(hidden: ReadonlySet<number> | undefined): (col: number) => number {
  if (!hidden || hidden.size === 0) return (col) => col;
  const sorted = [...hidden].sort((a, b) => a - b);
  return (col) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < col) lo = mid + 1;
      else hi = mid;
    }
    return col - lo;
  };
}

/** First index in [from, from + span) not in `hidden`, or undefined when all are hidden. */
function firstVisible(
  from: number,
  span: number,
  hidden: ReadonlySet<number> | undefined,
): number | undefined {
  if (!hidden || !hidden.has(from)) return from;
  for (let i = from + 1; i < from + span; i++) if (!hidden.has(i)) return i;
  return undefined;
}

function lastVisible(
  from: number,
  span: number,
  hidden: ReadonlySet<number> | undefined,
): number | undefined {
  for (let i = from + span - 1; i >= from; i--) if (!hidden || !hidden.has(i)) return i;
  return undefined;
}

interface Placed {
  row: number;
  x0: number;
  x1: number;
  lines: string[];
  size: number;
}

/**
 * The grid's visual rows, top to bottom, cells left to right. Empty cells give no token. A cell
 * whose text has several lines is joined into one token (the joining rule), except when it is the
 * only cell of its row: then it is a block of prose (a sheet holding 编制说明 in one merged cell) and
 * each of its lines becomes a row, so headings such as "一、…" still start a line.
 */
export function gridRows(grid: Grid): GridRow[] {
  const ordinal = visibleColumns(grid.hiddenCols);
  const byRow = new Map<number, Placed[]>();
  for (const cell of grid.cells) {
    const lines = cellLines(cell.text);
    if (lines.length === 0) continue;
    const row = firstVisible(cell.row, Math.max(1, cell.rowSpan), grid.hiddenRows);
    const first = firstVisible(cell.col, Math.max(1, cell.colSpan), grid.hiddenCols);
    const last = lastVisible(cell.col, Math.max(1, cell.colSpan), grid.hiddenCols);
    if (row === undefined || first === undefined || last === undefined) continue;
    const placed: Placed = {
      row,
      x0: ordinal(first) * COLUMN_WIDTH,
      x1: (ordinal(last) + 1) * COLUMN_WIDTH - COLUMN_GAP,
      lines,
      size: cell.size,
    };
    const list = byRow.get(row);
    if (list) list.push(placed);
    else byRow.set(row, [placed]);
  }
  const out: GridRow[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = byRow.get(row)!.sort((a, b) => a.x0 - b.x0);
    const token = (c: Placed, text: string, y: number): LayoutToken => ({
      text,
      x0: c.x0,
      x1: c.x1,
      y,
      size: c.size,
    });
    const only = cells.length === 1 ? cells[0]! : undefined;
    if (only && only.lines.length > 1) {
      only.lines.forEach((line, i) => {
        const y = row + i / only.lines.length;
        out.push({ y, tokens: [token(only, line, y)] });
      });
      continue;
    }
    out.push({ y: row, tokens: cells.map((c) => token(c, joinCellLines(c.lines), row)) });
  }
  return out;
}
