// Downloads of a disclosure: the source document as uploaded, the Disclosure as JSON, its table
// cells as CSV, and the render stage's documents (PDF, XLSX, DOCX, HTML, text) when it has them.
import { Hono, type Context } from 'hono';
import type { DisclosureMeta } from '../../store/index.js';
import { chartByName } from '../charts/catalog.js';
import { chartSvg } from '../charts/ssr.js';
import { CSV_BOM, csvLine } from '../csv.js';
import { LruCache } from '../lru.js';
import type { DocumentFormat, Portal, WebEnv } from '../env.js';
import type { DownloadLink } from '../pages/disclosure.js';
import { parseId } from '../params.js';
import { sendError } from './render-page.js';

const DOCUMENT_TYPES: Record<DocumentFormat, { type: string; label: string }> = {
  pdf: { type: 'application/pdf', label: 'PDF' },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel',
  },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word',
  },
  html: { type: 'text/html; charset=utf-8', label: '网页版' },
  txt: { type: 'text/plain; charset=utf-8', label: '文本' },
};

const SOURCE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  text: 'text/plain; charset=utf-8',
  xlsx: DOCUMENT_TYPES.xlsx.type,
  docx: DOCUMENT_TYPES.docx.type,
  xls: 'application/vnd.ms-excel',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
};

export const CSV_COLUMNS = [
  'table_kind',
  'table_number',
  'row_index',
  'row_kind',
  'row_code',
  'row_level',
  'row_name',
  'budget_unit',
  'project',
  'block',
  'column',
  'amount',
  'unit',
] as const;

function baseName(m: DisclosureMeta): string {
  return `${m.department}-${m.year ?? ''}-${m.kind}-v${m.version}`;
}

/** An attachment header that keeps a Chinese file name (RFC 6266 / 5987). */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A version's download links; `documents`: the render stage's documents are offered. */
export function downloadLinks(m: DisclosureMeta, documents: boolean): DownloadLink[] {
  const links: DownloadLink[] = [];
  if (m.hasSource)
    links.push({ label: `原始文件（${m.sourceFormat}）`, href: `/disclosures/${m.id}/source` });
  if (documents)
    for (const f of ['pdf', 'xlsx', 'docx', 'html'] as const)
      links.push({ label: DOCUMENT_TYPES[f].label, href: `/disclosures/${m.id}/document.${f}` });
  links.push({ label: 'JSON', href: `/disclosures/${m.id}/disclosure.json` });
  links.push({ label: 'CSV', href: `/disclosures/${m.id}/tables.csv` });
  return links;
}

export function downloadRoutes(portal: Portal): Hono<WebEnv> {
  const { store } = portal;
  const app = new Hono<WebEnv>();

  const meta = async (c: Context<WebEnv>) => {
    const id = parseId(c.req.param('id'));
    return id ? store.disclosureMeta(id) : null;
  };

  app.get('/disclosures/:id/source', async (c) => {
    const id = parseId(c.req.param('id'));
    const m = await meta(c);
    const doc = id && m ? await store.sourceDocument(id) : null;
    if (!m || !doc) return sendError(c, 404, '没有这份原始文件。');
    return c.body(Buffer.from(doc.bytes), 200, {
      'content-type': SOURCE_TYPES[doc.format] ?? 'application/octet-stream',
      'content-disposition': attachment(doc.file),
    });
  });

  app.get('/disclosures/:id/disclosure.json', async (c) => {
    const id = parseId(c.req.param('id'));
    const detail = id ? await store.disclosure(id) : null;
    if (!detail) return sendError(c, 404, '没有这份公开文件。');
    return c.body(JSON.stringify(detail.disclosure, null, 1), 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': attachment(`${baseName(detail.meta)}.json`),
    });
  });

  app.get('/disclosures/:id/tables.csv', async (c) => {
    const id = parseId(c.req.param('id'));
    const m = await meta(c);
    if (!id || !m) return sendError(c, 404, '没有这份公开文件。');
    const facts = await store.tableFacts({ disclosureId: id, limit: 10_000 });
    const lines = [CSV_BOM, csvLine(CSV_COLUMNS)];
    for (const f of facts)
      lines.push(
        csvLine([
          f.tableKind,
          f.tableNumber,
          f.rowIndex,
          f.rowKind,
          f.rowCode,
          f.rowLevel,
          f.rowName,
          f.budgetUnit,
          f.project,
          f.block,
          f.column,
          f.amount,
          f.unit,
        ]),
      );
    return c.body(lines.join(''), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachment(`${baseName(m)}.csv`),
    });
  });

  // Rendering a PDF takes about a second: keep the last few documents asked for.
  const documents = new LruCache<string, string | Uint8Array>(20);
  app.get('/disclosures/:id/document.:format', async (c) => {
    const format = c.req.param('format') as DocumentFormat;
    const id = parseId(c.req.param('id'));
    const render = await portal.renderDocument();
    if (!(format in DOCUMENT_TYPES) || !render) return sendError(c, 404, '不提供这种格式。');
    const detail = id ? await store.disclosure(id) : null;
    if (!detail) return sendError(c, 404, '没有这份公开文件。');
    const key = `${detail.meta.id}.${format}`;
    let out = documents.get(key);
    try {
      out ??= await render(detail.disclosure, format);
      documents.set(key, out);
    } catch {
      return sendError(c, 503, `暂时无法生成 ${format.toUpperCase()} 文件，请下载 JSON 或 CSV。`);
    }
    const body = typeof out === 'string' ? out : Buffer.from(out);
    return c.body(body, 200, {
      'content-type': DOCUMENT_TYPES[format].type,
      // The rendered page is shown inline: no script may run in it, whatever the document says.
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:",
      ...(format === 'html'
        ? {}
        : { 'content-disposition': attachment(`${baseName(detail.meta)}.${format}`) }),
    });
  });

  // A version never changes, so its charts are cached by browsers and here.
  const svgs = new LruCache<string, string>(300);
  app.get('/disclosures/:id/charts/:file', async (c) => {
    const id = parseId(c.req.param('id'));
    const m = /^([a-z]+)\.(svg|json)$/.exec(c.req.param('file'));
    const chart = m ? chartByName(m[1]!) : undefined;
    if (!id || !m || !chart) return sendError(c, 404, '没有这个图表。');
    const key = `${id}/${chart.name}`;
    let svg = m[2] === 'svg' ? svgs.get(key) : undefined;
    if (!svg) {
      const detail = await store.disclosure(id);
      const option = detail ? chart.option(detail.disclosure) : undefined;
      if (!option) return sendError(c, 404, '没有这个图表。');
      if (m[2] === 'json') return c.json(option, 200, { 'cache-control': IMMUTABLE });
      svg = chartSvg(option);
      svgs.set(key, svg);
    }
    return c.body(svg, 200, {
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': IMMUTABLE,
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
  });

  return app;
}

const IMMUTABLE = 'public, max-age=86400, immutable';
