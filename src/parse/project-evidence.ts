// What the 项目支出情况说明 tells about the 项目支出 table: a project's 资金分配 lists what it pays
// for (差旅费 815万元, 办公设备购置 5万元…), and each of those is a 经济分类 款 whose 类 is a column of
// the 项目支出 table. When every item maps to a 类 and the items add up to the project's total, the
// sums per 类 say which columns the project row's numbers are in (seed 000 各项业务工作管理经费:
// 302 = 3,343.80, 310 = 5.00). The table parser accepts this only where the numbers match exactly.
import { childrenOf, findByName, normalizeNameKey } from '../model/catalog/index.js';
import { toCents, type Cents } from '../model/money.js';
import type { Project } from '../model/project.js';
import type { ProjectEvidence } from './tables/evidence.js';

export type { ProjectEvidence } from './tables/evidence.js';

// An item name may map to several 类 (办公设备购置: 309 or 310); readings multiply, so cap them.
const MAX_READINGS = 64;
const SUFFIXES = /(?:支出|费用|费)+$/;

// A name's 类 are a fact of the national catalog, the same in every document: each name is
// looked up once per process (the catalog searches cost more than the rest of the evidence).
// Bounded: a long-running process meets ever new names.
const CLASSES_BY_NAME = new Map<string, readonly string[]>();
const MAX_MEMO_NAMES = 10_000;

/** The 经济分类 类 codes an allocation item's name can stand for. */
export function economicClassesOf(name: string): readonly string[] {
  let found = CLASSES_BY_NAME.get(name);
  if (found === undefined) {
    if (CLASSES_BY_NAME.size >= MAX_MEMO_NAMES) CLASSES_BY_NAME.clear();
    CLASSES_BY_NAME.set(name, (found = lookUpClasses(name)));
  }
  return found;
}

function lookUpClasses(name: string): string[] {
  const tried = new Set<string>();
  const classes = (n: string): string[] => {
    if (tried.has(n) || n.length < 2) return [];
    tried.add(n);
    return [...new Set(findByName('economic', n, { level: '款' }).map((e) => e.code.slice(0, 3)))];
  };
  const base = name.replace(/^[\d.、．\s]+/, '').trim();
  let found = classes(base);
  if (found.length === 0) found = classes(base.replace(SUFFIXES, ''));
  if (found.length === 0) found = byLooseName(base);
  return found;
}

/** Catalog 款 whose name equals the item's once brackets, 和 and a trailing 费/支出 are dropped. */
function byLooseName(name: string): string[] {
  const key = looseKey(name);
  if (key.length < 2) return [];
  return [
    ...new Set(
      economicKuan()
        .filter((e) => e.key === key)
        .map((e) => e.cls),
    ),
  ];
}

function looseKey(s: string): string {
  return normalizeNameKey(s)
    .replace(/\([^)]*\)/g, '')
    .replace(/和/g, '')
    .replace(SUFFIXES, '');
}

let kuanCache: { key: string; cls: string }[] | undefined;
/** Every 部门预算经济分类 款 with its loose key (built once). */
function economicKuan(): { key: string; cls: string }[] {
  kuanCache ??= ECONOMIC_CLASSES.flatMap((cls) =>
    childrenOf('economic', cls).map((e) => ({ key: looseKey(e.name), cls })),
  );
  return kuanCache;
}

/** The 类 that are columns of the 项目支出 table. */
const ECONOMIC_CLASSES = ['301', '302', '303', '307', '309', '310', '311', '312', '313', '399'];

export function projectEvidence(projects: readonly Project[]): ProjectEvidence[] {
  const out: ProjectEvidence[] = [];
  for (const p of projects) {
    const items = p.allocation?.items ?? [];
    if (p.scale === undefined || items.length === 0 || items.some((i) => i.amount === undefined))
      continue;
    const total = toCents(p.scale);
    if (items.reduce((s, i) => s + toCents(i.amount!), 0) !== total) continue;
    let readings: Record<string, Cents>[] = [{}];
    let complete = true;
    for (const item of items) {
      const classes = economicClassesOf(item.name);
      if (classes.length === 0) {
        complete = false;
        break;
      }
      const next: Record<string, Cents>[] = [];
      for (const r of readings)
        for (const cls of classes) {
          const col = `e${cls}`;
          next.push({ ...r, [col]: (r[col] ?? 0) + toCents(item.amount!) });
        }
      readings = next.slice(0, MAX_READINGS);
      if (next.length > MAX_READINGS) complete = false;
    }
    if (!complete) continue;
    out.push({ project: p.name, ...(p.owner ? { owner: p.owner } : {}), total, readings });
  }
  return out;
}
