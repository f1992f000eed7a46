// Print styles of the official layout: 宋体 (Noto Serif CJK where SimSun is absent), centred
// titles, ruled tables with right-aligned amounts, A4 pages, landscape for wide tables.
export const DOCUMENT_CSS = `
@page { size: A4 portrait; margin: 20mm 18mm; }
@page wide { size: A4 landscape; margin: 15mm 12mm; }
body { font-family: SimSun, "宋体", "Songti SC", "Noto Serif CJK SC", "Noto Serif SC", serif;
  font-size: 12pt; line-height: 1.6; color: #000; max-width: 267mm; margin: 0 auto; }
h1 { font-size: 22pt; text-align: center; margin: 60mm 0 8mm; }
h2 { font-size: 16pt; text-align: center; margin: 8mm 0 4mm; }
h3 { font-size: 13pt; margin: 4mm 0 2mm; }
h4 { font-size: 12pt; margin: 3mm 0 1mm; }
p { text-indent: 2em; margin: 0 0 1mm; text-align: justify; }
p.center { text-align: center; text-indent: 0; font-size: 16pt; }
p.right { text-align: right; text-indent: 0; }
.page-break { break-after: page; }
section.table { break-before: page; }
section.table.wide { page: wide; }
section.table h3 { text-align: center; font-size: 15pt; }
.meta { display: flex; justify-content: space-between; font-size: 10pt; margin-bottom: 1mm; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 9pt; }
.wide table { font-size: 7.5pt; }
th, td { border: 0.5pt solid #000; padding: 1pt 2pt; overflow-wrap: anywhere; }
th { font-weight: normal; text-align: center; vertical-align: middle; }
tr.num th { font-size: 7.5pt; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.c { text-align: center; white-space: nowrap; }
tr.total td, tr.unit td { font-weight: bold; }
td.empty { text-align: left; padding: 4pt; }
p.note { font-size: 9pt; text-indent: 0; }
`;
