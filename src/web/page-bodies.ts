// Disclosure page bodies kept in the database: a stored version never changes, so the heavy part
// of its page (every table, the narrative, findings; ≈ 7 ms of CPU) is drawn once, right after
// the save, and read back on later requests as UTF-8 bytes that are sent as they are.
// PAGE_RENDERER names the drawing code: a body drawn by another version is stale, and is drawn
// again (and stored) on its first request.
import type { Store } from '../store/index.js';
import { disclosureContent } from './pages/disclosure.js';

/** Change this whenever disclosureContent (or what it calls) draws differently. */
export const PAGE_RENDERER = 'disclosure-content/1';

const encoder = new TextEncoder();

/** Draws a version's page body and stores it; null when the version is not stored. */
export async function renderPageBody(store: Store, id: number): Promise<Uint8Array | null> {
  const detail = await store.disclosure(id);
  if (!detail) return null;
  const body = encoder.encode(disclosureContent(detail).value);
  await store.putPageBody(id, PAGE_RENDERER, body);
  return body;
}

/** The stored body when it is current, else drawn and stored now; null for an unknown id. */
export async function pageBody(store: Store, id: number): Promise<Uint8Array | null> {
  const stored = await store.pageBody(id);
  if (stored?.renderer === PAGE_RENDERER) return stored.body;
  return renderPageBody(store, id);
}

/** Draws and stores the bodies of these versions (after a bulk load); returns how many. */
export async function prerenderPages(store: Store, ids: Iterable<number>): Promise<number> {
  let n = 0;
  for (const id of ids) if (await renderPageBody(store, id)) n++;
  return n;
}
