// The JSON API: read-only, every query parameter validated (400 naming the parameter), unknown
// ids 404, errors as {error, message}. Described by /api/openapi.json.
import { Hono, type Context } from 'hono';
import { cachedAggregate, type Portal, type WebEnv } from '../env.js';
import { parseId, parseQuery, queryOf } from '../params.js';
import { dataPackage, exportCsv } from './export.js';
import { openApiDocument } from './openapi.js';
import {
  AggregateQuery,
  CompareQuery,
  DepartmentsQuery,
  DisclosuresQuery,
  ExportQuery,
  FactsQuery,
  FindingsQuery,
  SearchQuery,
} from './schemas.js';

function notFound(c: Context, what: string): Response {
  return c.json({ error: 'not-found', message: `no such ${what}` }, 404);
}

function query(c: Context) {
  return queryOf(c.req.url);
}

export function apiRoutes(portal: Portal): Hono<WebEnv> {
  const { store } = portal;
  const api = new Hono<WebEnv>();

  api.get('/', (c) => c.redirect('/api/openapi.json'));
  api.get('/openapi.json', (c) => c.json(openApiDocument(new URL(c.req.url).origin)));

  api.get('/regions', async (c) => c.json({ regions: await store.regions() }));

  api.get('/departments', async (c) => {
    const q = parseQuery(DepartmentsQuery, query(c));
    return c.json({ departments: await store.listDepartments(q) });
  });

  api.get('/departments/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const d = id ? await store.department(id) : null;
    return d ? c.json(d) : notFound(c, 'department');
  });

  api.get('/departments/:id/trends', async (c) => {
    const id = parseId(c.req.param('id'));
    const d = id ? await store.department(id) : null;
    if (!d) return notFound(c, 'department');
    return c.json({ department: d.id, trends: await store.trends(d.id) });
  });

  api.get('/disclosures', async (c) => {
    const q = parseQuery(DisclosuresQuery, query(c));
    return c.json({ disclosures: await store.latestDisclosures(q.limit) });
  });

  api.get('/disclosures/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const d = id ? await store.disclosure(id) : null;
    return d ? c.json({ meta: d.meta, disclosure: d.disclosure }) : notFound(c, 'disclosure');
  });

  api.get('/disclosures/:id/versions', async (c) => {
    const id = parseId(c.req.param('id'));
    const m = id ? await store.disclosureMeta(id) : null;
    return m
      ? c.json({ versions: await store.disclosureVersions(m.id) })
      : notFound(c, 'disclosure');
  });

  api.get('/disclosures/:id/tables', async (c) => {
    const id = parseId(c.req.param('id'));
    const d = id ? await store.disclosure(id) : null;
    return d ? c.json({ id: d.meta.id, tables: d.disclosure.tables }) : notFound(c, 'disclosure');
  });

  api.get('/disclosures/:id/findings', async (c) => {
    const id = parseId(c.req.param('id'));
    const m = id ? await store.disclosureMeta(id) : null;
    if (!m) return notFound(c, 'disclosure');
    return c.json({
      id: m.id,
      counts: m.counts,
      findings: await store.findings({ disclosureId: m.id, limit: 10_000 }),
    });
  });

  api.get('/facts', async (c) => {
    const q = parseQuery(FactsQuery, query(c));
    const facts = await store.tableFacts({
      ...(q.year !== undefined ? { year: q.year } : {}),
      ...(q.region ? { region: q.region } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.table ? { tableKind: q.table } : {}),
      ...(q.code ? { code: q.code } : {}),
      ...(q.column ? { column: q.column } : {}),
      ...(q.department ? { departmentId: q.department } : {}),
      ...(q.disclosure ? { disclosureId: q.disclosure } : {}),
      limit: q.limit,
      offset: q.offset,
    });
    return c.json({ facts });
  });

  api.get('/findings', async (c) => {
    const q = parseQuery(FindingsQuery, query(c));
    const findings = await store.findings({
      ...(q.disclosure ? { disclosureId: q.disclosure } : {}),
      ...(q.rule ? { ruleId: q.rule } : {}),
      ...(q.outcome ? { outcome: q.outcome } : {}),
      ...(q.severity ? { severity: q.severity } : {}),
      limit: q.limit,
      offset: q.offset,
    });
    return c.json({ findings });
  });

  api.get('/aggregate', async (c) => {
    const q = parseQuery(AggregateQuery, query(c));
    return c.json(await cachedAggregate(portal, q));
  });

  api.get('/compare', async (c) => {
    const q = parseQuery(CompareQuery, query(c));
    return c.json(await store.compare(q.ids.split(',').map(Number)));
  });

  api.get('/search', async (c) => {
    const q = parseQuery(SearchQuery, query(c));
    return c.json({ q: q.q, hits: await store.search(q.q, { limit: q.limit }) });
  });

  api.get('/export.csv', (c) => {
    const q = parseQuery(ExportQuery, query(c));
    const filter = {
      ...(q.year !== undefined ? { year: q.year } : {}),
      ...(q.region ? { region: q.region } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.department ? { departmentId: q.department } : {}),
    };
    return c.body(exportCsv(store, filter), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="yusuan-table-cells.csv"',
    });
  });

  api.get('/datapackage.json', (c) => {
    const q = parseQuery(ExportQuery, query(c));
    const search = new URL(c.req.url).search;
    const filter = {
      ...(q.year !== undefined ? { year: q.year } : {}),
      ...(q.region ? { region: q.region } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
    };
    return c.json(dataPackage(`export.csv${search}`, filter));
  });

  api.all('*', (c) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? notFound(c, 'endpoint')
      : c.json({ error: 'method-not-allowed', message: 'the API is read-only' }, 405),
  );

  return api;
}
