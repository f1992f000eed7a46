// The portal's defences: markup from documents is escaped on every page; writes need a session and
// the CSRF token; uploads are limited in size and type with clear messages; SQL-like values are
// plain text; a failed import leaves no partial rows.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON responses, checked by value */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES, WINDOW_MS } from '../../src/web/auth/throttle.js';
import { parsedSeed } from '../golden/load.js';
import { needsShared } from '../helpers/shared.js';
import { MAX_UPLOAD_BYTES } from '../../src/web/upload.js';
import { Client } from './client.js';
import {
  EDITOR,
  hasSeeds,
  hostileDisclosure,
  S000,
  S004,
  webFixture,
  type WebFixture,
} from './fixtures.js';

const RAW = '<script>alert';
const ESCAPED = '&lt;script&gt;alert';

describe.skipIf(!hasSeeds())('portal security', () => {
  let f: WebFixture;
  beforeAll(async () => {
    f = await webFixture(':memory:');
  });
  afterAll(async () => {
    await f?.store.close();
  });

  async function counts() {
    const deps = await f.store.listDepartments({ limit: 1000 });
    const facts = await f.store.tableFacts({ limit: 10_000 });
    return {
      deps: deps.length,
      facts: facts.length,
      latest: (await f.store.latestDisclosures(100)).length,
    };
  }

  it('escapes a <script> in department, project and narrative text on every page', async () => {
    const pages = [
      '/',
      '/departments',
      '/departments?q=示例局',
      '/departments?q=&region=&level=',
      `/departments/${f.hostileDepartmentId}`,
      `/disclosures/${f.hostileId}`,
      `/compare?ids=${f.id000},${f.hostileId}`,
      '/compare',
      '/aggregate?year=2024&region=新疆&kind=预算',
      '/search?q=示例局',
      '/search?q=项目',
      `/search?q=${encodeURIComponent('<script>alert("x")</script>')}`,
      `/login?next=${encodeURIComponent('"><script>alert(1)</script>')}`,
    ];
    for (const path of pages) {
      const res = await f.app.request(path);
      const text = await res.text();
      expect([path, res.status]).toEqual([path, 200]);
      expect([path, text.includes(RAW)]).toEqual([path, false]);
    }
    // The names are shown, as text.
    const page = await (await f.app.request(`/disclosures/${f.hostileId}`)).text();
    expect(page).toContain(ESCAPED);
    expect(page).toContain(`&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;项目`);
    const home = await (await f.app.request('/')).text();
    expect(home).toContain(ESCAPED);
  });

  it('escapes markup in an uploaded document on the preview page', async () => {
    const c = new Client(f.app);
    await c.signIn(EDITOR.name, EDITOR.password);
    const { csrf } = await c.page('/publish');
    const bytes = new TextEncoder().encode(JSON.stringify(hostileDisclosure()));
    const res = await c.post('/publish', { _csrf: csrf }, { name: 'x.json', bytes });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).toContain('新疆维吾尔自治区&lt;script&gt;alert(&quot;x&quot;)');
    expect(text.includes(RAW)).toBe(false);
  });

  it('refuses writes without a session (401) and changes nothing', async () => {
    const before = await counts();
    const c = new Client(f.app);
    const { csrf } = await c.page('/login');
    const bytes = new TextEncoder().encode('x');
    const upload = await c.post('/publish', { _csrf: csrf }, { name: S004, bytes });
    expect(upload.status).toBe(401);
    expect(await upload.text()).toContain('请先登录');
    expect((await c.post('/publish/some-draft', { _csrf: csrf })).status).toBe(401);
    expect((await f.app.request('/publish', { method: 'POST' })).status).toBe(401);
    // Reading the publish page without a session leads to sign-in.
    const get = await f.app.request('/publish');
    expect([get.status, get.headers.get('location')]).toEqual([303, '/login?next=/publish']);
    expect(await counts()).toEqual(before);
  });

  it('refuses form posts without the CSRF token (403), even when signed in', async () => {
    const c = new Client(f.app);
    await c.signIn(EDITOR.name, EDITOR.password);
    const bytes = new TextEncoder().encode('x');
    const none = await c.post('/publish', {}, { name: S004, bytes });
    expect(none.status).toBe(403);
    expect(await none.text()).toContain('CSRF');
    const wrong = await c.post('/publish', { _csrf: 'x'.repeat(43) }, { name: S004, bytes });
    expect(wrong.status).toBe(403);
    expect((await c.post('/logout', {})).status).toBe(403);
    // Sign-in itself needs the token: a cross-site login form cannot plant a session.
    const other = new Client(f.app);
    const login = await other.post('/login', { name: EDITOR.name, password: EDITOR.password });
    expect(login.status).toBe(403);
    expect(other.cookies.has('yusuan_session')).toBe(false);
  });

  it('refuses sign-in for a name after repeated wrong passwords, even with the right one', async () => {
    const c = new Client(f.app);
    const statuses: number[] = [];
    for (let i = 0; i < MAX_FAILURES; i++)
      statuses.push((await c.signIn('guessed-editor', `wrong-${i}`)).status);
    expect(statuses).toEqual(Array(MAX_FAILURES).fill(401));
    const refused = await c.signIn('guessed-editor', 'any');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(WINDOW_MS / 1000));
    expect(await refused.text()).toContain('登录失败次数过多');
    // Other editors are not locked out by someone guessing at one name.
    expect((await new Client(f.app).signIn(EDITOR.name, EDITOR.password)).status).toBe(303);
  });

  it('refuses oversized, unsupported, empty and malformed uploads with a clear message', async () => {
    const before = await counts();
    const c = new Client(f.app);
    await c.signIn(EDITOR.name, EDITOR.password);
    const { csrf } = await c.page('/publish');
    const big = await c.post(
      '/publish',
      { _csrf: csrf },
      { name: 'big.pdf', bytes: new Uint8Array(MAX_UPLOAD_BYTES + 70_000) },
    );
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('上限为 50 MB');
    const cases: [string, Uint8Array, number, string][] = [
      ['run.exe', new Uint8Array([0x4d, 0x5a, 1, 2]), 415, '不支持的文件类型'],
      ['empty.txt', new Uint8Array(), 400, '文件是空的'],
      ['broken.pdf', new TextEncoder().encode('%PDF-1.7\n garbage'), 400, 'broken.pdf'],
      ['bad.json', new TextEncoder().encode('{"schemaVersion": 1'), 400, '不是有效的 JSON'],
      [
        'notes.txt',
        new TextEncoder().encode('今天天气很好。\n'),
        400,
        'no budget disclosure found',
      ],
    ];
    for (const [name, bytes, status, message] of cases) {
      const res = await c.post('/publish', { _csrf: csrf }, { name, bytes });
      const text = await res.text();
      expect([name, res.status]).toEqual([name, status]);
      expect([name, text.includes(message)]).toEqual([name, true]);
    }
    expect(await counts()).toEqual(before);
  });

  it('sends a content security policy: scripts from the site only; none in served documents', async () => {
    const page = await f.app.request(`/disclosures/${f.id000}`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // Readers get no cookie; the CSRF cookie comes with the first form (HttpOnly, SameSite=Lax).
    expect(page.headers.getSetCookie()).toEqual([]);
    const login = await f.app.request('/login');
    expect(login.headers.getSetCookie()[0]).toMatch(
      /^yusuan_csrf=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    const svg = await f.app.request(`/disclosures/${f.id000}/charts/function.svg`);
    expect(svg.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
  });

  it('leaves no partial rows when an import fails half-way', async () => {
    const before = await counts();
    const d = structuredClone(parsedSeed(S000).disclosure);
    d.identity.department = '新疆维吾尔自治区半途失败厅';
    const last = d.tables.at(-1)!;
    last.rows.push({ kind: 'item', name: 'bad', values: { total: Number.NaN } });
    await expect(f.store.saveDisclosure({ disclosure: d })).rejects.toThrow();
    expect(await counts()).toEqual(before);
    const search = (await (await f.app.request('/api/departments?q=半途失败')).json()) as any;
    expect(search.departments).toEqual([]);
  });
});

if (!hasSeeds()) describe('portal security', () => it.skip(needsShared('seeds', S000), () => {}));
