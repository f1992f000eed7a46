// The document as DOCX (docx 9): headings as Word headings, paragraphs, and each table as a real
// Word table with merged header cells (rowSpan/columnSpan), amounts right-aligned; wide tables in
// a landscape section. Editable in Word and WPS.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { DocBlock, DocLayout, DocTable } from './layout.js';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const HEADINGS = [
  HeadingLevel.TITLE,
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
];
const TABLE_SIZE = 16; // half-points: 8 pt

function run(text: string, size?: number, bold?: boolean): TextRun {
  return new TextRun({ text, font: FONT, ...(size ? { size } : {}), ...(bold ? { bold } : {}) });
}

function cellParagraph(
  text: string,
  align: (typeof AlignmentType)[keyof typeof AlignmentType],
  bold = false,
) {
  return new Paragraph({ alignment: align, children: [run(text, TABLE_SIZE, bold)] });
}

function headerRows(t: DocTable): TableRow[] {
  const rows: TableRow[] = [];
  for (let r = 0; r < t.headerRows; r++) {
    const cells = t.header
      .filter((c) => c.row === r)
      .sort((a, b) => a.col - b.col)
      .map(
        (c) =>
          new TableCell({
            children: [cellParagraph(c.text, AlignmentType.CENTER)],
            columnSpan: c.colSpan,
            rowSpan: c.rowSpan,
            verticalAlign: VerticalAlign.CENTER,
          }),
      );
    rows.push(new TableRow({ children: cells, tableHeader: true }));
  }
  if (t.numbering.length)
    rows.push(
      new TableRow({
        tableHeader: true,
        children: t.numbering.map(
          (n) => new TableCell({ children: [cellParagraph(n, AlignmentType.CENTER)] }),
        ),
      }),
    );
  return rows;
}

function wordTable(t: DocTable): Table {
  const total = t.columns.reduce((s, c) => s + c.weight, 0);
  const rows = headerRows(t);
  for (const row of t.body) {
    const bold = row.kind === 'total' || row.kind === 'unit';
    rows.push(
      new TableRow({
        children: row.cells.map((c, i) => {
          const role = t.columns[i]?.role;
          const align =
            role === 'amount'
              ? AlignmentType.RIGHT
              : role === 'code'
                ? AlignmentType.CENTER
                : AlignmentType.LEFT;
          return new TableCell({ children: [cellParagraph(c?.text ?? '', align, bold)] });
        }),
      }),
    );
  }
  if (t.emptyStatement)
    rows.push(
      new TableRow({
        children: [
          new TableCell({
            children: [cellParagraph(t.emptyStatement, AlignmentType.LEFT)],
            columnSpan: t.columns.length,
          }),
        ],
      }),
    );
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: t.columns.map((c) => Math.round((c.weight / total) * 9000)),
  });
}

function tableChildren(t: DocTable): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (t.number) out.push(new Paragraph({ children: [run(t.number)] }));
  if (t.title)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        heading: HeadingLevel.HEADING_3,
        children: [run(t.title)],
      }),
    );
  if (t.unit)
    out.push(
      new Paragraph({
        children: [run(`${t.department ? `编制部门：${t.department} ` : ''}单位：${t.unit}`, 18)],
      }),
    );
  out.push(wordTable(t));
  for (const n of t.notes) out.push(new Paragraph({ children: [run(n, 18)] }));
  return out;
}

function blockChildren(b: DocBlock): (Paragraph | Table)[] {
  if (b.kind === 'table') return tableChildren(b.table);
  if (b.kind === 'page-break') return [new Paragraph({ children: [new PageBreak()] })];
  if (b.kind === 'heading')
    return [
      new Paragraph({
        heading: HEADINGS[b.level],
        alignment: b.level <= 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(b.text)],
      }),
    ];
  const alignment =
    b.align === 'right'
      ? AlignmentType.RIGHT
      : b.align === 'center'
        ? AlignmentType.CENTER
        : AlignmentType.JUSTIFIED;
  return [new Paragraph({ alignment, children: [run(b.text, 24)] })];
}

/** Sections: a new one where the orientation changes (a wide table prints landscape). */
function sections(doc: DocLayout): ISectionOptions[] {
  const out: { landscape: boolean; children: (Paragraph | Table)[] }[] = [];
  let current: { landscape: boolean; children: (Paragraph | Table)[] } | undefined;
  doc.blocks.forEach((b, i) => {
    const landscape = b.kind === 'table' && b.table.wide;
    const next = doc.blocks[i + 1];
    // A 公开表 starts a section (a new page) of its own; other page breaks are Word page breaks.
    if (b.kind === 'page-break') {
      if (current && next && !(next.kind === 'table' && !next.table.performance))
        current.children.push(...blockChildren(b));
      return;
    }
    const ownSection = b.kind === 'table' && !b.table.performance;
    if (!current || current.landscape !== landscape || ownSection) {
      current = { landscape, children: [] };
      out.push(current);
    }
    current.children.push(...blockChildren(b));
  });
  return out.map((s) => ({
    properties: {
      page: {
        size: { orientation: s.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      },
    },
    children: s.children,
  }));
}

export async function renderDocx(doc: DocLayout): Promise<Buffer> {
  const document = new Document({
    creator: 'yusuan',
    title: `${doc.title} ${doc.subtitle}`,
    sections: sections(doc),
  });
  return Packer.toBuffer(document);
}
