// The store's behaviour, run against each database (sqlite.test.ts, postgres.test.ts): both
// parsed seeds stored with their check results, and real figures read back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/check/index.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { applyRegionTotals } from '../../src/store/region-totals.js';
import {
  EXPORT_COLUMNS,
  openStore,
  writeFiscalDataPackage,
  type Store,
} from '../../src/store/index.js';
import { parsedSeed } from '../golden/load.js';
import { hasShared, needsShared, sharedPath } from '../helpers/shared.js';

export const S000 = '000_c55cbe189efa8a40.txt';
export const S004 = '004_88207d3c283235c9.txt';
const DEPT000 = '新疆维吾尔自治区人民政府办公厅';
const DEPT004 = '新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处';
const INJECTION = "' OR 1=1 --";

const TABLES = [
  'departments',
  'disclosures',
  'documents',
  'sources',
  'table_facts',
  'narrative_facts',
  'projects',
  'indicators',
  'findings',
  'search_text',
  'page_bodies',
  'function_totals',
] as const;

async function rowCounts(store: Store): Promise<Record<string, number>> {
  const db = (store as KyselyStore).db;
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const r = await db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

/** Seed 004 as if published for 2025 (so that one year holds both departments). */
function seed004In2025(): Disclosure {
  const d = structuredClone(parsedSeed(S004).disclosure);
  d.identity.year = 2025;
  return d;
}

export function storeSuite(label: string, url: () => Promise<string>): void {
  describe.skipIf(!hasShared('seeds', S000) || !hasShared('seeds', S004))(
    `store on ${label}`,
    () => {
      if (!hasShared('seeds', S000)) it.skip(needsShared('seeds', S000), () => {});
      let store: Store;
      let id000 = 0;
      let id004 = 0;
      let id004y25 = 0;

      beforeAll(async () => {
        store = await openStore(await url());
        const save = (d: Disclosure, file: string) =>
          store.saveDisclosure({
            disclosure: d,
            report: checkEntry(file, d),
            sourceBytes: readFileSync(sharedPath('seeds', file)),
          });
        id000 = (await save(parsedSeed(S000).disclosure, S000)).disclosureId;
        id004 = (await save(parsedSeed(S004).disclosure, S004)).disclosureId;
        id004y25 = (await save(seed004In2025(), S004)).disclosureId;
        await store.analyze();
      });
      afterAll(async () => {
        await store?.close();
      });

      it('reads back the key figures of seed 000', async () => {
        const meta = await store.disclosureMeta(id000);
        expect(meta).toMatchObject({
          department: DEPT000,
          year: 2025,
          kind: '预算',
          unit: '万元',
          total: 14303.93,
          version: 1,
          isLatest: true,
          region: '新疆',
          level: '省级',
        });
        const [point] = await store.trends(meta!.departmentId);
        expect(point).toMatchObject({
          year: 2025,
          total: 14303.93,
          basic: 10039.01,
          project: 4264.92,
          generalBudget: 14216.81,
        });
        expect(point!.threePublic).toEqual({
          unit: '万元',
          total: 320.81,
          outbound: 0,
          vehiclePurchase: 0,
          vehicleOperation: 313.61,
          reception: 7.2,
        });
      });

      it('answers the plain-SQL examples of docs/store.md', async () => {
        const docs = readFileSync(new URL('../../docs/store.md', import.meta.url), 'utf8');
        const queries = [...docs.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);
        expect(queries).toHaveLength(2);
        const db = (store as KyselyStore).db;
        const run = async (q: string) =>
          (await sql.raw<Record<string, unknown>>(q).execute(db)).rows;
        expect(await run(queries[0]!)).toEqual([
          { department: DEPT000, unit: '万元', three_public_cents: 32081 },
          { department: DEPT004, unit: '万元', three_public_cents: 9680 },
        ]);
        expect(await run(queries[1]!)).toEqual([
          { region: '新疆', year: 2021, unit: '万元', cents: 66296, departments: 1 },
          { region: '新疆', year: 2025, unit: '万元', cents: 1154085, departments: 2 },
        ]);
      });

      it('stores the Disclosure whole, its findings and its source bytes', async () => {
        const detail = await store.disclosure(id000);
        expect(detail!.disclosure).toEqual(parsedSeed(S000).disclosure);
        const entry = checkEntry(S000, parsedSeed(S000).disclosure);
        expect(detail!.findings).toHaveLength(entry.findings.length);
        expect(detail!.meta.errors).toBe(entry.errors);
        const fails = await store.findings({ disclosureId: id000, outcome: 'fail' });
        expect(fails.length).toBe(entry.findings.filter((f) => f.outcome === 'fail').length);
        const src = await store.sourceDocument(id000);
        expect(Buffer.from(src!.bytes).equals(readFileSync(sharedPath('seeds', S000)))).toBe(true);
        expect(src!.format).toBe('text');
      });

      it('gives 功能分类 rows through tableFacts', async () => {
        const rows = await store.tableFacts({
          disclosureId: id000,
          tableKind: 'general-budget',
          code: '201',
          column: 'total',
          limit: 10,
        });
        expect(rows.map((r) => [r.rowName, r.amount, r.unit, r.tableNumber])).toEqual([
          ['一般公共服务支出', 10790.77, '万元', '表5'],
        ]);
        const prefixed = await store.tableFacts({
          disclosureId: id000,
          tableKind: 'general-budget',
          code: '20103*',
          column: 'total',
          limit: 100,
        });
        expect(prefixed[0]).toMatchObject({ rowCode: '20103', rowLevel: '款', amount: 10790.77 });
        const byYear = await store.tableFacts({
          year: 2021,
          region: '新疆',
          tableKind: 'three-public',
          column: 'total',
          limit: 100,
        });
        expect(byYear.find((r) => r.rowItem === 'vehicle-purchase')?.amount).toBe(80);
      });

      it('lists departments, regions and a department with its disclosures', async () => {
        const all = await store.listDepartments();
        expect(all.map((d) => d.name).sort()).toEqual([DEPT000, DEPT004].sort());
        const city = await store.listDepartments({ level: '市级' });
        expect(city.map((d) => [d.name, d.locality])).toEqual([[DEPT004, '喀什地区']]);
        expect((await store.listDepartments({ q: '办公厅' })).map((d) => d.name)).toEqual([
          DEPT000,
        ]);
        expect(await store.regions()).toEqual([
          {
            region: '新疆',
            departments: 2,
            levels: [
              { level: '市级', departments: 1 },
              { level: '省级', departments: 1 },
            ],
          },
        ]);
        const dept = await store.department(city[0]!.id);
        expect(dept!.disclosureList.map((m) => m.year)).toEqual([2025, 2021]);
        expect(dept!.latestYear).toBe(2025);
        const latest = await store.latestDisclosures(2);
        expect(latest.map((m) => m.id)).toEqual([id004y25, id004]);
      });

      it('aggregates 功能分类 and 三公 across departments in SQL', async () => {
        const a = await store.aggregate({ region: '新疆', year: 2025 });
        expect(a.departments).toBe(2);
        expect(a.unit).toBe('万元');
        // 10,877.89 (seed 000 表3) + 662.96 (seed 004 表三)
        expect(a.byClass.find((l) => l.code === '201')).toMatchObject({
          amount: 11540.85,
          departments: 2,
        });
        expect(a.byClass.find((l) => l.code === '210')).toMatchObject({
          amount: 707.43,
          departments: 1,
        });
        // 320.81 + 96.80; vehicles 313.61 + 16.80
        expect(a.threePublic).toEqual({
          total: 417.61,
          outbound: 0,
          vehiclePurchase: 80,
          vehicleOperation: 330.41,
          reception: 7.2,
        });
        expect(a.bySection.every((l) => l.parent === l.code.slice(0, 3))).toBe(true);
        const none = await store.aggregate({ region: INJECTION, year: 2025 });
        expect(none.departments).toBe(0);
        expect(none.byClass).toEqual([]);
      });

      it('compares two disclosures at 类/款/项 level', async () => {
        const c = await store.compare([id000, id004]);
        expect(c.disclosures.map((m) => m.id)).toEqual([id000, id004]);
        expect(c.tables).toEqual(['expenditure', 'expenditure']);
        expect(c.rows.find((r) => r.code === '201')!.amounts).toEqual([10877.89, 662.96]);
        expect(c.rows.find((r) => r.code === '210')!.amounts).toEqual([707.43, null]);
        expect(c.rows.map((r) => r.code)).toEqual([...c.rows.map((r) => r.code)].sort());
      });

      it('searches Chinese text, two characters included', async () => {
        const hits = await store.search('办公');
        expect(hits[0]).toMatchObject({ kind: 'department', department: DEPT000 });
        const project = parsedSeed(S000).disclosure.projects[0]!.name;
        const p = await store.search(project, { limit: 50 });
        expect(
          p.some((h) => h.kind === 'project' && h.title === project && h.disclosureId === id000),
        ).toBe(true);
        const indicator = parsedSeed(S000).disclosure.performance[0]!.indicators[0]!.name;
        expect(
          (await store.search(indicator)).some(
            (h) => h.kind === 'indicator' && h.disclosureId === id000,
          ),
        ).toBe(true);
        expect((await store.search('乌鲁木齐')).some((h) => h.department === DEPT004)).toBe(true);
        expect((await store.search('厅')).some((h) => h.department === DEPT000)).toBe(true);
        expect(await store.search('不存在的词语组合')).toEqual([]);
      });

      it('treats SQL-like filter values as plain values', async () => {
        const before = await rowCounts(store);
        expect(await store.listDepartments({ region: INJECTION })).toEqual([]);
        expect(await store.listDepartments({ q: INJECTION })).toEqual([]);
        expect(await store.listDepartments({ q: '%' })).toEqual([]);
        expect(await store.tableFacts({ code: INJECTION, limit: 10 })).toEqual([]);
        expect(await store.tableFacts({ column: INJECTION, limit: 10 })).toEqual([]);
        expect(await store.search(INJECTION)).toEqual([]);
        expect(await store.search('%')).toEqual([]);
        expect(await store.findings({ ruleId: INJECTION })).toEqual([]);
        expect(await store.userByName(INJECTION)).toBeNull();
        expect(await rowCounts(store)).toEqual(before);
      });

      it('keeps every version of a re-import', async () => {
        const d = parsedSeed(S000).disclosure;
        const again = await store.saveDisclosure({
          disclosure: d,
          report: checkEntry(S000, d),
          overrideReason: '更正',
        });
        expect(again.version).toBe(2);
        const versions = await store.disclosureVersions(id000);
        expect(versions.map((v) => [v.version, v.isLatest, v.latestId])).toEqual([
          [1, false, again.disclosureId],
          [2, true, again.disclosureId],
        ]);
        expect((await store.disclosure(again.disclosureId, { version: 1 }))!.meta.id).toBe(id000);
        expect((await store.disclosure(id000))!.meta.overrideReason).toBeNull();
        expect((await store.disclosureMeta(again.disclosureId))!.overrideReason).toBe('更正');
        const dept = await store.department(again.departmentId);
        expect(dept!.disclosureList.map((m) => m.id)).toEqual([again.disclosureId]);
        // Latest versions only: no double counting, no duplicate search hits.
        const a = await store.aggregate({ region: '新疆', year: 2025 });
        expect(a.byClass.find((l) => l.code === '201')!.amount).toBe(11540.85);
        const project = d.projects[0]!.name;
        const hits = (await store.search(project, { limit: 50 })).filter(
          (h) => h.kind === 'project' && h.department === DEPT000,
        );
        expect(new Set(hits.map((h) => h.disclosureId))).toEqual(new Set([again.disclosureId]));
      });

      it('stores a disclosure whole or not at all', async () => {
        const before = await rowCounts(store);
        const d = structuredClone(parsedSeed(S000).disclosure);
        d.identity.department = '新疆维吾尔自治区测试厅';
        const s = store as KyselyStore;
        for (const step of ['department', 'table_facts', 'findings', 'search']) {
          s.saveProbe = (at) => {
            if (at === step) throw new Error(`injected at ${at}`);
          };
          await expect(
            s.saveDisclosure({
              disclosure: d,
              report: checkEntry('x', d),
              sourceBytes: new Uint8Array([1, 2]),
            }),
          ).rejects.toThrow(`injected at ${step}`);
        }
        s.saveProbe = undefined;
        expect(await rowCounts(store)).toEqual(before);
        // A bad amount is refused before anything is written.
        const bad = structuredClone(d);
        bad.tables[0]!.rows[0]!.values.amount = 1.234;
        await expect(store.saveDisclosure({ disclosure: bad })).rejects.toThrow(/two-decimal/);
        expect(await rowCounts(store)).toEqual(before);
      });

      it('exports flat rows', async () => {
        const rows = [];
        for await (const r of store.exportRows({ disclosureId: id004 })) rows.push(r);
        const cells = parsedSeed(S004).disclosure.tables.reduce(
          (n, t) => n + t.rows.reduce((m, r) => m + Object.keys(r.values).length, 0),
          0,
        );
        expect(rows).toHaveLength(cells);
        expect(rows[0]).toMatchObject({
          department: DEPT004,
          year: 2021,
          tableNumber: '表一',
          unit: '万元',
        });
        let latest = 0;
        for await (const r of store.exportRows({ year: 2025 }))
          latest += r.amount === undefined ? 0 : 1;
        expect(latest).toBeGreaterThan(cells);
      });

      it('writes a Fiscal Data Package', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'yusuan-fdp-'));
        try {
          const n = await writeFiscalDataPackage(store, dir, { filter: { disclosureId: id004 } });
          expect(n).toBe(173);
          const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
          expect(pkg.profile).toBe('fiscal-data-package');
          const fields = pkg.resources[0].schema.fields as { name: string; columnType?: string }[];
          expect(fields.map((f) => f.name)).toEqual([...EXPORT_COLUMNS]);
          expect(fields.find((f) => f.columnType === 'value')?.name).toBe('amount_yuan');
          const lines = readFileSync(join(dir, 'facts.csv'), 'utf8').split('\r\n');
          expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
          expect(lines).toHaveLength(173 + 2);
          const tp = lines.find((l) => l.includes(',three-public,') && l.includes(',合计,'));
          expect(tp).toContain(',total,96.80,万元,968000.00');
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });

      it('keeps users and sessions', async () => {
        const u = await store.createUser('editor1', 'hash$1', 'editor');
        expect(await store.userByName('editor1')).toMatchObject({
          id: u.id,
          role: 'editor',
          passwordHash: 'hash$1',
        });
        await expect(store.createUser('editor1', 'x', 'editor')).rejects.toThrow();
        await store.createSession(u.id, 'tok-live', new Date(Date.now() + 60_000));
        await store.createSession(u.id, 'tok-old', new Date(Date.now() - 1000));
        expect((await store.sessionUser('tok-live'))?.name).toBe('editor1');
        expect(await store.sessionUser('tok-old')).toBeNull();
        await store.deleteSession('tok-live');
        expect(await store.sessionUser('tok-live')).toBeNull();
        const d = seed004In2025();
        const saved = await store.saveDisclosure({ disclosure: d, publishedBy: u.id });
        expect((await store.disclosureMeta(saved.disclosureId))!.publishedBy).toBe('editor1');
      });

      it('aggregates tables in 元 and 万元 exactly, in 元', async () => {
        const wan = structuredClone(parsedSeed(S000).disclosure);
        wan.identity.year = 2030;
        // Seed 004's figures as if printed in 元 (a 上海-style document).
        const yuan = structuredClone(parsedSeed(S004).disclosure);
        yuan.identity.year = 2030;
        yuan.identity.unit = '元';
        for (const t of yuan.tables) t.unit = '元';
        yuan.summary.unit = '元';
        yuan.summary.threePublic.unit = '元';
        await store.saveDisclosure({ disclosure: wan });
        await store.saveDisclosure({ disclosure: yuan });
        const a = await store.aggregate({ region: '新疆', year: 2030 });
        expect(a.unit).toBe('元');
        // 10,877.89 万元 = 108,778,900.00 元, + 662.96 元
        expect(a.byClass.find((l) => l.code === '201')!.amount).toBe(108779562.96);
        // 320.81 万元 = 3,208,100.00 元, + 96.80 元
        expect(a.threePublic.total).toBe(3208196.8);
      });

      it('keeps region totals equal to a sum from scratch as versions replace each other and departments gain a region', async () => {
        const name = '示例汇总测试局'; // no region in the name
        const as = (seed: string, year: number) => {
          const d = structuredClone(parsedSeed(seed).disclosure);
          d.identity.department = name;
          d.identity.year = year;
          return d;
        };
        await store.saveDisclosure({ disclosure: as(S000, 2031) });
        const all2031 = async () => store.aggregate({ year: 2031 });
        expect((await all2031()).byClass.find((l) => l.code === '201')).toMatchObject({
          amount: 10877.89, // seed 000 表3
          departments: 1,
        });
        expect((await store.aggregate({ region: '新疆', year: 2031 })).departments).toBe(0);
        // Version 2 of the series replaces version 1 in the totals: 201 is seed 004's 662.96.
        await store.saveDisclosure({ disclosure: as(S004, 2031) });
        const v2 = await all2031();
        expect(v2.departments).toBe(1);
        expect(v2.byClass.find((l) => l.code === '201')).toMatchObject({
          amount: 662.96,
          departments: 1,
        });
        expect(v2.byClass.find((l) => l.code === '210')).toBeUndefined(); // only seed 000 has 210
        expect(v2.threePublic.total).toBe(96.8);
        // Another year, published with a region: the department gains it, and its 2031
        // disclosure moves there (counted once, not in both places).
        await store.saveDisclosure({ disclosure: as(S004, 2032), region: '新疆' });
        const moved = await store.aggregate({ region: '新疆', year: 2031 });
        expect(moved.departments).toBe(1);
        expect(moved.byClass.find((l) => l.code === '201')?.amount).toBe(662.96);
        expect((await all2031()).departments).toBe(1);
        // Summed again from scratch (as migration 004 does), every aggregate is the same.
        const db = (store as KyselyStore).db;
        const filters = [2021, 2025, 2030, 2031, 2032].flatMap((year) => [
          { year },
          { year, region: '新疆' },
          { year, region: '上海' },
          { year, kind: '决算' as const },
        ]);
        const before = await Promise.all(filters.map((f) => store.aggregate(f)));
        await db.deleteFrom('region_totals').execute();
        await applyRegionTotals(
          db,
          store.dialect,
          sql`select id from disclosures where is_latest = 1 and year is not null`,
          1,
        );
        expect(await Promise.all(filters.map((f) => store.aggregate(f)))).toEqual(before);
        expect(before.some((a) => a.byClass.length > 0)).toBe(true);
      });

      it('keeps a page body per version, replaced by a newer renderer', async () => {
        const text = async (id: number) => {
          const b = await store.pageBody(id);
          return b && [b.renderer, new TextDecoder().decode(b.body)];
        };
        expect(await store.pageBody(id004)).toBeNull();
        await store.putPageBody(id004, 'r1', '<p>表一 收支总表</p>');
        expect(await text(id004)).toEqual(['r1', '<p>表一 收支总表</p>']);
        await store.putPageBody(id004, 'r2', new TextEncoder().encode('<p>第二稿</p>'));
        expect(await text(id004)).toEqual(['r2', '<p>第二稿</p>']);
        // An id that is not stored gets nothing (and no error).
        await store.putPageBody(999_999, 'r1', 'x');
        expect(await store.pageBody(999_999)).toBeNull();
      });

      it('keeps a print per version until its body is replaced or a newer version is saved', async () => {
        const d = structuredClone(parsedSeed(S004).disclosure);
        d.identity.department = '新疆维吾尔自治区打印测试局';
        const v1 = (await store.saveDisclosure({ disclosure: d })).disclosureId;
        const gz = new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]);
        // No body, no print: a print goes beside its body.
        await store.putPagePrint(v1, 'p1', gz);
        expect(await store.pagePrint(v1, 'p1')).toBeNull();
        await store.putPageBody(v1, 'r1', '<p>正文</p>');
        await store.putPagePrint(v1, 'p1', gz);
        expect([...(await store.pagePrint(v1, 'p1'))!]).toEqual([...gz]);
        // Another renderer's tag does not read it.
        expect(await store.pagePrint(v1, 'p2')).toBeNull();
        // A new body drops the print drawn from the old one.
        await store.putPageBody(v1, 'r1', '<p>正文二</p>');
        expect(await store.pagePrint(v1, 'p1')).toBeNull();
        // A second version of the series: the first one's print (its header lists the versions)
        // is dropped, its body kept.
        await store.putPagePrint(v1, 'p1', gz);
        const v2 = (await store.saveDisclosure({ disclosure: d })).disclosureId;
        expect(v2).not.toBe(v1);
        expect(await store.pagePrint(v1, 'p1')).toBeNull();
        expect((await store.pageBody(v1))?.renderer).toBe('r1');
      });

      it('keeps function totals of latest versions only, with the department region', async () => {
        const db = (store as KyselyStore).db;
        const rows = await db
          .selectFrom('function_totals')
          .select(['disclosure_id', 'region', 'row_level', 'amount_cents'])
          .where('row_code', '=', '201')
          .where('year', '=', 2025)
          .orderBy('disclosure_id')
          .execute();
        // Seed 000 re-imported (version 2) and seed 004 in 2025 (re-published by an editor above):
        // 10,877.89 and 662.96 万元; the first versions' rows are gone.
        expect(rows.map((r) => [r.region, r.row_level, Number(r.amount_cents)])).toEqual([
          ['新疆', '类', 1087789],
          ['新疆', '类', 66296],
        ]);
        const old = [id000, id004y25];
        expect(rows.filter((r) => old.includes(r.disclosure_id))).toEqual([]);
      });
    },
  );
}
