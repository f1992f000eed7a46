// The document as one self-contained, print-ready HTML page: inline CSS, no scripts, every text
// escaped. Each table starts a page; wide tables get a landscape page (named @page).
import { esc } from '../check-report/html-escape.js';
import { DOCUMENT_CSS } from './html-style.js';
import type { BodyRow, DocBlock, DocLayout, DocTable } from './layout.js';
import { nameSpans } from './spans.js';

function headerHtml(t: DocTable): string {
  const rows: string[] = [];
  for (let r = 0; r < t.headerRows; r++) {
    const cells = t.header
      .filter((c) => c.row === r)
      .sort((a, b) => a.col - b.col)
      .map((c) => {
        const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
        return `<th${span}>${esc(c.text)}</th>`;
      });
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  if (t.numbering.length)
    rows.push(`<tr class="num">${t.numbering.map((n) => `<th>${esc(n)}</th>`).join('')}</tr>`);
  return `<thead>${rows.join('')}</thead>`;
}

function rowHtml(t: DocTable, row: BodyRow): string {
  const spans = nameSpans(t, row);
  const cells: string[] = [];
  for (let i = 0; i < row.cells.length; i += spans[i] ?? 1) {
    const c = row.cells[i];
    const role = t.columns[i]?.role ?? 'name';
    const cls = role === 'amount' ? 'n' : role === 'code' ? 'c' : 't';
    const span = (spans[i] ?? 1) > 1 ? ` colspan="${spans[i]}"` : '';
    const indent =
      role === 'name' && row.indent ? ` style="padding-left:${0.3 + row.indent}em"` : '';
    cells.push(`<td class="${cls}"${span}${indent}>${c ? esc(c.text) : ''}</td>`);
  }
  return `<tr class="${row.kind}">${cells.join('')}</tr>`;
}

function tableHtml(t: DocTable): string {
  const title = [t.number, t.title].filter(Boolean).join(' ');
  const meta = t.unit
    ? `<div class="meta"><span>${t.department ? `编制部门：${esc(t.department)}` : ''}</span><span>单位：${esc(t.unit)}</span></div>`
    : '';
  const empty = t.emptyStatement
    ? `<tr><td class="empty" colspan="${t.columns.length}">${esc(t.emptyStatement)}</td></tr>`
    : '';
  const body = `<tbody>${t.body.map((r) => rowHtml(t, r)).join('')}${empty}</tbody>`;
  const notes = t.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('');
  const total = t.columns.reduce((s, c) => s + c.weight, 0);
  const colgroup = t.columns
    .map((c) => `<col style="width:${((100 * c.weight) / total).toFixed(2)}%">`)
    .join('');
  const heading = title ? `<h3>${esc(title)}</h3>` : '';
  const cls = t.performance ? 'performance' : `table${t.wide ? ' wide' : ''}`;
  return `<section class="${cls}">${heading}${meta}<table><colgroup>${colgroup}</colgroup>${headerHtml(t)}${body}</table>${notes}</section>`;
}

function blockHtml(b: DocBlock, next: DocBlock | undefined): string {
  switch (b.kind) {
    case 'page-break':
      // A table section breaks the page itself (its own @page may be landscape).
      return next?.kind === 'table' ? '' : '<div class="page-break"></div>';
    case 'table':
      return tableHtml(b.table);
    case 'heading': {
      const tag = ['h1', 'h2', 'h3', 'h4'][b.level] ?? 'h4';
      return `<${tag}>${esc(b.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p${b.align ? ` class="${b.align}"` : ''}>${esc(b.text)}</p>`;
  }
}

export function renderHtml(doc: DocLayout): string {
  const body = doc.blocks.map((b, i) => blockHtml(b, doc.blocks[i + 1])).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${esc(`${doc.title} ${doc.subtitle}`)}</title>
<style>${DOCUMENT_CSS}</style></head>
<body>
${body}
</body></html>
`;
}
