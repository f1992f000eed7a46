// Render a Disclosure as the official document: one layout (build.ts), one renderer per format.
import type { Disclosure } from '../../model/disclosure.js';
import { buildDocument } from './build.js';
import { renderText } from './txt.js';

export const DOCUMENT_FORMATS = ['html', 'pdf', 'xlsx', 'docx', 'txt'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export { buildDocument } from './build.js';
export type { DocLayout, DocBlock, DocTable } from './layout.js';

/** The document in one format: text formats as a string, binary formats as a Buffer. */
export async function renderDisclosure(
  d: Disclosure,
  format: DocumentFormat,
): Promise<Buffer | string> {
  const doc = buildDocument(d);
  switch (format) {
    case 'txt':
      return renderText(doc);
    case 'html':
      return (await import('./html.js')).renderHtml(doc);
    case 'pdf':
      return (await import('./pdf.js')).renderPdf(doc);
    case 'xlsx':
      return (await import('./xlsx.js')).renderXlsx(doc);
    case 'docx':
      return (await import('./docx.js')).renderDocx(doc);
  }
}
