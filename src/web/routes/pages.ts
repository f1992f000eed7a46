// The public pages: home, departments, a department, a disclosure, compare, aggregate, search.
// Everything is read-only and server-rendered.
import { Hono } from 'hono';
import { z } from 'zod';
import type { CodeLevel } from '../../model/table.js';
import type { DisclosureMeta } from '../../store/index.js';
import { AggregateQuery, DepartmentsQuery } from '../api/schemas.js';
import {
  cachedAggregate,
  cachedFragment,
  offersDocuments,
  type CachedPage,
  type Portal,
  type WebEnv,
} from '../env.js';
import { aggregateBody, type AggregateView } from '../pages/aggregate.js';
import { compareBody } from '../pages/compare.js';
import { departmentBody, departmentListBody } from '../pages/departments.js';
import { drawDisclosurePage, printOf, printTag } from '../page-bodies.js';
import { homeBody, type RegionDepartments } from '../pages/home.js';
import { searchBody } from '../pages/search.js';
import { parseId, parseQuery, queryOf } from '../params.js';
import { sendCachedPage, sendError, sendPage, sendPrint } from './render-page.js';

/** A drawn "no such page" answer (kept like a page, so a missing id is not queried again). */
const NO_PAGE: CachedPage = { title: '', body: '' };

/** Departments listed per region and level on the home page before a "more" link. */
const HOME_PER_LEVEL = 30;

export function pageRoutes(portal: Portal): Hono<WebEnv> {
  const { store } = portal;
  const app = new Hono<WebEnv>();

  app.get('/', async (c) => {
    const regions = await store.regions();
    const list: RegionDepartments[] = [];
    for (const region of regions) {
      const ordered = [...region.levels].sort((a, b) => levelRank(a.level) - levelRank(b.level));
      const levels = await Promise.all(
        ordered.map(async (l) => ({
          level: l.level,
          total: l.departments,
          departments: (
            await store.listDepartments({
              region: region.region,
              ...(l.level ? { level: l.level } : {}),
              limit: HOME_PER_LEVEL,
            })
          ).filter((d) => d.level === l.level),
        })),
      );
      list.push({ region, levels });
    }
    const latest = await store.latestDisclosures(20);
    return sendPage(c, '首页', homeBody({ regions: list, latest }));
  });

  app.get('/departments', async (c) => {
    const q = parseQuery(DepartmentsQuery, queryOf(c.req.url));
    const departments = await store.listDepartments(q);
    return sendPage(
      c,
      '部门',
      departmentListBody({
        departments,
        offset: q.offset,
        limit: q.limit,
        ...(q.region ? { region: q.region } : {}),
        ...(q.level ? { level: q.level } : {}),
        ...(q.q ? { q: q.q } : {}),
      }),
    );
  });

  app.get('/departments/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    if (!id) return sendError(c, 404, '没有这个部门。');
    const page = await cachedFragment(portal, `department/${id}`, async () => {
      const department = await store.department(id);
      if (!department) return NO_PAGE;
      const trends = await store.trends(department.id);
      return { title: department.name, body: departmentBody({ department, trends }).value };
    });
    if (page === NO_PAGE) return sendError(c, 404, '没有这个部门。');
    return sendCachedPage(c, page, { charts: true });
  });

  app.get('/disclosures/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    if (!id) return sendError(c, 404, '没有这份公开文件。');
    const user = c.get('user');
    const documents = await offersDocuments(portal);
    // Readers who are not signed in: the print from memory, else from the database.
    if (!user) {
      let print = portal.pages.get(id);
      if (!print) {
        const gzip = await store.pagePrint(id, printTag(documents));
        if (gzip) portal.pages.set(id, (print = { gzip }));
      }
      if (print) return sendPrint(c, print);
    }
    // Else drawn now around the stored body (itself drawn and stored when missing); the print is
    // kept for the next reader.
    const page = await drawDisclosurePage(store, id, documents);
    if (!page) return sendError(c, 404, '没有这份公开文件。');
    if (user) return sendCachedPage(c, page, { charts: true });
    const print = printOf(page);
    // Kept for the next reader; a failed write only means it is drawn again then.
    await store
      .putPagePrint(id, printTag(documents), print.gzip)
      .catch((e: unknown) => portal.logError(e));
    portal.pages.set(id, print);
    return sendPrint(c, print);
  });

  app.get('/compare', async (c) => {
    const query = queryOf(c.req.url);
    const ids = [query.ids ?? []]
      .flat()
      .flatMap((s) => s.split(','))
      .map((s) => parseId(s.trim()))
      .filter((n): n is number => n !== undefined)
      .slice(0, 10);
    const level = parseQuery(
      z.object({ level: z.enum(['类', '款', '项']).default('款') }),
      typeof query.level === 'string' ? { level: query.level } : {},
    ).level as CodeLevel;
    const result = ids.length ? await store.compare(ids) : null;
    const choices = compareChoices(await store.latestDisclosures(300), result?.disclosures ?? []);
    return sendPage(c, '对比', compareBody({ result, level, choices, selected: ids }));
  });

  app.get('/aggregate', async (c) => {
    const query = queryOf(c.req.url);
    // Parameters are checked before anything is drawn or kept.
    const asked = query.year ? parseQuery(AggregateQuery, query) : null;
    const key = `aggregate${new URL(c.req.url).search}`;
    const page = await cachedFragment(portal, key, async () => {
      const regions = (await store.regions()).map((r) => r.region);
      let view: AggregateView;
      if (!asked) {
        // No year asked: the latest year, the first region.
        const year = (await store.latestDisclosures(1))[0]?.year ?? undefined;
        const region = regions[0];
        const filter = { kind: '预算' as const, ...(region ? { region } : {}) };
        const result = year ? await cachedAggregate(portal, { year, ...filter }) : null;
        view = { regions, result, ...filter, ...(year ? { year } : {}) };
      } else {
        const result = await cachedAggregate(portal, asked);
        view = {
          regions,
          kind: asked.kind,
          year: asked.year,
          result,
          ...(asked.region ? { region: asked.region } : {}),
        };
      }
      return { title: '汇总', body: aggregateBody(view).value };
    });
    return sendCachedPage(c, page, { charts: true });
  });

  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 100);
    const hits = q ? await store.search(q, { limit: 100 }) : [];
    return sendPage(c, q ? `搜索：${q}` : '搜索', searchBody(q, hits), { q });
  });

  return app;
}

const LEVEL_ORDER = ['省级', '市级', '区县级'];

/** 省级 first, then 市级, 区县级, and departments of unknown level last. */
function levelRank(level: string | null): number {
  const i = level ? LEVEL_ORDER.indexOf(level) : -1;
  return i < 0 ? LEVEL_ORDER.length : i;
}

/** The disclosures offered on the compare form: the selected ones first, then the latest. */
function compareChoices(
  latest: readonly DisclosureMeta[],
  selected: readonly DisclosureMeta[],
): DisclosureMeta[] {
  const seen = new Set(selected.map((m) => m.id));
  return [...selected, ...latest.filter((m) => !seen.has(m.id))];
}
