// The document as PDF (pdfkit): A4, Noto Sans SC embedded as a subset, one table per page
// (landscape where the table is wide), headings centred, page numbers at the foot.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { DocLayout, DocTable } from './layout.js';
import { drawTable, type PdfBox } from './pdf-table.js';

const FONT = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
);
let fontBytes: Buffer | undefined;
/** The font file, read once per process. */
function font(): Buffer {
  return (fontBytes ??= readFileSync(FONT));
}
// Text layout (fontkit shaping) is most of a PDF's cost. pdfkit caches each text's layout per
// document (EmbeddedFont.layoutCache); every document embeds the same font file, whose glyph ids
// and advances do not change, so one cache serves them all. Bounded: cleared when it grows large.
let layoutCache: Record<string, unknown> = {};
const LAYOUT_CACHE_MAX = 100_000;

function shareLayoutCache(pdf: Doc): void {
  const f = (pdf as unknown as { _font?: { layoutCache?: Record<string, unknown> } })._font;
  if (!f?.layoutCache) return;
  if (Object.keys(layoutCache).length > LAYOUT_CACHE_MAX) layoutCache = {};
  f.layoutCache = layoutCache;
}
const MARGIN = 50;
// Table pages: pdfkit's own bottom margin lies below the table's box, so that a cell drawn at
// the box's foot never makes pdfkit start a page on its own (drawTable breaks pages itself).
const TABLE_MARGINS = { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN / 4 };
const TEXT_SIZE = 11;
const HEADING_SIZES = [22, 16, 13, 12] as const;

type Doc = InstanceType<typeof PDFDocument>;

function box(doc: Doc): PdfBox {
  return {
    left: MARGIN,
    right: doc.page.width - MARGIN,
    top: MARGIN,
    bottom: doc.page.height - MARGIN,
  };
}

function tableTitle(doc: Doc, t: DocTable): void {
  const b = box(doc);
  const width = b.right - b.left;
  // The number stands on its own line, top left, as in the templates ("表五一般…" on one line
  // would read back as number 表五一).
  if (t.number) doc.fontSize(10).text(t.number, b.left, b.top, { width });
  if (t.title) doc.fontSize(15).text(t.title, b.left, doc.y, { width, align: 'center' });
  doc.moveDown(0.5);
  if (t.unit) {
    const y = doc.y;
    doc.fontSize(9);
    if (t.department) doc.text(`编制部门：${t.department}`, b.left, y, { lineBreak: false });
    doc.text(`单位：${t.unit}`, b.left, y, { width, align: 'right', lineBreak: false });
    doc.y = y + 9 * 1.6;
  }
}

export function renderPdf(doc: DocLayout): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: `${doc.title} ${doc.subtitle}`, Producer: 'yusuan' },
  });
  pdf.registerFont('cjk', font());
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.addPage({ size: 'A4', layout: 'portrait' });
  pdf.font('cjk');
  shareLayoutCache(pdf);
  let pendingBreak = false;
  const ensurePage = (layout: 'portrait' | 'landscape', table = false) => {
    if (pendingBreak)
      pdf.addPage({ size: 'A4', layout, ...(table ? { margins: TABLE_MARGINS } : {}) }).font('cjk');
    pendingBreak = false;
  };
  for (const b of doc.blocks) {
    if (b.kind === 'page-break') {
      pendingBreak = true;
      continue;
    }
    if (b.kind === 'table') {
      const layout = b.table.wide ? 'landscape' : 'portrait';
      // A 公开表 starts its own page; a 绩效目标表 follows its heading lines.
      if (!b.table.performance && !pendingBreak && pdf.y > MARGIN + 1) pendingBreak = true;
      ensurePage(layout, true);
      pdf.page.margins.bottom = TABLE_MARGINS.bottom;
      tableTitle(pdf, b.table);
      const newPage = () => {
        pdf.addPage({ size: 'A4', layout, margins: TABLE_MARGINS }).font('cjk');
        return MARGIN;
      };
      pdf.y = drawTable(pdf, b.table, box(pdf), pdf.y, newPage) + 6;
      pdf.page.margins.bottom = MARGIN;
      pdf.x = MARGIN;
      for (const n of b.table.notes) pdf.fontSize(9).text(n, MARGIN);
      continue;
    }
    ensurePage('portrait');
    const bx = box(pdf);
    const width = bx.right - bx.left;
    if (b.kind === 'heading') {
      if (b.level === 0) pdf.y = pdf.page.height / 3;
      pdf.fontSize(HEADING_SIZES[b.level]).text(b.text, bx.left, pdf.y, {
        width,
        align: b.level <= 1 ? 'center' : 'left',
      });
      pdf.moveDown(0.4);
    } else {
      pdf.fontSize(b.align === 'center' ? 16 : TEXT_SIZE).text(b.text, bx.left, pdf.y, {
        width,
        align: b.align ?? 'justify',
        lineGap: 3,
      });
      pdf.moveDown(0.2);
    }
  }
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // The foot lies inside the bottom margin: without this pdfkit would start a new page.
    pdf.page.margins.bottom = 0;
    const text = `- ${i + 1} -`;
    pdf.fontSize(9).text(text, 0, pdf.page.height - MARGIN / 2 - 9, {
      width: pdf.page.width,
      align: 'center',
      lineBreak: false,
    });
  }
  pdf.end();
  return done;
}
