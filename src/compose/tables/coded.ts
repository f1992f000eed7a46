// Tables keyed by 功能分类 (收入总体, 支出总体, 一般公共预算支出, 政府性基金, 国有资本经营) or by 经济分类
// (一般公共预算基本支出): a total row and 类/款/项 subtotals, each cell rounded on its own.
import type { TableRow } from '../../model/table.js';
import type { ComposeContext, Line } from '../lines.js';
import { Cells, codePath, codeRow, type ColumnsOf } from './cells.js';
import type { TableStyle } from './frame.js';

const TOTAL = '#total';

/** Rows of a 功能分类 table over the lines `columnsOf` counts. */
export function functionRows(
  ctx: ComposeContext,
  style: TableStyle,
  columnsOf: ColumnsOf,
): TableRow[] {
  const cells = new Cells();
  const used = new Set(ctx.lines.filter((l) => columnsOf(l).length > 0).map((l) => l.unit));
  // Seed 004 (one unit) heads its codes with the unit's row; with several units the codes are
  // printed once for the department (a 类 row per unit would restate the class several times).
  const unitRows = style.unitRows && used.size === 1;
  for (const l of ctx.lines) {
    const cols = columnsOf(l);
    if (cols.length === 0) continue;
    cells.add(TOTAL, cols, l.fen);
    if (unitRows) cells.add(`unit:${l.unit}`, cols, l.fen);
    for (const code of codePath(l.functionCode)) {
      cells.add(unitRows ? `${l.unit}|${code}` : code, cols, l.fen);
    }
  }
  const total: TableRow = {
    kind: 'total',
    name: style.totalName,
    values: cells.values(TOTAL, ctx.unit),
  };
  const rows: TableRow[] = [];
  if (unitRows) {
    for (const unit of ctx.units) {
      if (!cells.has(`unit:${unit}`)) continue;
      rows.push({ kind: 'unit', name: unit, values: cells.values(`unit:${unit}`, ctx.unit) });
      const codes = cells
        .keys()
        .filter((k) => k.startsWith(`${unit}|`))
        .map((k) => k.slice(unit.length + 1))
        .sort();
      for (const code of codes)
        rows.push(
          codeRow(code, ctx.codeName('function', code), cells.values(`${unit}|${code}`, ctx.unit)),
        );
    }
  } else {
    const codes = cells
      .keys()
      .filter((k) => k !== TOTAL)
      .sort();
    for (const code of codes)
      rows.push(codeRow(code, ctx.codeName('function', code), cells.values(code, ctx.unit)));
  }
  if (rows.length === 0) return [];
  return style.totalFirst ? [total, ...rows] : [...rows, total];
}

/** Rows of the 一般公共预算基本支出 table: 经济分类 类 and 款, 人员经费 / 公用经费 columns. */
export function economicRows(
  ctx: ComposeContext,
  style: TableStyle,
  select: (l: Line) => boolean,
): TableRow[] {
  const cells = new Cells();
  for (const l of ctx.lines) {
    if (!select(l) || !l.economicCode) continue;
    const cols = ['total', l.type === '人员经费' ? 'personnel' : 'public-use'];
    cells.add(TOTAL, cols, l.fen);
    cells.add(l.economicCode.slice(0, 3), cols, l.fen);
    cells.add(l.economicCode, cols, l.fen);
  }
  const codes = cells
    .keys()
    .filter((k) => k !== TOTAL)
    .sort();
  if (codes.length === 0) return [];
  const rows = codes.map((code) =>
    codeRow(code, ctx.codeName('economic', code), cells.values(code, ctx.unit)),
  );
  const total: TableRow = {
    kind: 'total',
    name: style.totalName,
    values: cells.values(TOTAL, ctx.unit),
  };
  return style.totalFirst ? [total, ...rows] : [...rows, total];
}
