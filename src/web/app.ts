// The portal as a Hono app: public pages, downloads, the editors' publishing pages and the JSON
// API, over one Store. Tests drive it with app.request(); `yusuan serve` puts it on a port.
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { isInputError } from '../model/errors.js';
import type { AggregateResult, Store } from '../store/index.js';
import { apiRoutes } from './api/routes.js';
import { sessionMiddleware } from './auth/session.js';
import { Drafts } from './drafts.js';
import type { CachedPage, Portal, RenderDocument, WebEnv } from './env.js';
import { LruCache } from './lru.js';
import type { PagePrint } from './page-bodies.js';
import { ParamError } from './params.js';
import { loadRenderDocument } from './render-document.js';
import { assetRoutes } from './routes/assets.js';
import { downloadRoutes } from './routes/downloads.js';
import { pageRoutes } from './routes/pages.js';
import { publishRoutes } from './routes/publish.js';
import { sendError } from './routes/render-page.js';

export interface AppOptions {
  readonly store: Store;
  /** The document writer (default: renderDisclosure from the render stage, when present). */
  readonly renderDocument?: RenderDocument | null;
  /** Disclosure pages kept rendered in memory. */
  readonly pageCacheSize?: number;
  /** Aggregate results kept in memory (0: every request queries the store, as bench/serve measures). */
  readonly aggregateCacheSize?: number;
  /** Where internal errors are logged (default: console.error). */
  readonly logError?: (e: unknown) => void;
}

export interface PortalApp {
  readonly app: Hono<WebEnv>;
  readonly portal: Portal;
}

/** How long cached pages and aggregates live: the bound on staleness when another process
 * (yusuan import, a second server) writes to the same database. */
const CACHE_TTL_MS = 60_000;

const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

function isApi(c: Context): boolean {
  return new URL(c.req.url).pathname.startsWith('/api/');
}

export function createApp(opts: AppOptions): PortalApp {
  let renderer: Promise<RenderDocument | undefined> | undefined =
    opts.renderDocument === undefined
      ? undefined
      : Promise.resolve(opts.renderDocument ?? undefined);
  const logError =
    opts.logError ?? ((e: unknown) => console.error('yusuan serve: internal error:', e));
  const pages = new LruCache<number, PagePrint>(opts.pageCacheSize ?? 500, CACHE_TTL_MS);
  const aggregates = new LruCache<string, Promise<AggregateResult>>(
    opts.aggregateCacheSize ?? 200,
    CACHE_TTL_MS,
  );
  const fragments = new LruCache<string, CachedPage>(500, CACHE_TTL_MS);
  const drawing = new Map<string, Promise<CachedPage>>();
  const portal: Portal = {
    store: opts.store,
    drafts: new Drafts(),
    pages,
    aggregates,
    fragments,
    drawing,
    invalidate: () => {
      pages.clear();
      fragments.clear();
      drawing.clear();
      aggregates.clear();
    },
    renderDocument: () => (renderer ??= loadRenderDocument()),
    logError,
  };

  const app = new Hono<WebEnv>();
  app.use(secureHeaders());
  // Pages load scripts and styles from this site only; a route that serves a document from
  // elsewhere (the rendered official document, chart SVGs) sets a stricter policy of its own.
  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has('content-security-policy'))
      c.res.headers.set('content-security-policy', PAGE_CSP);
  });
  app.use(sessionMiddleware(opts.store));
  app.route('/', assetRoutes());
  app.route('/api', apiRoutes(portal));
  app.route('/', pageRoutes(portal));
  app.route('/', downloadRoutes(portal));
  app.route('/', publishRoutes(portal));

  app.notFound((c) =>
    isApi(c)
      ? c.json({ error: 'not-found', message: 'no such endpoint' }, 404)
      : sendError(c, 404, '没有这个页面。'),
  );

  app.onError((err, c) => {
    if (err instanceof ParamError)
      return isApi(c)
        ? c.json({ error: 'invalid-parameter', message: err.message, issues: err.issues }, 400)
        : sendError(c, 400, err.message);
    if (err instanceof HTTPException) {
      const res = err.getResponse();
      return isApi(c)
        ? c.json({ error: 'http-error', message: err.message || res.statusText }, err.status)
        : sendError(c, err.status, err.message || res.statusText);
    }
    if (isInputError(err))
      return isApi(c)
        ? c.json({ error: err.kind, message: err.message }, 400)
        : sendError(c, 400, err.message);
    logError(err);
    return isApi(c)
      ? c.json({ error: 'internal', message: 'internal error' }, 500)
      : sendError(c, 500, '服务器内部错误，请稍后重试。');
  });

  return { app, portal };
}
