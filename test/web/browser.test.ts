// The portal in a real browser (Debian's chromium through playwright-core): search → department →
// disclosure → compare → aggregate, then an editor signs in, uploads seed 004 and sees it
// published with its figures.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/check/index.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import { openStore, type Store } from '../../src/store/index.js';
import { hashPassword } from '../../src/web/auth/password.js';
import { startServer, type RunningServer } from '../../src/web/server.js';
import { parsedSeed } from '../golden/load.js';
import { needsShared, sharedPath } from '../helpers/shared.js';
import { DEPT000, DEPT004, EDITOR, hasSeeds, S000, S004 } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const ready = existsSync(CHROMIUM) && hasSeeds();

describe.skipIf(!ready)('portal in a browser', () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yusuan-web-'));
    store = await openStore(join(dir, 'portal.db'));
    const save = (d: Disclosure) =>
      store.saveDisclosure({ disclosure: d, report: checkEntry(d.source.file, d) });
    await save(parsedSeed(S000).disclosure);
    // The same document filed as 2024 too, so the department has two years to compare.
    const earlier = structuredClone(parsedSeed(S000).disclosure);
    earlier.identity.year = 2024;
    await save(earlier);
    await store.createUser(EDITOR.name, await hashPassword(EDITOR.password), 'editor');
    server = await startServer({ store, port: 0, renderDocument: null });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('goes search → department → disclosure → compare → aggregate', async () => {
    await page.goto(server.url);
    await page.fill('main input[name=q]', '办公厅');
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/search\?q=/);
    await page.click(`ul.hits a:text-is("${DEPT000}")`);
    await page.waitForURL(/\/departments\/\d+$/);
    expect(await page.textContent('h1')).toBe(DEPT000);

    await page.click('table.grid a:text-is("2025")');
    await page.waitForURL(/\/disclosures\/\d+$/);
    const body = await page.textContent('main');
    expect(body).toContain('14,303.93');
    expect(body).toContain('部门收支总体情况表');
    expect(await page.locator('figure.chart').count()).toBeGreaterThanOrEqual(2);
    // Every server-drawn chart is well-formed SVG (a malformed one shows as a broken image when
    // JavaScript is off).
    const served = await (await page.request.get(page.url())).text();
    const charts = [...served.matchAll(/src="([^"]+\/charts\/[^"]+\.svg)"/g)].map((m) => m[1]!);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const src of charts) {
      const svg = await (await page.request.get(new URL(src, page.url()).href)).text();
      // In the page (Node has no XML parser); a string, since our types have no DOM.
      const broken = await page.evaluate(
        `new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml')` +
          `.getElementsByTagName('parsererror').length`,
      );
      expect([src, broken]).toEqual([src, 0]);
    }

    await page.goBack();
    await page.click('button:text-is("对比所选年度")');
    await page.waitForURL(/\/compare\?/);
    const compare = page.locator('table.compare');
    expect(await compare.locator('thead th').count()).toBe(4); // code, name, 2025, 2024
    expect(
      await compare.locator('tr:has(td.code:text-is("201")) td.num').allTextContents(),
    ).toEqual(['10,877.89', '10,877.89']);

    await page.click('header nav a:text-is("汇总")');
    await page.waitForURL(/\/aggregate/);
    await page.selectOption('select[name=region]', '新疆');
    await page.fill('input[name=year]', '2025');
    await page.click('main button[type=submit]');
    await page.waitForURL(/year=2025/);
    const row = page.locator('table.grid tr:has(td.code:text-is("201"))').first();
    expect(await row.locator('td.num').first().textContent()).toBe('10,877.89');
  });

  it('signs in as an editor, uploads seed 004 and sees it published', async () => {
    await page.goto(server.url);
    await page.click('header a:text-is("编辑登录")');
    await page.fill('input[name=name]', EDITOR.name);
    await page.fill('input[name=password]', EDITOR.password);
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/publish$/);
    await page.setInputFiles('input[type=file]', sharedPath('seeds', S004));
    await page.click('main button[type=submit]');
    await page.waitForSelector('button:text-is("发布")');
    expect(await page.textContent('main')).toContain('700.94');
    await page.click('button:text-is("发布")');
    await page.waitForURL(/\/disclosures\/\d+/);
    const text = await page.textContent('main');
    expect(text).toContain(DEPT004);
    expect(text).toContain('700.94');
    expect(text).toContain(`发布人 ${EDITOR.name}`);
  });
});

if (!existsSync(CHROMIUM))
  describe('portal in a browser', () => it.skip(`needs ${CHROMIUM} (Debian chromium)`, () => {}));
else if (!hasSeeds())
  describe('portal in a browser', () => it.skip(needsShared('seeds', S000), () => {}));
