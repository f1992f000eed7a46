// Editors publish: sign in, upload, preview with findings, publish; every version is kept, and a
// document with errors is published only with a stated reason.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON responses, checked by value */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_RENDERER } from '../../src/web/page-bodies.js';
import { parsedSeed } from '../golden/load.js';
import { needsShared, sharedPath } from '../helpers/shared.js';
import { Client } from './client.js';
import { DEPT004, EDITOR, hasSeeds, S000, S004, webFixture, type WebFixture } from './fixtures.js';

describe.skipIf(!hasSeeds())('publishing', () => {
  let f: WebFixture;
  beforeAll(async () => {
    f = await webFixture(':memory:');
  });
  afterAll(async () => {
    await f?.store.close();
  });

  it('refuses a wrong password and signs in with the right one (HttpOnly, SameSite=Lax)', async () => {
    const c = new Client(f.app);
    expect((await c.signIn(EDITOR.name, 'wrong password')).status).toBe(401);
    const res = await c.signIn(EDITOR.name, EDITOR.password);
    expect([res.status, res.headers.get('location')]).toEqual([303, '/publish']);
    const cookie = res.headers.getSetCookie().find((x) => x.startsWith('yusuan_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await c.page('/publish')).text).toContain('上传并检查');
  });

  it('uploads seed 004, previews it and publishes it as version 2', async () => {
    const c = new Client(f.app);
    await c.signIn(EDITOR.name, EDITOR.password);
    const { csrf } = await c.page('/publish');
    const bytes = readFileSync(sharedPath('seeds', S004));
    const preview = await c.post('/publish', { _csrf: csrf }, { name: S004, bytes });
    const text = await preview.text();
    expect(preview.status).toBe(200);
    expect(text).toContain(DEPT004);
    expect(text).toContain('700.94');
    const action = /action="(\/publish\/[^"]+)"/.exec(text)![1]!;
    const done = await c.post(action, { _csrf: csrf });
    expect(done.status).toBe(303);
    const id = Number(/\/disclosures\/(\d+)/.exec(done.headers.get('location')!)![1]);
    // Its page body was drawn and stored with it.
    const stored = await f.store.pageBody(id);
    expect(stored?.renderer).toBe(PAGE_RENDERER);
    expect(new TextDecoder().decode(stored!.body)).toContain('700.94');
    const page = await (await c.request(`/disclosures/${id}`)).text();
    expect(page).toContain('700.94');
    expect(page).toContain('第 2 版');
    const versions = (await (await f.app.request(`/api/disclosures/${id}/versions`)).json()) as any;
    expect(versions.versions.map((v: any) => [v.version, v.publishedBy])).toEqual([
      [1, null],
      [2, EDITOR.name],
    ]);
    // The draft is gone once published.
    expect((await c.post(action, { _csrf: csrf })).status).toBe(404);
  });

  it('blocks a document with errors unless a reason is given, and stores the reason', async () => {
    const d = structuredClone(parsedSeed(S000).disclosure);
    const t3 = d.tables.find((t) => t.kind === 'expenditure')!;
    t3.rows.find((r) => r.kind === 'total')!.values.total = 14403.93; // 100 more than its parts
    const c = new Client(f.app);
    await c.signIn(EDITOR.name, EDITOR.password);
    const { csrf } = await c.page('/publish');
    const bytes = new TextEncoder().encode(JSON.stringify(d));
    const preview = await (
      await c.post('/publish', { _csrf: csrf }, { name: 'changed.json', bytes })
    ).text();
    expect(preview).toContain('带错发布理由');
    const action = /action="(\/publish\/[^"]+)"/.exec(preview)![1]!;
    const refused = await c.post(action, { _csrf: csrf });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('请填写带错发布的理由');
    const ok = await c.post(action, { _csrf: csrf, reason: '表3合计按财政部门批复数填列' });
    expect(ok.status).toBe(303);
    const id = Number(/\/disclosures\/(\d+)/.exec(ok.headers.get('location')!)![1]);
    const meta = (await (await f.app.request(`/api/disclosures/${id}`)).json()) as any;
    expect(meta.meta.overrideReason).toBe('表3合计按财政部门批复数填列');
    expect(meta.meta.errors).toBeGreaterThan(0);
    expect(await (await c.request(`/disclosures/${id}`)).text()).toContain(
      '表3合计按财政部门批复数填列',
    );
  });
});

if (!hasSeeds()) describe('publishing', () => it.skip(needsShared('seeds', S000), () => {}));
