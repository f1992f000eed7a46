// An HTML table → grid cells, rowspan and colspan laid out as a browser does (the HTML table
// model: each cell takes the first column its row has free, after the cells of rows above that
// span down into it). Spans are clamped to HTML's own limits; a table past the row or column caps
// is cut there and reported.
import type { GridCell } from '../grid.js';
import type { HtmlElement } from './parse.js';
import { attr, isElement, isHidden, subtreeText } from './walk.js';

/** Rows of one table: a budget table lists at most a few thousand 项. */
export const MAX_TABLE_ROWS = 50_000;
/** Columns of one table (HTML clamps colspan to 1,000). */
export const MAX_TABLE_COLUMNS = 1_000;
/** HTML clamps rowspan to 65,534. */
const MAX_ROWSPAN = 65_534;
/** Table cells have no font size in the markup we read: browsers' default 16 px = 12 pt. */
export const HTML_FONT_SIZE = 12;

export interface HtmlTable {
  readonly cells: GridCell[];
  readonly rows: number;
  readonly caption: string | undefined;
  readonly truncated: boolean;
}

/** Does the table hold another table (then it lays out the page, not data)? */
export function hasNestedTable(table: HtmlElement): boolean {
  const stack = [...table.childNodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.tagName === 'table') return true;
    stack.push(...node.childNodes);
  }
  return false;
}

function span(el: HtmlElement, name: string, max: number, fallback: number): number {
  const n = Number.parseInt(attr(el, name) ?? '', 10);
  if (!Number.isFinite(n) || n < 0) return fallback;
  return Math.min(n, max);
}

interface Row {
  el: HtmlElement;
  /** Index of the last row of its row group (for rowspan="0"). */
  groupEnd: number;
}

function tableRows(table: HtmlElement): { rows: Row[]; caption: string | undefined } {
  const rows: Row[] = [];
  let caption: string | undefined;
  const group = (children: readonly HtmlElement[]): void => {
    for (const tr of children)
      if (tr.tagName === 'tr' && !isHidden(tr)) rows.push({ el: tr, groupEnd: 0 });
  };
  for (const child of table.childNodes) {
    if (!isElement(child) || isHidden(child)) continue;
    const start = rows.length;
    if (child.tagName === 'caption') caption = subtreeText(child);
    else if (child.tagName === 'tr') group([child]);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName))
      group(child.childNodes.filter(isElement));
    for (let i = start; i < rows.length; i++) rows[i]!.groupEnd = rows.length - 1;
  }
  return { rows, caption };
}

export function readTable(table: HtmlElement): HtmlTable {
  const { rows, caption } = tableRows(table);
  const cells: GridCell[] = [];
  const busyUntil: number[] = []; // per column: last row a cell from above occupies
  let truncated = rows.length > MAX_TABLE_ROWS;
  const count = Math.min(rows.length, MAX_TABLE_ROWS);
  for (let r = 0; r < count; r++) {
    const { el, groupEnd } = rows[r]!;
    let c = 0;
    for (const td of el.childNodes) {
      if (!isElement(td) || (td.tagName !== 'td' && td.tagName !== 'th') || isHidden(td)) continue;
      while ((busyUntil[c] ?? -1) >= r) c++;
      const colSpan = Math.max(1, span(td, 'colspan', MAX_TABLE_COLUMNS, 1));
      const rowSpanAttr = span(td, 'rowspan', MAX_ROWSPAN, 1);
      const rowSpan = rowSpanAttr === 0 ? groupEnd - r + 1 : rowSpanAttr;
      if (c + colSpan > MAX_TABLE_COLUMNS) {
        truncated = true;
        break;
      }
      for (let k = c; k < c + colSpan; k++)
        busyUntil[k] = Math.max(busyUntil[k] ?? -1, r + rowSpan - 1);
      cells.push({ row: r, col: c, rowSpan, colSpan, text: subtreeText(td), size: HTML_FONT_SIZE });
      c += colSpan;
    }
  }
  return { cells, rows: count, caption, truncated };
}
