// What every route of the portal shares: the store, the optional document renderer, drafts, and
// the page cache. Built once by createApp.
import type { Disclosure } from '../model/disclosure.js';
import type { AggregateFilter, AggregateResult, Store } from '../store/index.js';
import type { AuthEnv } from './auth/session.js';
import type { Drafts } from './drafts.js';
import type { LruCache } from './lru.js';
import type { PagePrint } from './page-bodies.js';

/** Formats renderDisclosure (src/render/document) writes, when it is present. */
export type DocumentFormat = 'html' | 'pdf' | 'xlsx' | 'docx' | 'txt';

export type RenderDocument = (
  d: Disclosure,
  format: DocumentFormat,
) => Promise<string | Uint8Array> | string | Uint8Array;

export interface CachedPage {
  readonly title: string;
  readonly body: string;
  /** The whole page as sent to readers who are not signed in (it is the same for all of them). */
  anonymous?: Uint8Array;
}

export interface Portal {
  readonly store: Store;
  readonly drafts: Drafts;
  /** Disclosure pages as readers who are not signed in get them, by version id. */
  readonly pages: LruCache<number, PagePrint>;
  /** Rendered page bodies with charts by URL (department, aggregate pages). */
  readonly fragments: LruCache<string, CachedPage>;
  /** Fragments being drawn, by URL: concurrent requests for one share the drawing. */
  readonly drawing: Map<string, Promise<CachedPage>>;
  /**
   * Aggregate results by filter: they change only when something is published. The promise is
   * kept, so concurrent requests for one filter share one query.
   */
  readonly aggregates: LruCache<string, Promise<AggregateResult>>;
  /** Logs an internal error (never shown to the user). */
  logError(e: unknown): void;
  /** Drops every cached page and result (after a publish). */
  invalidate(): void;
  /** renderDisclosure, once loaded (undefined: the render stage has no document writer yet). */
  renderDocument(): Promise<RenderDocument | undefined>;
}

export type WebEnv = AuthEnv;

/**
 * A fragment from the cache, else drawn once however many requests ask for it meanwhile (50
 * readers arriving together would otherwise each query and draw it).
 */
export function cachedFragment(
  portal: Portal,
  key: string,
  draw: () => Promise<CachedPage>,
): Promise<CachedPage> {
  const hit = portal.fragments.get(key);
  if (hit) return Promise.resolve(hit);
  const pending = portal.drawing.get(key);
  if (pending) return pending;
  const drawn = draw().then((page) => {
    // Not kept when a publish invalidated the caches while it was drawn.
    if (portal.drawing.get(key) === drawn) portal.fragments.set(key, page);
    return page;
  });
  portal.drawing.set(key, drawn);
  const done = () => {
    if (portal.drawing.get(key) === drawn) portal.drawing.delete(key);
  };
  drawn.then(done, done);
  return drawn;
}

/** Whether pages offer the render stage's documents (PDF, XLSX, …) for download. */
export async function offersDocuments(portal: Portal): Promise<boolean> {
  return (await portal.renderDocument()) !== undefined;
}

/** An aggregate, from the cache when it is there. */
export async function cachedAggregate(
  portal: Portal,
  filter: AggregateFilter,
): Promise<AggregateResult> {
  const key = JSON.stringify([filter.region ?? null, filter.year, filter.kind ?? '预算']);
  const hit = portal.aggregates.get(key);
  if (hit) return hit;
  const result = portal.store.aggregate(filter);
  portal.aggregates.set(key, result);
  // A failed query is not kept: the next request tries again.
  result.catch(() => {
    if (portal.aggregates.get(key) === result) portal.aggregates.delete(key);
  });
  return result;
}
