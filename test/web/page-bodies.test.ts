// Disclosure page bodies are drawn once and served from the database: a stored body is sent as
// it is (no drawing), a body drawn by another renderer version is drawn again, the per-request
// header and the signed-in shell stay live; concurrent aggregate requests share one query.
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/check/index.js';
import type { AggregateFilter, Store } from '../../src/store/index.js';
import { createApp } from '../../src/web/app.js';
import { PAGE_RENDERER, printTag } from '../../src/web/page-bodies.js';
import { parsedSeed } from '../golden/load.js';
import { Client } from './client.js';
import { EDITOR, hasSeeds, S004, webFixture, type WebFixture } from './fixtures.js';

const MARKER = '<p id="stored-marker">已存的正文</p>';

describe.skipIf(!hasSeeds())('stored disclosure page bodies', () => {
  let f: WebFixture;
  beforeAll(async () => {
    f = await webFixture(':memory:');
  });
  afterAll(async () => {
    await f?.store.close();
  });

  const page = async (id: number, c?: Client) => {
    const res = await (c ?? f.app).request(`/disclosures/${id}`);
    return { status: res.status, text: await res.text() };
  };

  it('draws a missing body on the first request and stores it', async () => {
    expect(await f.store.pageBody(f.id004)).toBeNull();
    const first = await page(f.id004);
    expect(first.status).toBe(200);
    expect(first.text).toContain('700.94'); // seed 004: 收支总计
    const stored = await f.store.pageBody(f.id004);
    expect(stored?.renderer).toBe(PAGE_RENDERER);
    const body = new TextDecoder().decode(stored!.body);
    expect(body).toContain('700.94');
    expect(first.text).toContain(body);
  });

  it('serves the stored body without drawing it again', async () => {
    await f.store.putPageBody(f.id004, PAGE_RENDERER, MARKER);
    f.portal.invalidate(); // not from memory: from the database
    const { text } = await page(f.id004);
    expect(text).toContain(MARKER);
    expect(text).not.toContain('700.94');
    // The header is drawn per request: title and downloads are there.
    expect(text).toContain('喀什地区行政公署驻乌鲁木齐办事处 2021年部门预算');
    expect(text).toContain(`/disclosures/${f.id004}/disclosure.json`);
  });

  it('keeps the signed-in shell around a stored body', async () => {
    const c = new Client(f.app);
    await c.signIn(EDITOR.name, EDITOR.password);
    const { text } = await page(f.id004, c);
    expect(text).toContain(MARKER);
    expect(text).toContain(EDITOR.name);
    expect(text).toMatch(/name="_csrf" value="[^"]+"/);
    expect((await page(f.id004)).text).not.toContain(EDITOR.name);
  });

  it('draws again a body stored by another renderer version', async () => {
    await f.store.putPageBody(f.id004, 'disclosure-content/0', MARKER);
    f.portal.invalidate();
    const { text } = await page(f.id004);
    expect(text).not.toContain(MARKER);
    expect(text).toContain('700.94');
    expect((await f.store.pageBody(f.id004))?.renderer).toBe(PAGE_RENDERER);
  });

  it('marks an older version as such although its body was stored before', async () => {
    await f.store.putPageBody(f.id004, PAGE_RENDERER, MARKER);
    const d = parsedSeed(S004).disclosure;
    const v2 = await f.store.saveDisclosure({ disclosure: d, report: checkEntry(S004, d) });
    f.portal.invalidate();
    const { text } = await page(f.id004);
    expect(text).toContain(MARKER);
    expect(text).toContain('不是最新版本');
    expect(text).toContain(`href="/disclosures/${v2.disclosureId}"`);
  });

  it('keeps the whole page as a gzip print and sends it to readers who take gzip', async () => {
    await f.store.putPageBody(f.id000, PAGE_RENDERER, MARKER);
    f.portal.invalidate();
    const plain = await page(f.id000); // drawn now, its print stored
    expect(plain.text).toContain(MARKER);
    const tag = printTag(false); // the fixture's portal offers no rendered documents
    const stored = await f.store.pagePrint(f.id000, tag);
    expect(gunzipSync(stored!).toString('utf8')).toBe(plain.text);
    f.portal.invalidate(); // from the database, not memory
    const res = await f.app.request(`/disclosures/${f.id000}`, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(gunzipSync(bytes).toString('utf8')).toBe(plain.text);
    // A client that refuses gzip gets the same page, plain.
    const identity = await f.app.request(`/disclosures/${f.id000}`, {
      headers: { 'accept-encoding': 'gzip;q=0, identity' },
    });
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(await identity.text()).toBe(plain.text);
  });

  it('serves a stored print as it is, but never to a signed-in reader', async () => {
    const print = '<!DOCTYPE html><p id="print-marker">已存的整页</p>';
    await f.store.putPagePrint(f.id000, printTag(false), gzipSync(print));
    f.portal.invalidate();
    expect((await page(f.id000)).text).toBe(print);
    const c = new Client(f.app);
    await c.signIn(EDITOR.name, EDITOR.password);
    const signedIn = await page(f.id000, c);
    expect(signedIn.text).not.toContain('print-marker');
    expect(signedIn.text).toContain(MARKER);
    expect(signedIn.text).toContain(EDITOR.name);
  });

  it('still answers when the print cannot be stored', async () => {
    const errors: unknown[] = [];
    const failing: Store = Object.create(f.store, {
      putPagePrint: { value: () => Promise.reject(new Error('disk full')) },
    }) as Store;
    const { app } = createApp({
      store: failing,
      renderDocument: null,
      logError: (e) => errors.push(e),
    });
    await f.store.putPageBody(f.id000, PAGE_RENDERER, MARKER); // no print stored
    const res = await app.request(`/disclosures/${f.id000}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(MARKER);
    expect(errors.map((e) => (e as Error).message)).toEqual(['disk full']);
  });

  it('draws an aggregate or department page once for concurrent readers', async () => {
    const calls = { regions: 0, department: 0 };
    const counting: Store = Object.create(f.store, {
      regions: {
        value: () => {
          calls.regions++;
          return f.store.regions();
        },
      },
      department: {
        value: (id: number) => {
          calls.department++;
          return f.store.department(id);
        },
      },
    }) as Store;
    const { app } = createApp({ store: counting, renderDocument: null, logError: () => {} });
    const url = `/aggregate?year=2025&region=${encodeURIComponent('新疆')}&kind=预算`;
    const pages = await Promise.all(Array.from({ length: 10 }, () => app.request(url)));
    expect(pages.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await pages[9]!.text()).toContain('10,877.89'); // seed 000: 201 一般公共服务支出
    expect(calls.regions).toBe(1);
    const meta = await f.store.disclosureMeta(f.id000);
    const dept = `/departments/${meta!.departmentId}`;
    const depts = await Promise.all(Array.from({ length: 10 }, () => app.request(dept)));
    expect(depts.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(calls.department).toBe(1);
    // A missing department: 404, for every reader.
    const missing = await Promise.all([1, 2].map(() => app.request('/departments/999999')));
    expect(missing.map((r) => r.status)).toEqual([404, 404]);
  });

  it('answers an unknown or malformed id with 404', async () => {
    expect((await page(9_999_999)).status).toBe(404);
    expect((await f.app.request('/disclosures/abc')).status).toBe(404);
  });

  it('answers concurrent requests for one aggregate with one query', async () => {
    let calls = 0;
    const counting: Store = Object.create(f.store, {
      aggregate: {
        value: (q: AggregateFilter) => {
          calls++;
          return f.store.aggregate(q);
        },
      },
    }) as Store;
    const { app } = createApp({ store: counting, renderDocument: null, logError: () => {} });
    const url = `/api/aggregate?year=2025&region=${encodeURIComponent('新疆')}&kind=预算`;
    const answers = await Promise.all(Array.from({ length: 10 }, () => app.request(url)));
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(200));
    const body = (await answers[9]!.json()) as { byClass: { code: string; amount: number }[] };
    expect(body.byClass.find((l) => l.code === '201')?.amount).toBe(10877.89);
    expect(calls).toBe(1);
  });
});

describe.skipIf(!hasSeeds())('a disclosure page', () => {
  it('shows what a 绩效目标表 says about its project (seed 000 p.30: 项目负责人 张须华)', async () => {
    const f = await webFixture(':memory:');
    try {
      const text = await (await f.app.request(`/disclosures/${f.id000}`)).text();
      expect(text.replace(/\s+/g, '')).toContain('<dt>项目负责人</dt><dd>张须华</dd>');
    } finally {
      await f.store.close();
    }
  });
});
