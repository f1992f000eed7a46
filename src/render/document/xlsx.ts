// The document as a workbook (exceljs), sheets in reading order: 概况 (title page to 第一部分),
// one sheet per table named by its number and title, then 情况说明 (第三部分 on). Table sheets hold
// the title, with the title, 编制部门/单位 line, the header
// grid as merged cells and amounts as numbers formatted #,##0.00.
import ExcelJS from 'exceljs';
import type { DocLayout, DocTable } from './layout.js';

const AMOUNT_FORMAT = '#,##0.00';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Sheet names: at most 31 characters, none of []:*?/\ */
const SHEET_NAME_MAX = 31;

function sheetName(t: DocTable, used: Set<string>): string {
  let base = [t.number, t.title]
    .filter(Boolean)
    .join(' ')
    .replace(/[[\]:*?/\\]/g, '');
  base = base.slice(0, SHEET_NAME_MAX);
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, SHEET_NAME_MAX - 3)}-${i}`;
  used.add(name);
  return name;
}

function addTable(wb: ExcelJS.Workbook, t: DocTable, name: string): void {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: t.wide ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const n = t.columns.length;
  ws.columns = t.columns.map((c) => ({
    width: c.role === 'code' ? 6 : c.role === 'name' ? 30 : 14,
  }));
  if (t.number) ws.addRow([t.number]);
  const title = ws.addRow([t.title]);
  ws.mergeCells(title.number, 1, title.number, n);
  title.getCell(1).alignment = { horizontal: 'center' };
  title.getCell(1).font = { bold: true, size: 14 };
  if (t.unit) {
    const meta = ws.addRow([]);
    meta.getCell(1).value = t.department ? `编制部门：${t.department}` : '';
    meta.getCell(n).value = `单位：${t.unit}`;
    meta.getCell(n).alignment = { horizontal: 'right' };
  }
  const top = ws.rowCount + 1;
  for (let r = 0; r < t.headerRows; r++) ws.addRow([]);
  for (const c of t.header) {
    const row = top + c.row;
    const col = c.col + 1;
    const cell = ws.getCell(row, col);
    cell.value = c.text;
    if (c.rowSpan > 1 || c.colSpan > 1)
      ws.mergeCells(row, col, row + c.rowSpan - 1, col + c.colSpan - 1);
  }
  for (let r = top; r < top + t.headerRows; r++)
    for (let c = 1; c <= n; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  if (t.numbering.length) ws.addRow(t.numbering).eachCell((c) => (c.border = BORDER));
  for (const body of t.body) {
    const row = ws.addRow(body.cells.map((c) => (c ? (c.amount ?? c.text) : null)));
    body.cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.border = BORDER;
      if (c?.amount !== undefined) cell.numFmt = AMOUNT_FORMAT;
      if (t.columns[i]?.role === 'name' && body.indent) cell.alignment = { indent: body.indent };
    });
    if (body.kind === 'total' || body.kind === 'unit') row.font = { bold: true };
  }
  if (t.emptyStatement) {
    const row = ws.addRow([t.emptyStatement]);
    ws.mergeCells(row.number, 1, row.number, n);
  }
  for (const note of t.notes) ws.addRow([note]);
}

export async function renderXlsx(doc: DocLayout): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'yusuan';
  const used = new Set<string>();
  const proseSheet = (name: string): ExcelJS.Worksheet => {
    const ws = wb.addWorksheet(name);
    ws.getColumn(1).width = 120;
    used.add(name);
    return ws;
  };
  let prose = proseSheet('概况');
  let afterTable = false;
  for (const b of doc.blocks) {
    if (b.kind !== 'table' && b.kind !== 'page-break' && afterTable) {
      prose = proseSheet(used.has('情况说明') ? `说明${used.size}` : '情况说明');
      afterTable = false;
    }
    if (b.kind === 'table') {
      afterTable = !b.table.performance;
      // Tables of the 公开表 part get a sheet each; 绩效目标表 stay with the prose they belong to.
      if (!b.table.performance) addTable(wb, b.table, sheetName(b.table, used));
      else
        for (const r of b.table.body) prose.addRow([r.cells.map((c) => c?.text ?? '').join(' ')]);
    } else if (b.kind !== 'page-break') {
      const row = prose.addRow([b.text]);
      row.getCell(1).alignment = { wrapText: true };
      if (b.kind === 'heading') row.font = { bold: true };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
