// Disclosure pages kept in the database. A stored version never changes, so the heavy part of its
// page (every table, the narrative, findings; ≈ 7 ms of CPU) is drawn once, right after the save,
// and read back later as UTF-8 bytes. Beside it, the whole page as readers who are not signed in
// get it ("print", gzip): a cold request is then one indexed read of ~20 KB, sent as it is.
// PAGE_RENDERER names the drawing code: a body or print drawn by another version is stale, and
// is drawn again (and stored) on its first request.
import { gzipSync } from 'node:zlib';
import type { Store } from '../store/index.js';
import { disclosureContent, disclosureHeader, disclosureTitle } from './pages/disclosure.js';
import { downloadLinks } from './routes/downloads.js';
import { bytesPage } from './routes/render-page.js';
import type { CachedPage } from './env.js';

/** Change this whenever disclosureContent, disclosureHeader or the page shell draws differently. */
export const PAGE_RENDERER = 'disclosure-content/3';

/** A print's tag: the renderer, and whether its download links list the rendered documents. */
export function printTag(documents: boolean): string {
  return `${PAGE_RENDERER};${documents ? 'documents' : 'data'}`;
}

/** A whole page for readers who are not signed in: gzip bytes, and the plain ones once needed. */
export interface PagePrint {
  readonly gzip: Uint8Array;
  plain?: Uint8Array;
}

const encoder = new TextEncoder();

/** Draws a version's page body and stores it; null when the version is not stored. */
export async function renderPageBody(
  store: Store,
  id: number,
  opts: { documents?: boolean } = {},
): Promise<Uint8Array | null> {
  const detail = await store.disclosure(id);
  if (!detail) return null;
  const body = encoder.encode(disclosureContent(detail).value);
  await store.putPageBody(id, PAGE_RENDERER, body);
  // With the portal's download options known, the print too (else on the first request).
  if (opts.documents !== undefined) {
    const drawn = await drawDisclosurePage(store, id, opts.documents, body);
    if (drawn) await store.putPagePrint(id, printTag(opts.documents), printOf(drawn).gzip);
  }
  return body;
}

/** The stored body when it is current, else drawn and stored now; null for an unknown id. */
export async function pageBody(store: Store, id: number): Promise<Uint8Array | null> {
  const stored = await store.pageBody(id);
  if (stored?.renderer === PAGE_RENDERER) return stored.body;
  return renderPageBody(store, id);
}

/**
 * A version's whole page: the header (versions, downloads) drawn now around the stored body.
 * Null for an unknown id.
 */
export async function drawDisclosurePage(
  store: Store,
  id: number,
  documents: boolean,
  content?: Uint8Array,
): Promise<CachedPage | null> {
  const meta = await store.disclosureMeta(id);
  const body = meta ? (content ?? (await pageBody(store, meta.id))) : null;
  if (!meta || body === null) return null;
  // The only version of its series (the common case) needs no query for the list.
  const only = meta.version === 1 && meta.isLatest;
  const versions = only ? [meta] : await store.disclosureVersions(meta.id);
  const header = disclosureHeader(meta, versions, downloadLinks(meta, documents));
  return bytesPage(disclosureTitle(meta), header, body, { charts: true });
}

/** A drawn page as readers who are not signed in get it, compressed once. */
export function printOf(page: CachedPage): PagePrint {
  const plain = page.anonymous!;
  return { gzip: gzipSync(plain), plain };
}

/** Draws and stores the bodies and prints of these versions (after a bulk load); returns how many. */
export async function prerenderPages(
  store: Store,
  ids: Iterable<number>,
  documents: boolean,
): Promise<number> {
  let n = 0;
  for (const id of ids) if (await renderPageBody(store, id, { documents })) n++;
  return n;
}
