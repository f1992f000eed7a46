// pdfjs-dist behind a small plain-data interface: open a document, read a page's text items in
// page coordinates. Loaded lazily (the CLI starts fast when no PDF is read). Runs in-process (pdfjs
// uses its "fake worker" in Node); the character maps and standard fonts are read from the
// installed package, or non-embedded CJK fonts (STSong, 仿宋_GB2312) give no text at all.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageItem } from './pieces.js';

type Pdfjs = typeof PdfjsModule;
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

/**
 * Images are decoded only to tell a scanned page from a blank one; larger ones (beyond an A4
 * page scanned at 600 dpi) are skipped by pdfjs rather than held in memory.
 */
const MAX_IMAGE_PIXELS = 40_000_000;

let pdfjs: Promise<Pdfjs> | undefined;
let assets: { cMapUrl: string; standardFontDataUrl: string } | undefined;

function loadPdfjs(): Promise<Pdfjs> {
  if (!pdfjs) {
    process.on('unhandledRejection', dropPdfjsRejection);
    pdfjs = import('pdfjs-dist/legacy/build/pdf.mjs');
  }
  return pdfjs;
}

/**
 * pdfjs leaves some of its own promises unhandled on damaged files (Catalog.getPageDict prefetches
 * every page dictionary and drops the fetches it does not need; a corrupt one rejects with
 * nobody listening), and Node ends the process on an unhandled rejection. The failure also
 * reaches us through the promise we await, so a rejection raised inside pdfjs is dropped here.
 * Anything else keeps Node's default (fatal) unless the application listens itself.
 */
function dropPdfjsRejection(reason: unknown): void {
  const stack = (reason as { stack?: unknown } | null)?.stack;
  if (typeof stack === 'string' && stack.includes(`${sep}pdfjs-dist${sep}`)) return;
  if (process.listenerCount('unhandledRejection') > 1) return;
  throw reason;
}

function assetDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!assets) {
    const pkg = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    assets = {
      cMapUrl: join(pkg, 'cmaps') + sep,
      standardFontDataUrl: join(pkg, 'standard_fonts') + sep,
    };
  }
  return assets;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly items: PageItem[];
}

export interface OpenPdf {
  readonly pages: number;
  /** The text items of a page (1-based), in page coordinates. */
  page(n: number): Promise<PdfPage>;
  /** Whether a page paints any image (asked only for pages without text). */
  hasImages(n: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Open a PDF. Rejects with pdfjs's own exceptions (PasswordException, InvalidPDFException…). */
export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    // pdfjs transfers (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    ...assetDirs(),
    cMapPacked: true,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    maxImageSize: MAX_IMAGE_PIXELS,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw e;
  }
  const paintImage = new Set([
    lib.OPS.paintImageXObject,
    lib.OPS.paintInlineImageXObject,
    lib.OPS.paintInlineImageXObjectGroup,
    lib.OPS.paintImageMaskXObject,
    lib.OPS.paintImageMaskXObjectGroup,
    lib.OPS.paintImageXObjectRepeat,
    lib.OPS.paintImageMaskXObjectRepeat,
  ]);
  return {
    pages: doc.numPages,
    async page(n) {
      const page = await doc.getPage(n);
      try {
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const items: PageItem[] = [];
        for (const item of content.items) {
          if (!('str' in item) || item.str === '') continue;
          items.push(toPageItem(viewport.transform, item.transform, item.str, item.width));
        }
        return { width: viewport.width, height: viewport.height, items };
      } finally {
        page.cleanup();
      }
    },
    async hasImages(n) {
      const page = await doc.getPage(n);
      try {
        const ops = await page.getOperatorList();
        return ops.fnArray.some((op) => paintImage.has(op));
      } finally {
        page.cleanup();
      }
    },
    async close() {
      await task.destroy();
    },
  };
}

/** An item's position on the displayed page (rotation applied; y grows downward). */
function toPageItem(view: number[], tm: number[], str: string, width: number): PageItem {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = tm;
  const [va = 1, vb = 0, vc = 0, vd = 1, ve = 0, vf = 0] = view;
  const m0 = va * a + vc * b;
  const m1 = vb * a + vd * b;
  const m2 = va * c + vc * d;
  const m3 = vb * c + vd * d;
  const x = va * e + vc * f + ve;
  const y = vb * e + vd * f + vf;
  const size = Math.hypot(m2, m3);
  const run = Math.hypot(m0, m1);
  // Text not running left to right (vertical or rotated): place it by its start and its extent
  // along x, so that it still lands on a line; these are rare in disclosures.
  if (run > 0 && (Math.abs(m1) > 0.1 * run || m0 < 0)) {
    const dx = (m0 / run) * width;
    return { str, x: Math.min(x, x + dx), y, width: Math.abs(dx) || size, size };
  }
  return { str, x, y, width, size };
}
