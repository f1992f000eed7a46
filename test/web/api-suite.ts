// The portal's API and pages on one database (api.sqlite.test.ts, api.postgres.test.ts): real
// figures from both seeds, filters, validation (400), unknown ids (404), read-only.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON responses, checked by value */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPT000, DEPT004, hasSeeds, S000, webFixture, type WebFixture } from './fixtures.js';
import { needsShared } from '../helpers/shared.js';

const INJECTION = "' OR 1=1 --";

export function apiSuite(label: string, url: () => Promise<string>): void {
  describe.skipIf(!hasSeeds())(`portal API on ${label}`, () => {
    let f: WebFixture;
    const get = async (path: string) => {
      const res = await f.app.request(path);
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    };

    beforeAll(async () => {
      f = await webFixture(await url());
    });
    afterAll(async () => {
      await f?.store.close();
    });

    it('lists departments with their regions', async () => {
      const { status, body } = await get('/api/departments');
      expect(status).toBe(200);
      const names = body.departments.map((d: { name: string }) => d.name);
      expect(names).toContain(DEPT000);
      expect(names).toContain(DEPT004);
      const d000 = body.departments.find((d: { name: string }) => d.name === DEPT000);
      expect([d000.region, d000.latestYear]).toEqual(['新疆', 2025]);
    });

    it('returns a disclosure with its key figures (seed 000: 收支总计 14303.93 万元)', async () => {
      const { status, body } = await get(`/api/disclosures/${f.id000}`);
      expect(status).toBe(200);
      expect(body.meta.department).toBe(DEPT000);
      expect([body.meta.year, body.meta.kind, body.meta.unit, body.meta.total]).toEqual([
        2025,
        '预算',
        '万元',
        14303.93,
      ]);
      expect(body.disclosure.summary.total).toBe(14303.93);
      expect(body.disclosure.summary.threePublic.total).toBe(320.81);
    });

    it("returns a disclosure's tables as parsed", async () => {
      const { body } = await get(`/api/disclosures/${f.id000}/tables`);
      expect(body.tables).toHaveLength(11);
      const t3 = body.tables.find((t: { kind: string }) => t.kind === 'expenditure');
      expect(t3.rows.find((r: { kind: string }) => r.kind === 'total').values.total).toBe(14303.93);
      const four = await get(`/api/disclosures/${f.id004}/tables`);
      expect(four.body.tables).toHaveLength(9);
    });

    it('filters table facts by year, kind, table, code and column', async () => {
      const { body } = await get(
        '/api/facts?year=2025&kind=预算&table=expenditure&code=201&column=total',
      );
      expect(body.facts.map((x: any) => [x.department, x.rowCode, x.amount])).toEqual([
        [DEPT000, '201', 10877.89],
      ]);
      const prefix = await get(
        `/api/facts?disclosure=${f.id004}&table=general-budget&code=201*&column=total`,
      );
      expect(prefix.body.facts.length).toBeGreaterThan(1);
      expect(prefix.body.facts.every((x: any) => x.rowCode.startsWith('201'))).toBe(true);
      expect(prefix.body.facts.find((x: any) => x.rowCode === '201').amount).toBe(662.96);
    });

    it('lists findings of a disclosure and filters them', async () => {
      const all = await get(`/api/disclosures/${f.id000}/findings`);
      expect(all.status).toBe(200);
      expect(all.body.findings.length).toBeGreaterThan(0);
      expect(all.body.counts.fail).toBeGreaterThanOrEqual(0);
      const rule = all.body.findings[0].ruleId as string;
      const one = await get(`/api/findings?disclosure=${f.id000}&rule=${encodeURIComponent(rule)}`);
      expect(one.body.findings.length).toBeGreaterThan(0);
      expect(
        one.body.findings.every((x: any) => x.ruleId === rule && x.disclosureId === f.id000),
      ).toBe(true);
    });

    it('aggregates a region and year (only seed 000 is 新疆 2025)', async () => {
      const { status, body } = await get('/api/aggregate?year=2025&region=新疆&kind=预算');
      expect(status).toBe(200);
      expect([body.departments, body.unit]).toEqual([1, '万元']);
      expect(body.byClass.map((l: any) => [l.code, l.amount])).toEqual([
        ['201', 10877.89],
        ['208', 2133.17],
        ['210', 707.43],
        ['221', 585.46],
      ]);
      expect(body.threePublic.total).toBe(320.81);
    });

    it('searches department names, projects and narrative', async () => {
      const { body } = await get('/api/search?q=办公厅');
      expect(body.hits.some((h: any) => h.kind === 'department' && h.department === DEPT000)).toBe(
        true,
      );
    });

    it('compares two disclosures line by line', async () => {
      const { body } = await get(`/api/compare?ids=${f.id000},${f.id004}`);
      expect(body.disclosures.map((m: any) => m.id)).toEqual([f.id000, f.id004]);
      const r201 = body.rows.find((r: any) => r.code === '201');
      expect(r201.amounts[1]).toBe(662.96);
    });

    it('exports every cell as CSV and describes it as a Fiscal Data Package', async () => {
      const res = await f.app.request('/api/export.csv?year=2025');
      expect(res.headers.get('content-type')).toMatch(/text\/csv/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: spreadsheets read UTF-8
      const csv = new TextDecoder().decode(bytes);
      expect(csv.split('\r\n')[0]).toBe(
        'department,region,level,year,kind,disclosureId,version,tableKind,tableNumber,rowCode,rowLevel,rowName,budgetUnit,project,column,amount,unit',
      );
      expect(csv).toContain(`${DEPT000},新疆`);
      expect(csv).toContain('14303.93');
      expect(csv).not.toContain(DEPT004); // 2021
      const pkg = await get('/api/datapackage.json?year=2025');
      expect(pkg.body.profile).toBe('fiscal-data-package');
      expect(pkg.body.resources[0].path).toBe('export.csv?year=2025');
      expect(pkg.body.resources[0].schema.fields.map((x: any) => x.name)).toContain('amount');
    });

    it('serves an OpenAPI document whose parameters match the validators', async () => {
      const { body } = await get('/api/openapi.json');
      expect(body.openapi).toBe('3.1.0');
      const names = body.paths['/facts'].get.parameters.map((p: any) => p.name);
      expect(names).toEqual([
        'year',
        'region',
        'kind',
        'table',
        'code',
        'column',
        'department',
        'disclosure',
        'limit',
        'offset',
      ]);
      const year = body.paths['/aggregate'].get.parameters.find((p: any) => p.name === 'year');
      expect([year.required, year.schema.minimum]).toEqual([true, 1990]);
    });

    it('answers bad parameters with 400 naming the parameter', async () => {
      for (const [path, param] of [
        ['/api/facts?year=abc', 'year'],
        ['/api/facts?table=nope', 'table'],
        ['/api/facts?code=20%27', 'code'],
        ['/api/facts?limit=100000', 'limit'],
        ['/api/aggregate', 'year'],
        ['/api/search?q=', 'q'],
        ['/api/compare?ids=1', 'ids'],
      ] as const) {
        const { status, body } = await get(path);
        expect([path, status, body.error]).toEqual([path, 400, 'invalid-parameter']);
        expect(body.issues[0].parameter).toBe(param);
      }
    });

    it('answers unknown ids with 404 and writes with 405', async () => {
      for (const path of [
        '/api/disclosures/999999',
        '/api/disclosures/abc',
        '/api/departments/0',
        '/api/nothing',
        '/api/disclosures/99999999999/tables',
      ])
        expect([path, (await f.app.request(path)).status]).toEqual([path, 404]);
      const post = await f.app.request('/api/facts', { method: 'POST', body: '{}' });
      expect(post.status).toBe(405);
    });

    it('treats SQL-like filter values as plain text', async () => {
      const before = (await get('/api/departments')).body.departments.length;
      expect(
        (await get(`/api/departments?q=${encodeURIComponent(INJECTION)}`)).body.departments,
      ).toEqual([]);
      expect((await get(`/api/facts?region=${encodeURIComponent(INJECTION)}`)).body.facts).toEqual(
        [],
      );
      const s = await get(`/api/search?q=${encodeURIComponent("'; DROP TABLE departments; --")}`);
      expect(s.status).toBe(200);
      const r = await get(`/api/findings?rule=${encodeURIComponent(INJECTION)}`);
      expect(r.body.findings).toEqual([]);
      expect((await get('/api/departments')).body.departments.length).toBe(before);
    });

    it('shows the disclosure page with its figures', async () => {
      const res = await f.app.request(`/disclosures/${f.id000}`);
      const page = await res.text();
      expect(res.status).toBe(200);
      expect(page).toContain(DEPT000);
      expect(page).toContain('14,303.93');
      // Charts are SVG drawn on the server, shown as images (no JavaScript needed).
      const src = `/disclosures/${f.id000}/charts/function.svg`;
      expect(page).toContain(`src="${src}"`);
      const svg = await f.app.request(src);
      expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
      const text = await svg.text();
      expect(text).toMatch(/^<svg/);
      expect(text).toContain('201 一般公共服务支出');
      expect((await f.app.request(`/disclosures/${f.id000}/charts/nope.svg`)).status).toBe(404);
    });
  });
  if (!hasSeeds())
    describe(`portal API on ${label}`, () => it.skip(needsShared('seeds', S000), () => {}));
}
