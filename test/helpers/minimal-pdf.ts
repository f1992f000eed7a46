// Small PDFs written by hand, for tests of PDF ingest: a page is a content stream drawn with the
// fonts below; the file gets a correct cross-reference table. Not a PDF library: enough to make
// the cases real documents present (CJK text in a non-embedded font, rotated pages, scans,
// encryption, undecodable glyphs) without committing binary fixtures.

export interface MinimalPage {
  /** Content stream operators; fonts: /F1 Helvetica, /F2 STSong-Light (UCS-2 hex strings), /F3 glyphs mapped to private use. */
  content: string;
  /** Media box width and height in points (default A4 portrait). */
  size?: [number, number];
  rotate?: 0 | 90 | 180 | 270;
}

export interface MinimalPdfOptions {
  /** Add a standard security handler whose user password is not empty. */
  encrypted?: boolean;
}

const FONTS = [
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  // A CJK font that is not embedded: decoding needs pdfjs's packed CMaps (UniGB-UCS2-H).
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
  // Glyphs whose ToUnicode map points into the private use area: text that does not decode.
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 7 0 R >>',
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R /DW 1000 >>',
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
];

const PUA_CMAP = [
  '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
  '/CMapName /PUA def /CMapType 2 def',
  '1 begincodespacerange <00> <FF> endcodespacerange',
  '1 beginbfrange <20> <7E> <E020> endbfrange',
  'endcmap CMapName currentdict /CMap defineresource pop end end',
].join('\n');

function stream(body: string, dict = ''): string {
  return `<< /Length ${Buffer.byteLength(body, 'latin1')}${dict} >>\nstream\n${body}\nendstream`;
}

/** A PDF file of the given pages. Strings are written as latin1 (one byte per char). */
export function minimalPdf(
  pages: readonly MinimalPage[],
  opts: MinimalPdfOptions = {},
): Uint8Array {
  // 1 catalog, 2 pages, 3–7 fonts and the ToUnicode map, then per page: page, content.
  const objects: string[] = [];
  const firstPage = 8;
  const kids = pages.map((_, i) => `${firstPage + 2 * i} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  objects.push(FONTS[0]!, FONTS[1]!, FONTS[3]!, FONTS[4]!, stream(PUA_CMAP));
  // Object 3 is F1, 4 is F2, 5 its descendant, 6 the descriptor, 7 the ToUnicode map; F3 is added last.
  const f3 = firstPage + 2 * pages.length;
  pages.forEach((p, i) => {
    const [w, h] = p.size ?? [595, 842];
    const resources = `<< /Font << /F1 3 0 R /F2 4 0 R /F3 ${f3} 0 R >> >>`;
    const rotate = p.rotate ? ` /Rotate ${p.rotate}` : '';
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}]${rotate} /Resources ${resources} /Contents ${firstPage + 2 * i + 1} 0 R >>`,
    );
    objects.push(stream(p.content));
  });
  objects.push(FONTS[2]!);
  let encrypt = '';
  if (opts.encrypted) {
    objects.push(
      `<< /Filter /Standard /V 1 /R 2 /O <${'4f'.repeat(32)}> /U <${'75'.repeat(32)}> /P -3904 >>`,
    );
    const id = '00112233445566778899aabbccddeeff';
    encrypt = ` /Encrypt ${objects.length} 0 R /ID [<${id}> <${id}>]`;
  }

  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** UCS-2 hex string for /F2 (UniGB-UCS2-H): "上海" → "<4E0A6D77>". */
export function ucs2(text: string): string {
  let hex = '';
  for (const ch of text) hex += ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** One line of text at (x, y) in PDF user space (y up) with a font and size. */
export function textAt(
  font: 'F1' | 'F2' | 'F3',
  size: number,
  x: number,
  y: number,
  s: string,
): string {
  const str = font === 'F2' ? ucs2(s) : `(${s.replace(/[()\\]/g, (c) => `\\${c}`)})`;
  return `BT /${font} ${size} Tf ${x} ${y} Td ${str} Tj ET\n`;
}

/** A 1×1 grey inline image scaled over a box: what a scanned page paints. */
export function imageAt(x: number, y: number, w: number, h: number): string {
  return `q ${w} 0 0 ${h} ${x} ${y} cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q\n`;
}
