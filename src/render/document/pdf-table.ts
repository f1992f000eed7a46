// A DocTable drawn with pdfkit: ruled cells, the header grid with merged cells repeated on every
// page the table runs over, names wrapped inside their column, amounts right-aligned on one line.
import type PDFDocument from 'pdfkit';
import type { BodyRow, DocTable } from './layout.js';
import { nameSpans } from './spans.js';

type Doc = InstanceType<typeof PDFDocument>;

const BODY_SIZE = 8;
const HEADER_SIZE = 7;
const MIN_SIZE = 4.5;
// A name shrinks to this size before it wraps: PDF ingest reads a wrapped name's second line as a
// line of its own (parse does not join \`continues\` lines into coded rows yet).
const NAME_MIN_SIZE = 3.5;
const PAD = 2;
/** Indent per nesting level of a name (类 0, 款 1, 项 2). */
const INDENT = BODY_SIZE / 2;
const LINE = 1.2;
// Noto Sans SC's own line height is 1.448 em; a wrapped cell's lines must stand about 1.2 em apart
// so that PDF ingest sees the second line as the same cell (ingest/pdf/wrap.ts allows 1.35 em).
const FONT_LINE = 1.448;
const gap = (size: number): number => size * (LINE - FONT_LINE);
/** Header labels wrap onto at most this many lines; the font shrinks rather than wrap more. */
const HEADER_MAX_LINES = 2;
const HEADER_MIN_SIZE = 4;

export interface PdfBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function columnXs(t: DocTable, box: PdfBox): number[] {
  const total = t.columns.reduce((s, c) => s + c.weight, 0);
  const width = box.right - box.left;
  const xs = [box.left];
  for (const c of t.columns) xs.push(xs[xs.length - 1]! + (width * c.weight) / total);
  return xs;
}

// Widths at 1 pt, by text: a string's width scales with the font size, and laying text out
// (fontkit shaping) is most of the time a PDF takes. One font, so the cache serves every document.
const WIDTH_CACHE = new Map<string, number>();
const WIDTH_CACHE_MAX = 50_000;
const MEASURE_SIZE = 10;

/** Width of text on one line at size (points). */
export function textWidth(doc: Doc, text: string, size: number): number {
  let w = WIDTH_CACHE.get(text);
  if (w === undefined) {
    doc.fontSize(MEASURE_SIZE);
    w = doc.widthOfString(text) / MEASURE_SIZE;
    if (WIDTH_CACHE.size >= WIDTH_CACHE_MAX) WIDTH_CACHE.clear();
    WIDTH_CACHE.set(text, w);
  }
  return w * size;
}

/** The largest size ≤ size at which text fits on one line of width w (never below MIN_SIZE). */
function fitSize(doc: Doc, text: string, w: number, size: number): number {
  const width = textWidth(doc, text, size);
  return width <= w ? size : Math.max(MIN_SIZE, (0.97 * size * w) / width);
}

function cellHeight(doc: Doc, text: string, w: number, size: number): number {
  // One line needs no layout: most cells.
  if (textWidth(doc, text, size) <= w) return size * LINE;
  doc.fontSize(size);
  return doc.heightOfString(text, { width: w, lineGap: gap(size) });
}

/**
 * One size for every header label of a table: PDF ingest joins a label wrapped onto two lines only
 * when its lines chain with the one-line labels between them, which needs equal font sizes
 * (ingest/pdf/lines.ts compares baselines in ems of the smaller font).
 */
function tableHeaderSize(doc: Doc, t: DocTable, xs: number[]): number {
  let size = HEADER_SIZE;
  for (const c of t.header) {
    const w = xs[c.col + c.colSpan]! - xs[c.col]! - 2 * PAD;
    size = Math.min(size, headerSize(doc, c.text, w));
  }
  return size;
}

function headerHeight(doc: Doc, t: DocTable, xs: number[], size: number): number[] {
  const heights = new Array<number>(t.headerRows).fill(size * LINE + 2 * PAD);
  for (const c of t.header) {
    if (c.rowSpan !== 1) continue;
    const w = xs[c.col + c.colSpan]! - xs[c.col]! - 2 * PAD;
    const h = cellHeight(doc, c.text, w, size) + 2 * PAD;
    heights[c.row] = Math.max(heights[c.row]!, h);
  }
  return heights;
}

/** A header label's size: HEADER_SIZE unless it would wrap onto more than HEADER_MAX_LINES. */
function headerSize(doc: Doc, text: string, w: number): number {
  const width = textWidth(doc, text, HEADER_SIZE);
  const lines = Math.ceil(width / w);
  if (lines <= HEADER_MAX_LINES) return HEADER_SIZE;
  return Math.max(HEADER_MIN_SIZE, (HEADER_SIZE * w * HEADER_MAX_LINES * 0.9) / width);
}

function drawHeader(doc: Doc, t: DocTable, xs: number[], y: number): number {
  const headSize = tableHeaderSize(doc, t, xs);
  const heights = headerHeight(doc, t, xs, headSize);
  const rowY = [y];
  for (const h of heights) rowY.push(rowY[rowY.length - 1]! + h);
  for (const c of t.header) {
    const x0 = xs[c.col]!;
    const x1 = xs[c.col + c.colSpan]!;
    const y0 = rowY[c.row]!;
    const y1 = rowY[c.row + c.rowSpan]!;
    doc.rect(x0, y0, x1 - x0, y1 - y0).stroke();
    const w = x1 - x0 - 2 * PAD;
    const size = headSize;
    // Centred on whole lines of LINE ems: a one-line label's baseline then falls midway between
    // the two lines of a wrapped neighbour, which is how PDF ingest sees them as one header line
    // and joins each wrapped label (ingest/pdf/lines.ts, stacked cells).
    const lines = Math.max(1, Math.round(cellHeight(doc, c.text, w, size) / (size * LINE)));
    const h = lines * size * LINE;
    // A cell spanning rows is centred on its last row: centred on the whole span its baseline
    // would sit between the header lines and join them into one line of the wrong height.
    const top = rowY[c.row + c.rowSpan - 1]!;
    doc.fontSize(size).text(c.text, x0 + PAD, top + (y1 - top - h) / 2, {
      width: w,
      align: 'center',
      lineGap: gap(size),
    });
  }
  let bottom = rowY[rowY.length - 1]!;
  if (t.numbering.length) {
    const h = HEADER_SIZE * LINE + 2 * PAD;
    t.numbering.forEach((n, i) => {
      doc.rect(xs[i]!, bottom, xs[i + 1]! - xs[i]!, h).stroke();
      doc
        .fontSize(HEADER_SIZE)
        .text(n, xs[i]!, bottom + PAD, { width: xs[i + 1]! - xs[i]!, align: 'center' });
    });
    bottom += h;
  }
  return bottom;
}

/** A name's size: shrunk to one line in the 公开表 (see NAME_MIN_SIZE); 绩效目标表 wrap. */
function nameSize(doc: Doc, t: DocTable, text: string, w: number): number {
  const width = textWidth(doc, text, BODY_SIZE);
  if (width <= w || t.performance) return BODY_SIZE;
  return Math.max(NAME_MIN_SIZE, (0.97 * BODY_SIZE * w) / width);
}

function rowHeight(doc: Doc, t: DocTable, row: BodyRow, xs: number[]): number {
  let h = BODY_SIZE * LINE;
  const spans = nameSpans(t, row);
  row.cells.forEach((c, i) => {
    if (!c || t.columns[i]?.role !== 'name') return;
    const w = xs[i + spans[i]!]! - xs[i]! - 2 * PAD - row.indent * INDENT;
    h = Math.max(h, cellHeight(doc, c.text, w, nameSize(doc, t, c.text, w)));
  });
  return h + 2 * PAD;
}

function drawRow(doc: Doc, t: DocTable, row: BodyRow, xs: number[], y: number, h: number): void {
  const spans = nameSpans(t, row);
  let covered = 0;
  row.cells.forEach((c, i) => {
    if (i < covered) return;
    const x0 = xs[i]!;
    const span = c && t.columns[i]?.role === 'name' ? spans[i]! : 1;
    covered = i + span;
    const w = xs[i + span]! - x0;
    doc.rect(x0, y, w, h).stroke();
    if (!c) return;
    const role = t.columns[i]?.role;
    if (role === 'name') {
      const indent = row.indent * INDENT;
      const size = nameSize(doc, t, c.text, w - 2 * PAD - indent);
      doc.fontSize(size).text(c.text, x0 + PAD + indent, y + PAD + (BODY_SIZE - size), {
        width: w - 2 * PAD - indent,
        lineGap: gap(size),
      });
    } else {
      const size = fitSize(doc, c.text, w - 2 * PAD, BODY_SIZE);
      // On the row's first text line: a wrapped name continues below its numbers, as printed.
      doc.fontSize(size).text(c.text, x0 + PAD, y + PAD + (BODY_SIZE - size), {
        width: w - 2 * PAD,
        align: role === 'amount' ? 'right' : 'center',
        lineBreak: false,
      });
    }
  });
}

/**
 * Draw the table from y down, adding pages (same layout) as needed; `newPage` adds one and
 * returns its top. Returns the y below the table.
 */
export function drawTable(
  doc: Doc,
  t: DocTable,
  box: PdfBox,
  y: number,
  newPage: () => number,
): number {
  const xs = columnXs(t, box);
  doc.lineWidth(0.5);
  y = drawHeader(doc, t, xs, y);
  for (const row of t.body) {
    const h = rowHeight(doc, t, row, xs);
    if (y + h > box.bottom) y = drawHeader(doc, t, xs, newPage());
    drawRow(doc, t, row, xs, y, h);
    y += h;
  }
  if (t.emptyStatement) {
    const w = box.right - box.left - 2 * PAD;
    const h = cellHeight(doc, t.emptyStatement, w, BODY_SIZE) + 2 * PAD;
    if (y + h > box.bottom) y = newPage();
    doc.rect(box.left, y, box.right - box.left, h).stroke();
    doc.fontSize(BODY_SIZE).text(t.emptyStatement, box.left + PAD, y + PAD, { width: w });
    y += h;
  }
  return y;
}
