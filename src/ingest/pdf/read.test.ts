// PDF ingest end to end on small PDFs written in the test (test/helpers/minimal-pdf.ts): the
// cases real disclosures present, and the bad inputs the import must survive.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../model/errors.js';
import { imageAt, minimalPdf, textAt, ucs2 } from '../../../test/helpers/minimal-pdf.js';
import { MAX_PDF_PAGES, pdfLayout } from './read.js';

async function inputError(bytes: Uint8Array, opts = {}): Promise<InputError> {
  const e = await pdfLayout(bytes, 'x.pdf', opts).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('pdfLayout', () => {
  it('decodes a CJK font that is not embedded (needs the packed CMaps) and drops the page number', async () => {
    const pdf = minimalPdf([
      {
        content:
          textAt('F2', 16, 200, 770, '收入支出预算总表') +
          textAt('F2', 12, 60, 700, '一、财政拨款收入') +
          textAt('F1', 12, 300, 700, '371,514,655.00') +
          textAt('F1', 10, 290, 30, '- 8 -'),
      },
    ]);
    const { layout, warnings } = await pdfLayout(pdf, 'a.pdf');
    expect(layout.source).toMatchObject({ file: 'a.pdf', format: 'pdf', bytes: pdf.length });
    expect(layout.pages).toBe(1);
    expect(layout.lines.map((l) => [l.text, l.line, l.page])).toEqual([
      ['收入支出预算总表', 1, 1],
      ['一、财政拨款收入 371,514,655.00', 2, 1],
    ]);
    const [name, amount] = layout.lines[1]!.tokens!;
    expect(name).toMatchObject({ x0: 60, x1: 156, y: 142, size: 12 });
    expect(amount!.x0).toBe(300);
    expect(warnings).toEqual([]);
  });

  it('reads a rotated page as displayed', async () => {
    // /Rotate 90 with text running up the page: the reader sees one line, left to right.
    const up = (font: string, x: number, y: number, s: string) =>
      `BT /${font} 12 Tf 0 1 -1 0 ${x} ${y} Tm ${s} Tj ET\n`;
    const content = up('F2', 100, 72, ucs2('收入总计')) + up('F1', 100, 300, '(1,000.00)');
    const { layout } = await pdfLayout(minimalPdf([{ content, rotate: 90 }]), 'r.pdf');
    expect(layout.lines.map((l) => l.text)).toEqual(['收入总计 1,000.00']);
  });

  it('numbers lines across pages and warns about a page that is only an image', async () => {
    const pdf = minimalPdf([
      { content: textAt('F2', 12, 72, 700, '第一部分') },
      { content: imageAt(0, 0, 595, 842) },
      { content: '' },
      { content: textAt('F2', 12, 72, 700, '第二部分') },
    ]);
    const { layout, warnings } = await pdfLayout(pdf, 'm.pdf');
    expect(layout.pages).toBe(4);
    expect(layout.lines.map((l) => [l.text, l.line, l.page])).toEqual([
      ['第一部分', 1, 1],
      ['第二部分', 2, 4],
    ]);
    // The blank page 3 is not a problem; the picture on page 2 is.
    expect(warnings.map((w) => [w.code, w.at?.page])).toEqual([['page-image-only', 2]]);
  });

  it('rejects a scanned PDF: no text layer, or none but page numbers', async () => {
    const e = await inputError(minimalPdf([{ content: imageAt(0, 0, 595, 842) }]));
    expect([e.kind, e.file]).toEqual(['unsupported', 'x.pdf']);
    expect(e.message).toContain('scanned PDF: it needs OCR');
    const numbered = [1, 2].map((n) => ({
      content: imageAt(0, 40, 595, 800) + textAt('F1', 10, 290, 20, `- ${n} -`),
    }));
    expect((await inputError(minimalPdf(numbered))).kind).toBe('unsupported');
  });

  it('rejects a PDF without pages', async () => {
    const e = await inputError(minimalPdf([]));
    expect(e.kind).toBe('unreadable');
  });

  it('rejects text that does not decode: private-use glyphs, or (cid:N)', async () => {
    const pua = await inputError(minimalPdf([{ content: textAt('F3', 12, 72, 700, 'ABCDEFGH') }]));
    expect(pua.kind).toBe('encoding');
    expect(pua.message).toMatch(/does not decode: 8 of 8/);
    const cid = await inputError(
      minimalPdf([{ content: textAt('F1', 12, 72, 700, '(cid:12)(cid:34)(cid:56)') }]),
    );
    expect(cid.kind).toBe('encoding');
  });

  it('warns about one garbled page in a readable document', async () => {
    const pdf = minimalPdf([
      { content: textAt('F2', 12, 72, 700, '上海市普陀区财政局2024年度部门决算说明正文') },
      { content: textAt('F3', 12, 72, 700, 'ABC') },
    ]);
    const { warnings } = await pdfLayout(pdf, 'g.pdf');
    expect(warnings.map((w) => [w.code, w.at?.page])).toEqual([['page-garbled', 2]]);
  });

  it('rejects an encrypted PDF', async () => {
    const e = await inputError(
      minimalPdf([{ content: textAt('F1', 12, 72, 700, 'secret') }], { encrypted: true }),
    );
    expect(e.kind).toBe('unreadable');
    expect(e.message).toContain('encrypted');
  });

  it('rejects an empty file, and bytes that only start like a PDF', async () => {
    expect((await inputError(new Uint8Array(0))).kind).toBe('empty');
    const junk = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4096)]);
    const e = await inputError(new Uint8Array(junk));
    expect(e.kind).toBe('unreadable');
    expect(e.message).toMatch(/^x\.pdf: not a readable PDF/);
    const cut = minimalPdf([{ content: textAt('F1', 12, 72, 700, 'cut short') }]).subarray(0, 60);
    expect((await inputError(cut)).kind).toBe('unreadable');
  });

  it('rejects more pages than the cap before reading any', async () => {
    const pages = Array.from({ length: MAX_PDF_PAGES + 1 }, () => ({ content: '' }));
    const e = await inputError(minimalPdf(pages));
    expect(e.kind).toBe('too-large');
    expect(e.message).toContain(`${MAX_PDF_PAGES + 1} pages`);
    expect((await inputError(minimalPdf(pages.slice(0, 3)), { maxPages: 2 })).kind).toBe(
      'too-large',
    );
  });

  it('survives damaged files: each gives a Layout or an InputError, never a crash or a hang', async () => {
    const pdf = minimalPdf([
      {
        content: textAt('F2', 12, 72, 700, '一、财政拨款收入') + textAt('F1', 12, 300, 700, '1.00'),
      },
      { content: textAt('F2', 12, 72, 700, '收入总计') + imageAt(100, 100, 50, 50) },
    ]);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 30; round++) {
      const bytes = Buffer.from(pdf);
      if (round % 3 === 0) {
        for (let k = 0; k < 1 + (round % 7); k++) bytes[next() % bytes.length] = next() % 256;
      }
      const input = round % 3 === 1 ? bytes.subarray(0, next() % bytes.length) : bytes;
      const result = await pdfLayout(new Uint8Array(input), 'fuzz.pdf').catch((e: unknown) => e);
      if (result instanceof Error) expect(result).toBeInstanceOf(InputError);
      else expect(result).toHaveProperty('layout.lines');
    }
  });

  it('stops at the time budget instead of hanging', async () => {
    const pdf = minimalPdf([{ content: textAt('F1', 12, 72, 700, 'slow') }]);
    const e = await inputError(pdf, { documentTimeoutMs: -1 });
    expect(e.kind).toBe('unreadable');
    expect(e.message).toContain('time limit');
  });
});
