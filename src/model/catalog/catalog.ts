// The 政府收支分类科目 catalog: entries and code lookups over the committed JSON, indexed once at
// module load. Coverage is partial and mostly recalled (docs/catalog.md): callers must treat a
// missing code as a warning, never as grounds to drop data.
import functionalData from './data/functional.json' with { type: 'json' };
import economicData from './data/economic-department.json' with { type: 'json' };
import governmentData from './data/economic-government.json' with { type: 'json' };
import { levelOfCode, normalizeCode, parentCode } from './code.js';
import {
  BUDGET_SCOPES,
  CONFIDENCES,
  FORMAT_VERSION,
  type BudgetScope,
  type CatalogLevel,
  type CodeSystem,
  type Confidence,
  type RawCatalogFile,
} from './format.js';
import { looseKey, normalizeNameKey } from './name-key.js';

export interface FormerName {
  readonly name: string;
  /** Last edition (budget year) in which this name was in force. */
  readonly lastEdition: number;
  readonly confidence: Confidence;
  readonly note?: string;
}

export interface CatalogEntry {
  readonly system: CodeSystem;
  readonly code: string;
  /** Name in force in the year asked for; the newest name when no year is given. */
  readonly name: string;
  readonly level: CatalogLevel;
  readonly parent?: string;
  /** Confidence of this code + name pairing (see SOURCES.md of the code lists). */
  readonly confidence: Confidence;
  /** Budget(s) the code belongs to; 支出功能分类 only. */
  readonly scopes?: readonly BudgetScope[];
  /** Older names of this code, newest first; the same whatever year was asked for. */
  readonly formerNames: readonly FormerName[];
  /** Only for codes absent from the current edition: the last edition that had them. */
  readonly retiredAfter?: number;
  readonly note?: string;
}

/** One name of a code with its span; `lastEdition` is Infinity for the current name. */
export interface NameRecord {
  readonly name: string;
  readonly key: string;
  readonly loose: string;
  readonly lastEdition: number;
  readonly confidence: Confidence;
}

/** Internal index node (not exported from index.ts). */
export interface CatalogNode {
  readonly entry: CatalogEntry;
  /** Oldest first; the last one is `entry.name`. */
  readonly names: readonly NameRecord[];
  readonly views: (CatalogEntry | undefined)[];
  readonly children: CatalogNode[];
}

export interface SystemIndex {
  readonly edition: number;
  readonly byCode: ReadonlyMap<string, CatalogNode>;
  readonly nodes: readonly CatalogNode[];
}

const scopeCache = new Map<number, readonly BudgetScope[]>();
function scopesOf(mask: number): readonly BudgetScope[] | undefined {
  if (mask === 0) return undefined;
  let s = scopeCache.get(mask);
  if (!s) {
    s = Object.freeze(BUDGET_SCOPES.filter((_, bit) => mask & (1 << bit)));
    scopeCache.set(mask, s);
  }
  return s;
}

function record(name: string, lastEdition: number, confidence: number): NameRecord {
  const key = normalizeNameKey(name);
  return { name, key, loose: looseKey(key), lastEdition, confidence: CONFIDENCES[confidence]! };
}

function load(data: unknown): SystemIndex {
  const raw = data as RawCatalogFile;
  if (raw.format !== FORMAT_VERSION || raw.confidence.join() !== CONFIDENCES.join())
    throw new Error(`catalog data for ${raw.system}: unexpected format; run npm run catalog`);
  const byCode = new Map<string, CatalogNode>();
  const nodes: CatalogNode[] = [];
  for (const [code, name, confidence, scopeMask, extra] of raw.entries) {
    const former = extra?.former ?? [];
    const formerNames = former.map(([n, lastEdition, c, note]) =>
      Object.freeze({
        name: n,
        lastEdition,
        confidence: CONFIDENCES[c]!,
        ...(note ? { note } : {}),
      }),
    );
    const parent = parentCode(code);
    const entry: CatalogEntry = Object.freeze({
      system: raw.system,
      code,
      name,
      level: levelOfCode(raw.system, code)!,
      ...(parent ? { parent } : {}),
      confidence: CONFIDENCES[confidence]!,
      ...(scopeMask ? { scopes: scopesOf(scopeMask) } : {}),
      formerNames: Object.freeze(formerNames),
      ...(extra?.until ? { retiredAfter: extra.until } : {}),
      ...(extra?.note ? { note: extra.note } : {}),
    });
    const names = [
      ...former.map(([n, last, c]) => record(n, last, c)).reverse(),
      record(name, extra?.until ?? Infinity, confidence),
    ];
    const node: CatalogNode = { entry, names, views: [], children: [] };
    byCode.set(code, node);
    nodes.push(node);
  }
  for (const node of nodes) {
    if (node.entry.parent) byCode.get(node.entry.parent)?.children.push(node);
  }
  return { edition: raw.edition, byCode, nodes };
}

const SYSTEMS: Record<CodeSystem, SystemIndex> = {
  function: load(functionalData),
  economic: load(economicData),
  'economic-government': load(governmentData),
};

export function systemIndex(system: CodeSystem): SystemIndex {
  return SYSTEMS[system];
}

/** Index into node.names of the name in force in `year`: the first span reaching that year. */
export function nameIndexAt(node: CatalogNode, year: number | undefined): number {
  if (year === undefined) return node.names.length - 1;
  return node.names.findIndex((r) => r.lastEdition >= year);
}

/** The entry as of name `i`: the node's own entry for its newest name, else a cached copy. */
export function viewOf(node: CatalogNode, i: number): CatalogEntry {
  if (i === node.names.length - 1) return node.entry;
  let view = node.views[i];
  if (!view) {
    const r = node.names[i]!;
    view = Object.freeze({ ...node.entry, name: r.name, confidence: r.confidence });
    node.views[i] = view;
  }
  return view;
}

/** Entry for a code; with `year`, named as in that year, and undefined if retired by then. */
export function lookupCode(
  system: CodeSystem,
  code: string,
  year?: number,
): CatalogEntry | undefined {
  const c = normalizeCode(code);
  const node = c === undefined ? undefined : SYSTEMS[system].byCode.get(c);
  if (!node) return undefined;
  const i = nameIndexAt(node, year);
  return i < 0 ? undefined : viewOf(node, i);
}

/** Direct children; without `year`, those of the current edition. */
export function childrenOf(system: CodeSystem, code: string, year?: number): CatalogEntry[] {
  const c = normalizeCode(code);
  const node = c === undefined ? undefined : SYSTEMS[system].byCode.get(c);
  const out: CatalogEntry[] = [];
  for (const child of node?.children ?? []) {
    const i = year === undefined && child.entry.retiredAfter ? -1 : nameIndexAt(child, year);
    if (i >= 0) out.push(viewOf(child, i));
  }
  return out;
}

/** 类 then 款 above `code` (top-down, the code itself excluded); works for unknown codes too. */
export function ancestorsOf(system: CodeSystem, code: string, year?: number): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (let p = parentCode(code); p !== undefined; p = parentCode(p)) {
    const e = lookupCode(system, p, year) ?? lookupCode(system, p);
    if (e) out.unshift(e);
  }
  return out;
}

export interface SystemStats {
  /** Current edition, e.g. 2025. */
  readonly edition: number;
  /** Codes in the current edition. */
  readonly entries: number;
  readonly byLevel: Record<CatalogLevel, number>;
  readonly byConfidence: Record<Confidence, number>;
  /** Codes known only from older editions. */
  readonly retired: number;
  /** Older names recorded for current or retired codes. */
  readonly formerNames: number;
}

/** Counts of the current edition per system, level and confidence. */
export function catalogStats(): Record<CodeSystem, SystemStats> {
  const stats = (index: SystemIndex): SystemStats => {
    const byLevel: Record<CatalogLevel, number> = { 类: 0, 款: 0, 项: 0 };
    const byConfidence = Object.fromEntries(CONFIDENCES.map((c) => [c, 0])) as Record<
      Confidence,
      number
    >;
    let retired = 0;
    let formerNames = 0;
    for (const { entry } of index.nodes) {
      formerNames += entry.formerNames.length;
      if (entry.retiredAfter !== undefined) {
        retired++;
        continue;
      }
      byLevel[entry.level]++;
      byConfidence[entry.confidence]++;
    }
    const entries = index.nodes.length - retired;
    return { edition: index.edition, entries, byLevel, byConfidence, retired, formerNames };
  };
  return {
    function: stats(SYSTEMS.function),
    economic: stats(SYSTEMS.economic),
    'economic-government': stats(SYSTEMS['economic-government']),
  };
}
