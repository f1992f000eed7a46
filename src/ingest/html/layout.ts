// A parsed page → Layout lines. Prose: one line per line of a block (p, div, li, h1–h6, br…),
// without tokens (there are no positions, as for extracted text). Data tables (tables that hold
// no other table) and "a | b | c" rows: one line per visual row with tokens in column geometry
// (ingest/grid.ts). A table that holds tables lays out the page: its cells are read as blocks.
// Token y counts visual rows from the top of the page's text (every line is one row).
import type { LayoutLine } from '../../model/layout.js';
import { cellLines, gridRows, type GridCell, type GridRow } from '../grid.js';
import { lineText } from '../pdf/line-text.js';
import type { IngestWarning } from '../pdf/warning.js';
import type { HtmlDocument } from './parse.js';
import { pipeCells, pipeLines } from './pipes.js';
import { HTML_FONT_SIZE, hasNestedTable, readTable } from './table.js';
import { HARD_BREAK, collapseSpace, walk } from './walk.js';

type Item =
  { kind: 'prose'; text: string; page: number } | { kind: 'rows'; rows: GridRow[]; page: number };

export interface HtmlLines {
  lines: LayoutLine[];
  pages: number;
  warnings: IngestWarning[];
}

function collect(
  doc: HtmlDocument,
  file: string,
): { items: Item[]; pages: number; warnings: IngestWarning[] } {
  const items: Item[] = [];
  const warnings: IngestWarning[] = [];
  let page = 1;
  let pageStart = 0;
  let buf = '';
  const flush = (): void => {
    if (buf === '') return;
    for (const text of cellLines(collapseSpace(buf))) items.push({ kind: 'prose', text, page });
    buf = '';
  };
  walk(doc.childNodes, {
    text: (t) => (buf += t),
    block: flush,
    br: () => (buf += HARD_BREAK),
    pageBreak: () => {
      flush();
      if (items.length > pageStart) page++;
      pageStart = items.length;
    },
    element: (el) => {
      if (el.tagName !== 'table' || hasNestedTable(el)) return false;
      flush();
      const table = readTable(el);
      if (table.caption)
        for (const text of cellLines(table.caption)) items.push({ kind: 'prose', text, page });
      items.push({ kind: 'rows', rows: gridRows({ cells: table.cells }), page });
      if (table.truncated)
        warnings.push({
          code: 'content-truncated',
          message: `${file}: a table past the limits of rows or columns was cut (page ${page})`,
          at: { page },
        });
      return true;
    },
  });
  flush();
  return { items, pages: page, warnings };
}

/** Runs of prose lines that are "a | b | c" rows become grid rows. */
function withPipeRows(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length;) {
    const first = items[i]!;
    if (first.kind !== 'prose') {
      out.push(first);
      i++;
      continue;
    }
    let j = i;
    while (j < items.length && items[j]!.kind === 'prose' && items[j]!.page === first.page) j++;
    const run = items.slice(i, j) as Extract<Item, { kind: 'prose' }>[];
    const kinds = pipeLines(run.map((p) => p.text));
    let cells: GridCell[] = [];
    let row = 0;
    const flushCells = (): void => {
      if (cells.length > 0) out.push({ kind: 'rows', rows: gridRows({ cells }), page: first.page });
      cells = [];
      row = 0;
    };
    kinds.forEach((k, n) => {
      if (k.kind === 'cells') cells.push(...pipeCells(k.cells, row++, HTML_FONT_SIZE));
      else if (k.kind === 'text') {
        flushCells();
        out.push(run[n]!);
      }
    });
    flushCells();
    i = j;
  }
  return out;
}

export function htmlLines(doc: HtmlDocument, file: string): HtmlLines {
  const { items, pages, warnings } = collect(doc, file);
  const lines: LayoutLine[] = [];
  let y = 0;
  for (const item of withPipeRows(items)) {
    if (item.kind === 'prose') {
      lines.push({ text: item.text, line: lines.length + 1, page: item.page });
      y++;
      continue;
    }
    const base = y;
    for (const row of item.rows) {
      const tokens = row.tokens.map((t) => ({ ...t, y: base + t.y }));
      lines.push({ text: lineText(tokens), line: lines.length + 1, page: item.page, tokens });
      y = Math.max(y, Math.floor(base + row.y) + 1);
    }
  }
  return { lines, pages, warnings };
}
