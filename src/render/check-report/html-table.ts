// A disclosure table drawn as the document prints it (codes, names, amounts right-aligned with
// thousands separators; two-sided tables with 收入 beside 支出), with the cells a finding is about
// highlighted and numbered, and the findings listed below.
import type { Table, TableColumn, TableRow } from '../../model/table.js';
import type { NumberedFinding, TableGroup } from './groups.js';
import { rowIndexOf } from './locate.js';
import { anchorId, esc, escAttr } from './html-escape.js';
import { findingList, findingTitle, marker, type HtmlContext } from './html-findings.js';
import { columnLabel, OUTCOME_ORDER, safeAmount, tableTitle } from './labels.js';

/** Findings marked on a table: by row index, then by column id ('' = the row as a whole). */
type Marks = Map<number, Map<string, NumberedFinding[]>>;

function marksOf(table: Table, list: readonly NumberedFinding[]): Marks {
  const marks: Marks = new Map();
  for (const nf of list) {
    if (nf.finding.outcome === 'pass') continue;
    const i = rowIndexOf(table, nf.finding.location);
    if (i === undefined) continue;
    const column = nf.finding.location.column ?? '';
    const byColumn = marks.get(i) ?? new Map<string, NumberedFinding[]>();
    marks.set(i, byColumn);
    byColumn.set(column, [...(byColumn.get(column) ?? []), nf]);
  }
  return marks;
}

function worst(list: readonly NumberedFinding[]): string {
  const outcomes = new Set(list.map((x) => x.finding.outcome));
  return OUTCOME_ORDER.find((o) => outcomes.has(o)) ?? 'pass';
}

/** A cell: its text, and when findings are about it, their colour, hover text and markers. */
function cell(
  ctx: HtmlContext,
  cls: string,
  text: string,
  found: readonly NumberedFinding[] | undefined,
): string {
  if (!found?.length) return `<td class="${cls}">${esc(text)}</td>`;
  const title = found.map((nf) => findingTitle(ctx, nf)).join('\n\n');
  return `<td class="${cls} hl o-${worst(found)}" title="${escAttr(title)}">${esc(text)}${found.map((nf) => marker(ctx, nf)).join('')}</td>`;
}

function nameClass(row: TableRow): string {
  if (row.kind === 'project') return 'name lvl-project';
  return row.level ? `name lvl-${row.level}` : 'name';
}

function nameText(row: TableRow): string {
  return row.kind === 'project' && row.project ? row.project : row.name;
}

function amountCells(
  ctx: HtmlContext,
  row: TableRow,
  columns: readonly TableColumn[],
  found: Map<string, NumberedFinding[]> | undefined,
): string {
  return columns
    .map((c) => {
      const v = row.values[c.id];
      return cell(ctx, 'num', v === undefined ? '' : safeAmount(v), found?.get(c.id));
    })
    .join('');
}

/** Numbers the parse could not place in a column: shown with the columns they may belong to. */
function unplacedCell(table: Table, rows: readonly (TableRow | undefined)[]): string {
  const list = rows.flatMap((r) => r?.unplaced ?? []);
  if (!list.length) return '<td></td>';
  const items = list.map((u) => {
    const labels = u.candidates.map((c) => columnLabel(table.kind, c, table));
    const span = labels.length > 2 ? `${labels[0]} … ${labels.at(-1)}` : labels.join('、');
    return `<span title="${escAttr(labels.join('\n'))}">${esc(safeAmount(u.value))} → ${esc(span)}</span>`;
  });
  return `<td class="unplaced">${items.join('<br>')}</td>`;
}

function rowHtml(
  ctx: HtmlContext,
  table: Table,
  index: number,
  columns: readonly TableColumn[],
  marks: Marks,
  withCode: boolean,
): string {
  const row = table.rows[index]!;
  const found = marks.get(index);
  const rowFindings = [
    ...(found?.get('') ?? []),
    ...[...(found?.entries() ?? [])]
      .filter(([c]) => c !== '' && !columns.some((x) => x.id === c))
      .flatMap(([, l]) => l),
  ];
  return (
    (withCode ? `<td class="code">${esc(row.code ?? '')}</td>` : '') +
    cell(ctx, nameClass(row), nameText(row), rowFindings) +
    amountCells(ctx, row, columns, found)
  );
}

function oneSided(ctx: HtmlContext, table: Table, marks: Marks, unplaced: boolean): string {
  const head = [
    '编码',
    '名称',
    ...table.columns.map((c) => c.label),
    ...(unplaced ? ['未定列'] : []),
  ];
  const body = table.rows.map((row, i) => {
    const cls = row.kind === 'total' || row.kind === 'unit' ? ` class="${row.kind}"` : '';
    const extra = unplaced ? unplacedCell(table, [row]) : '';
    return `<tr${cls}>${rowHtml(ctx, table, i, table.columns, marks, true)}${extra}</tr>`;
  });
  return tableHtml(`<tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`, body);
}

/** 收支总体-style tables: the 收入 block printed beside the 支出 block, totals on the last line. */
function twoSided(ctx: HtmlContext, table: Table, marks: Marks, unplaced: boolean): string {
  const side = (block: 'income' | 'expenditure') => ({
    columns: table.columns.filter((c) => c.block === block),
    rows: table.rows.flatMap((r, i) => (r.block === block && r.kind !== 'total' ? [i] : [])),
    total: table.rows.findIndex((r) => r.block === block && r.kind === 'total'),
  });
  const income = side('income');
  const expenditure = side('expenditure');
  const loose = table.rows.flatMap((r, i) => (r.block ? [] : [i]));
  const blank = (n: number) => '<td></td>'.repeat(n);
  const half = (s: ReturnType<typeof side>, i: number | undefined, code: boolean) =>
    i === undefined || i < 0
      ? blank(s.columns.length + (code ? 2 : 1))
      : rowHtml(ctx, table, i, s.columns, marks, code);
  const lines: string[] = [];
  const n = Math.max(income.rows.length, expenditure.rows.length);
  const extra = (...is: (number | undefined)[]) =>
    unplaced
      ? unplacedCell(
          table,
          is.map((i) => (i === undefined ? undefined : table.rows[i])),
        )
      : '';
  for (let k = 0; k < n; k++) {
    const a = income.rows[k];
    const b = expenditure.rows[k];
    lines.push(`<tr>${half(income, a, false)}${half(expenditure, b, true)}${extra(a, b)}</tr>`);
  }
  lines.push(
    `<tr class="total">${half(income, income.total, false)}${half(expenditure, expenditure.total, true)}${extra(income.total, expenditure.total)}</tr>`,
  );
  // Rows of neither block (not expected in a two-sided table) are still shown, below.
  for (const i of loose)
    lines.push(`<tr>${rowHtml(ctx, table, i, table.columns, marks, true)}${extra(i)}</tr>`);
  const head =
    `<tr><th colspan="${income.columns.length + 1}">收入</th><th colspan="${expenditure.columns.length + 2}">支出</th>${unplaced ? '<th rowspan="2">未定列</th>' : ''}</tr>` +
    `<tr><th>项目</th>${income.columns.map((c) => `<th>${esc(c.label)}</th>`).join('')}<th>编码</th><th>功能分类</th>${expenditure.columns.map((c) => `<th>${esc(c.label)}</th>`).join('')}</tr>`;
  return tableHtml(head, lines);
}

function tableHtml(head: string, body: readonly string[]): string {
  return `<div class="wrap"><table class="doc"><thead>${head}</thead><tbody>\n${body.join('\n')}\n</tbody></table></div>`;
}

/** A table of the document with its findings; or, for a group whose table is absent, the list. */
export function renderTableSection(
  ctx: HtmlContext,
  index: number,
  table: Table | undefined,
  group: TableGroup | undefined,
): string {
  const findings = (group?.findings ?? []).filter(
    (nf) => ctx.passes || nf.finding.outcome !== 'pass',
  );
  const title = table ? tableTitle(table.kind, table.number, table) : group!.title;
  const id = anchorId('e' + ctx.entry, 't' + index);
  const parts = [
    `<section id="${id}"><h3>${esc(title)}${table ? ` <small>单位：${esc(table.unit)}</small>` : ''}</h3>`,
  ];
  if (table?.department) parts.push(`<p class="muted">编制部门：${esc(table.department)}</p>`);
  if (!table)
    parts.push('<p class="muted">本文件中没有这张表 (the document has no such table)</p>');
  else if (table.empty) parts.push(`<p>${esc(table.empty.statement)}</p>`);
  else if (!table.rows.length) parts.push('<p class="muted">（未读到数据行 no rows read）</p>');
  else {
    const marks = marksOf(table, findings);
    const unplaced = table.rows.some((r) => r.unplaced?.length);
    const twoSide = table.columns.some((c) => c.block);
    parts.push(
      twoSide ? twoSided(ctx, table, marks, unplaced) : oneSided(ctx, table, marks, unplaced),
    );
  }
  for (const note of table?.notes ?? []) parts.push(`<p class="muted">${esc(note)}</p>`);
  parts.push(findingList(ctx, findings, table), '</section>');
  return parts.join('\n');
}
