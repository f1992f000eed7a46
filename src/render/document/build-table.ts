// One table of a Disclosure as a DocTable: code, name and amount columns, a header grid with
// merged cells like the official templates, and body rows. The table's spec (through the
// profile's layout) says how rows are keyed and which columns group under a common heading.
import { formatAmount, type Amount } from '../../model/money.js';
import { profileById } from '../../model/profiles/index.js';
import { specOf, type ColumnNode, type RowKey, type TableLayout } from '../../model/specs/index.js';
import type { Table, TableColumn, TableRow } from '../../model/table.js';
import type { BodyCell, BodyRow, DocColumn, DocTable, HeaderCell } from './layout.js';

/** More amount columns than this print on a landscape page. */
const PORTRAIT_MAX_AMOUNTS = 6;

const CODE_PARTS: Readonly<Record<string, readonly string[]>> = {
  function: ['类', '款', '项'],
  'unit-function-project': ['类', '款', '项'],
  economic: ['类', '款'],
};

/** The layout a table was printed in: the profile's choice, else the best column match. */
export function tableLayout(table: Table, profileId: string): TableLayout {
  const spec = specOf(table.kind);
  const chosen = profileById(profileId)?.tables.find((t) => t.kind === table.kind)?.layout;
  const byProfile = spec.layouts.find((l) => l.id === chosen);
  if (byProfile) return byProfile;
  const ids = new Set(table.columns.map((c) => c.id));
  let best = spec.layouts[0] as TableLayout;
  let bestScore = -Infinity;
  for (const layout of spec.layouts) {
    const cols = layout.blocks.flatMap((b) => flatIds(b.columns));
    const score = cols.filter((c) => ids.has(c)).length - cols.filter((c) => !ids.has(c)).length;
    if (score > bestScore) [best, bestScore] = [layout, score];
  }
  return best;
}

function flatIds(nodes: readonly ColumnNode[]): string[] {
  return nodes.flatMap((n) => [n.id, ...flatIds(n.children ?? [])]);
}

/** Amount columns narrow a little on wide tables, leaving room for names. */
function amountWeight(count: number): number {
  return count > PORTRAIT_MAX_AMOUNTS ? 2 : 3;
}

function amountCell(value: Amount | undefined): BodyCell | null {
  return value === undefined ? null : { text: formatAmount(value), amount: value };
}

function textCell(text: string | undefined): BodyCell | null {
  return text ? { text } : null;
}

/** Code digits split as printed: 2010301 → 201 03 01. */
function codeParts(code: string | undefined, parts: number): (BodyCell | null)[] {
  const out: (BodyCell | null)[] = new Array<BodyCell | null>(parts).fill(null);
  if (!code) return out;
  const pieces = [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter(Boolean);
  pieces.slice(0, parts).forEach((p, i) => (out[i] = { text: p }));
  return out;
}

/**
 * The row's amounts in column order. A number the parser could not place goes to its first free
 * candidate column: where the source printed it, in the order it printed it.
 */
function amountCells(row: TableRow, columns: readonly TableColumn[]): (BodyCell | null)[] {
  const cells = columns.map((c) => amountCell(row.values[c.id]));
  for (const u of row.unplaced ?? []) {
    const free = u.candidates.map((id) => columns.findIndex((c) => c.id === id));
    const at = free.find((i) => i >= 0 && cells[i] === null);
    if (at !== undefined) cells[at] = amountCell(u.value);
  }
  return cells;
}

function indentOf(row: TableRow): number {
  if (row.kind === 'project') return 3;
  if (row.level === '款') return 1;
  if (row.level === '项') return 2;
  return 0;
}

function rowKindOf(row: TableRow): BodyRow['kind'] {
  return row.kind;
}

interface Grid {
  columns: DocColumn[];
  header: HeaderCell[];
  headerRows: number;
  numbering: string[];
  body: BodyRow[];
}

/** Header cells for the amount columns: a banner over them all, groups, then labels. */
function amountHeader(
  columns: readonly TableColumn[],
  layoutColumns: readonly ColumnNode[],
  firstCol: number,
  banner: string,
): { cells: HeaderCell[]; rows: number } {
  const ids = new Set(columns.map((c) => c.id));
  // A spec column not printed whose children are printed heads them (基本支出 over 人员/公用经费).
  const groups: { label: string; from: number; to: number }[] = [];
  const walk = (nodes: readonly ColumnNode[]): void => {
    for (const n of nodes) {
      const kids = flatIds(n.children ?? []).filter((id) => ids.has(id));
      if (!ids.has(n.id) && kids.length > 1) {
        const idx = kids.map((id) => columns.findIndex((c) => c.id === id)).sort((a, b) => a - b);
        groups.push({ label: n.label, from: idx[0]!, to: idx[idx.length - 1]! });
      }
      walk(n.children ?? []);
    }
  };
  walk(layoutColumns);
  const cells: HeaderCell[] = [
    { text: banner, row: 0, col: firstCol, rowSpan: 1, colSpan: columns.length },
  ];
  const rows = groups.length ? 3 : 2;
  for (const g of groups)
    cells.push({
      text: g.label,
      row: 1,
      col: firstCol + g.from,
      rowSpan: 1,
      colSpan: g.to - g.from + 1,
    });
  columns.forEach((c, i) => {
    const grouped = groups.some((g) => i >= g.from && i <= g.to);
    const row = grouped ? 2 : 1;
    cells.push({ text: c.label, row, col: firstCol + i, rowSpan: rows - row, colSpan: 1 });
  });
  return { cells, rows };
}

function bannerOf(table: Table): string {
  if (table.kind === 'revenue') return '收入预算';
  if (table.kind === 'three-public') return '资金来源';
  if (table.kind === 'carryover') return '结转结余';
  return '支出预算';
}

/** Tables keyed by code (类/款/项 columns), by unit and project, or by item. */
function oneSidedGrid(table: Table, rowKey: RowKey, layoutColumns: readonly ColumnNode[]): Grid {
  const parts = CODE_PARTS[rowKey] ?? [];
  const withProject = rowKey === 'unit-function-project';
  const economic = rowKey === 'economic';
  const lead: DocColumn[] = [
    ...parts.map(() => ({ role: 'code' as const, weight: 1 })),
    { role: 'name', weight: withProject ? 5 : 7 },
    ...(withProject ? [{ role: 'name' as const, weight: 7 }] : []),
  ];
  const amounts = amountHeader(table.columns, layoutColumns, lead.length, bannerOf(table));
  const rows = amounts.rows;
  const header: HeaderCell[] = [];
  const family = economic ? '经济分类科目' : '功能分类科目';
  if (parts.length) {
    header.push({
      text: `${family}编码`,
      row: 0,
      col: 0,
      rowSpan: rows - 1,
      colSpan: parts.length,
    });
    parts.forEach((p, i) =>
      header.push({ text: p, row: rows - 1, col: i, rowSpan: 1, colSpan: 1 }),
    );
  }
  const nameLabel = parts.length
    ? `${family}名称`
    : table.kind === 'three-public'
      ? '项目'
      : '单位名称/项目名称';
  header.push({ text: nameLabel, row: 0, col: parts.length, rowSpan: rows, colSpan: 1 });
  if (withProject)
    header.push({ text: '项目名称', row: 0, col: parts.length + 1, rowSpan: rows, colSpan: 1 });
  header.push(...amounts.cells);
  const body: BodyRow[] = table.rows.map((row) => {
    const isUnitOrTotal = row.kind === 'unit' || row.kind === 'total';
    const name = withProject && row.kind === 'project' ? row.name : row.name;
    const lead: (BodyCell | null)[] = [
      ...codeParts(isUnitOrTotal ? undefined : row.code, parts.length),
      textCell(name),
      ...(withProject ? [textCell(row.kind === 'project' ? row.project : undefined)] : []),
    ];
    return {
      kind: rowKindOf(row),
      indent: indentOf(row),
      cells: [...lead, ...amountCells(row, table.columns)],
    };
  });
  return {
    columns: [
      ...lead,
      ...table.columns.map(() => ({
        role: 'amount' as const,
        weight: amountWeight(table.columns.length),
      })),
    ],
    header,
    headerRows: rows,
    numbering: [...lead.map(() => '※'), ...table.columns.map((_, i) => String(i + 1))],
    body,
  };
}

/** 收入 | 支出 side by side: 收入 items with their amount, 支出 类 code, name and amounts. */
function twoSidedGrid(table: Table): Grid {
  const income = table.columns.filter((c) => c.block === 'income');
  const expenditure = table.columns.filter((c) => c.block === 'expenditure');
  const incomeRows = table.rows.filter((r) => r.block === 'income');
  const expenditureRows = table.rows.filter((r) => r.block === 'expenditure');
  const incomeWidth = 1 + income.length;
  const columns: DocColumn[] = [
    { role: 'name', weight: 7 },
    ...income.map(() => ({ role: 'amount' as const, weight: 3 })),
    { role: 'code', weight: 1 },
    { role: 'name', weight: 6 },
    ...expenditure.map(() => ({ role: 'amount' as const, weight: 3 })),
  ];
  const header: HeaderCell[] = [
    { text: '收入', row: 0, col: 0, rowSpan: 1, colSpan: incomeWidth },
    { text: '支出', row: 0, col: incomeWidth, rowSpan: 1, colSpan: 2 + expenditure.length },
    { text: '项目', row: 1, col: 0, rowSpan: 1, colSpan: 1 },
    ...income.map((c, i) => ({ text: c.label, row: 1, col: 1 + i, rowSpan: 1, colSpan: 1 })),
    { text: '功能分类', row: 1, col: incomeWidth, rowSpan: 1, colSpan: 2 },
    ...expenditure.map((c, i) => ({
      text: c.label,
      row: 1,
      col: incomeWidth + 2 + i,
      rowSpan: 1,
      colSpan: 1,
    })),
  ];
  // Totals close both sides on one line, after every other row.
  const incomeTotal = incomeRows.filter((r) => r.kind === 'total');
  const expenditureTotal = expenditureRows.filter((r) => r.kind === 'total');
  const incomeLines = incomeRows.filter((r) => r.kind !== 'total');
  const expenditureLines = expenditureRows.filter((r) => r.kind !== 'total');
  const body: BodyRow[] = [];
  const line = (i?: TableRow, e?: TableRow): BodyRow => ({
    kind: i?.kind === 'total' || e?.kind === 'total' ? 'total' : 'item',
    indent: 0,
    cells: [
      textCell(i?.name),
      ...(i ? amountCells(i, income) : income.map(() => null)),
      textCell(e?.kind === 'total' ? undefined : e?.code),
      textCell(e?.name),
      ...(e ? amountCells(e, expenditure) : expenditure.map(() => null)),
    ],
  });
  const n = Math.max(incomeLines.length, expenditureLines.length);
  for (let k = 0; k < n; k++) body.push(line(incomeLines[k], expenditureLines[k]));
  const totals = Math.max(incomeTotal.length, expenditureTotal.length);
  for (let k = 0; k < totals; k++) body.push(line(incomeTotal[k], expenditureTotal[k]));
  return { columns, header, headerRows: 2, numbering: [], body };
}

/**
 * Items printed as columns (新疆 2021 三公): a label column, one header cell per item, the
 * numbering row and one row of values. The numbering row ends the header even when the table is
 * published empty (no row of numbers follows).
 */
function transposedGrid(table: Table, layout: TableLayout): Grid {
  const items = layout.blocks[0]?.items ?? [];
  const column = table.columns[0]?.id ?? 'total';
  const values = items.map((item) => table.rows.find((r) => r.item === item.id)?.values[column]);
  return {
    columns: [
      { role: 'name', weight: 3 },
      ...items.map(() => ({ role: 'amount' as const, weight: 3 })),
    ],
    header: [
      { text: '项目', row: 0, col: 0, rowSpan: 1, colSpan: 1 },
      ...items.map((item, i) => ({ text: item.label, row: 0, col: i + 1, rowSpan: 1, colSpan: 1 })),
    ],
    headerRows: 1,
    numbering: ['※', ...items.map((_, i) => String(i + 1))],
    body: [{ kind: 'item', indent: 0, cells: [{ text: '预算数' }, ...values.map(amountCell)] }],
  };
}

export function buildTable(table: Table, profileId: string): DocTable {
  const layout = tableLayout(table, profileId);
  const blocks = layout.blocks;
  let grid: Grid;
  if (layout.orientation === 'items-as-columns') grid = transposedGrid(table, layout);
  else if (blocks.length > 1) grid = twoSidedGrid(table);
  else grid = oneSidedGrid(table, blocks[0]?.rowKey ?? 'function', blocks[0]?.columns ?? []);
  const amountColumns = grid.columns.filter((c) => c.role === 'amount').length;
  return {
    ...(table.number ? { number: table.number } : {}),
    title: table.title,
    ...(table.department ? { department: table.department } : {}),
    unit: table.unit,
    ...grid,
    // A table published empty prints its statement; rows it still lists (a composed 三公 table of
    // zeros) print too, before it.
    ...(table.empty ? { emptyStatement: table.empty.statement } : {}),
    notes: table.notes ?? [],
    wide: amountColumns > PORTRAIT_MAX_AMOUNTS,
  };
}
