// Plain text in the form of the PDF-extracted seeds, so that `yusuan parse` reads it back: a line
// per heading and paragraph, a form feed per page break, and each table as its title lines, the
// 编制部门 line, header lines, the numbering line and one line per row (codes as "201 03 01",
// then names, then the amounts; a blank cell prints nothing, as in the seeds).
import type { BodyRow, DocLayout, DocTable } from './layout.js';

function headerLines(t: DocTable): string[] {
  const lines: string[] = [];
  for (let r = 0; r < t.headerRows; r++) {
    const cells = t.header.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
    if (cells.length) lines.push(cells.map((c) => c.text).join(' '));
  }
  return lines;
}

function rowLine(row: BodyRow): string {
  return row.cells
    .filter((c) => c !== null)
    .map((c) => c.text)
    .join(' ');
}

export function tableLines(t: DocTable): string[] {
  const lines: string[] = [];
  if (t.number) lines.push(t.number);
  if (t.title) lines.push(t.title);
  const dept = t.department ? `编制部门：${t.department} ` : '';
  if (dept || t.unit) lines.push(`${dept}${t.unit ? `单位：${t.unit}` : ''}`.trim());
  lines.push(...headerLines(t));
  if (t.numbering.length) lines.push(t.numbering.join(' '));
  for (const row of t.body) {
    const line = rowLine(row);
    if (line) lines.push(line);
  }
  if (t.emptyStatement) lines.push(t.emptyStatement);
  lines.push(...t.notes);
  return lines;
}

export function renderText(doc: DocLayout): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'page-break') out.push('\f');
    else if (b.kind === 'table') out.push(...tableLines(b.table));
    else out.push(b.text);
  }
  // A form feed starts the next line, as in extracted text.
  return `${out.join('\n').replace(/\n\f\n/g, '\n\f')}\n`;
}
