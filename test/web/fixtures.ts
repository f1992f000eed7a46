// A portal over a fresh store holding both parsed seeds (with their check results and source
// bytes), an editor, and a disclosure whose names carry markup, for the web tests.
import { readFileSync } from 'node:fs';
import { checkEntry } from '../../src/check/index.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createApp, type PortalApp } from '../../src/web/app.js';
import { hashPassword } from '../../src/web/auth/password.js';
import { parsedSeed } from '../golden/load.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

export const S000 = '000_c55cbe189efa8a40.txt';
export const S004 = '004_88207d3c283235c9.txt';
export const DEPT000 = '新疆维吾尔自治区人民政府办公厅';
export const DEPT004 = '新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处';
export const EDITOR = { name: 'editor1', password: 'correct horse battery' };
export const SCRIPT = '<script>alert("x")</script>';
export const HOSTILE_DEPT = `新疆维吾尔自治区${SCRIPT}示例局`;
export const HOSTILE_PROJECT = `${SCRIPT}项目`;

export const hasSeeds = (): boolean => hasShared('seeds', S000) && hasShared('seeds', S004);

/** Seed 000 with markup in its department, project and unit names, as 2024 (another year). */
export function hostileDisclosure(): Disclosure {
  const d = structuredClone(parsedSeed(S000).disclosure);
  d.identity.department = HOSTILE_DEPT;
  d.identity.year = 2024;
  d.source.file = `${SCRIPT}.txt`;
  for (const t of d.tables) {
    t.department = HOSTILE_DEPT;
    for (const r of t.rows) if (r.kind === 'project') r.project = HOSTILE_PROJECT;
  }
  if (d.projects[0]) d.projects[0].name = HOSTILE_PROJECT;
  if (d.narrative.sections[0]) d.narrative.sections[0].text += SCRIPT;
  return d;
}

export interface WebFixture extends PortalApp {
  store: Store;
  id000: number;
  id004: number;
  hostileId: number;
  hostileDepartmentId: number;
}

export async function webFixture(url: string): Promise<WebFixture> {
  const store = await openStore(url);
  const save = async (d: Disclosure, file?: string) =>
    store.saveDisclosure({
      disclosure: d,
      report: checkEntry(d.source.file, d),
      ...(file
        ? { sourceBytes: readFileSync(sharedPath('seeds', file)), sourceFormat: 'text' }
        : {}),
    });
  const a = await save(parsedSeed(S000).disclosure, S000);
  const b = await save(parsedSeed(S004).disclosure, S004);
  const h = await save(hostileDisclosure());
  await store.createUser(EDITOR.name, await hashPassword(EDITOR.password), 'editor');
  const portal = createApp({ store, renderDocument: null, logError: () => {} });
  return {
    ...portal,
    store,
    id000: a.disclosureId,
    id004: b.disclosureId,
    hostileId: h.disclosureId,
    hostileDepartmentId: h.departmentId,
  };
}
