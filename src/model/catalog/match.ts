// Matching printed 科目 names against the catalog. matchName runs once per table row of every
// document, so the common case (identical name) is a single string comparison.
import {
  nameIndexAt,
  systemIndex,
  viewOf,
  type CatalogEntry,
  type CatalogNode,
  type NameRecord,
} from './catalog.js';
import { normalizeCode } from './code.js';
import type { CatalogLevel, CodeSystem } from './format.js';
import {
  looseKey,
  normalizeNameKey,
  splitLevelMarker,
  splitNamePath,
  splitTrailingGroup,
} from './name-key.js';

export interface FindOptions {
  level?: CatalogLevel;
  /** Code of an ancestor (款 or 类) the entry must sit under. */
  parent?: string;
  /** Budget year of the document: selects the names in force then. */
  year?: number;
}

export interface MatchOptions extends FindOptions {
  /** Printed code of the row; when given, level and parent are implied and ignored. */
  code?: string;
}

/**
 * exact: the name in force, as printed (surrounding whitespace aside).
 * tolerant: the same name up to width, brackets, spaces, a trailing '支出', or a bracketed
 * ancestor name / level marker after it. former: a name the code had in another edition.
 * mismatch: a different name (or, without a code, no entry found). unknown-code: not in the catalog.
 */
export type MatchKind = 'exact' | 'tolerant' | 'former' | 'mismatch' | 'unknown-code';

export interface NameMatch {
  kind: MatchKind;
  /** As named in the document's year when the code is in force then. */
  entry?: CatalogEntry;
  /** Name in force for the code and year, when it differs from the printed one. */
  expected?: string;
}

/** True if `key` is an ancestor's name (any edition), for '事业运行（政府办公厅（室）…事务）'. */
function isAncestorName(system: CodeSystem, node: CatalogNode, key: string): boolean {
  const loose = looseKey(key);
  const byCode = systemIndex(system).byCode;
  for (let p = byCode.get(node.entry.parent ?? ''); p; p = byCode.get(p.entry.parent ?? '')) {
    if (p.names.some((r) => r.loose === loose)) return true;
  }
  return false;
}

function sameName(system: CodeSystem, node: CatalogNode, key: string, rec: NameRecord): boolean {
  if (key === rec.key || looseKey(key) === rec.loose) return true;
  const split = splitTrailingGroup(key);
  if (!split) return false;
  const [head, inner] = split;
  return looseKey(head) === rec.loose && isAncestorName(system, node, inner);
}

/** Printed name → comparison key, minus a level marker and a leading copy of the code. */
function printedKey(printed: string, code?: string): string {
  const key = normalizeNameKey(splitLevelMarker(printed.trim()).name);
  if (code && key.startsWith(code) && key.length > code.length) {
    return key.slice(code.length).replace(/^[:.、\-_|]+/, '');
  }
  return key;
}

function matchCode(system: CodeSystem, printed: string, code: string, year?: number): NameMatch {
  const c = normalizeCode(code);
  const node = c === undefined ? undefined : systemIndex(system).byCode.get(c);
  if (!node) return { kind: 'unknown-code' };
  const i = nameIndexAt(node, year);
  const inForce = i < 0 ? undefined : node.names[i];
  const entry = i < 0 ? node.entry : viewOf(node, i);
  if (inForce && printed.trim() === inForce.name) return { kind: 'exact', entry };
  const key = printedKey(printed, c);
  if (inForce && sameName(system, node, key, inForce)) return { kind: 'tolerant', entry };
  const expected = inForce?.name;
  for (const rec of node.names) {
    if (rec !== inForce && sameName(system, node, key, rec)) {
      return { kind: 'former', entry, ...(expected === undefined ? {} : { expected }) };
    }
  }
  return { kind: 'mismatch', entry, expected: expected ?? node.entry.name };
}

interface Hit {
  node: CatalogNode;
  i: number;
}

const nameIndexes = new Map<CodeSystem, Map<string, Hit[]>>();
/** Loose key → every (code, name) pair carrying it; built on first use per system. */
function nameIndex(system: CodeSystem): Map<string, Hit[]> {
  let index = nameIndexes.get(system);
  if (!index) {
    index = new Map();
    for (const node of systemIndex(system).nodes) {
      node.names.forEach((rec, i) => {
        const list = index!.get(rec.loose);
        if (list) list.push({ node, i });
        else index!.set(rec.loose, [{ node, i }]);
      });
    }
    nameIndexes.set(system, index);
  }
  return index;
}

/** Entries for a name: those whose name in force matches, else those matching a former name. */
function find(
  system: CodeSystem,
  printed: string,
  opts: FindOptions,
): { entries: CatalogEntry[]; former: boolean } {
  const marked = splitLevelMarker(printed.trim());
  const key = normalizeNameKey(marked.name);
  const level = opts.level ?? marked.level;
  const parent = opts.parent === undefined ? undefined : normalizeCode(opts.parent);
  const fits = ({ node }: Hit) =>
    (!level || node.entry.level === level) &&
    (!parent || (node.entry.code.startsWith(parent) && node.entry.code !== parent));
  const index = nameIndex(system);
  let hits = (index.get(looseKey(key)) ?? []).filter(fits);
  const split = hits.length === 0 ? splitTrailingGroup(key) : undefined;
  if (split) {
    const [head, inner] = split;
    hits = (index.get(looseKey(head)) ?? []).filter(
      (h) => fits(h) && isAncestorName(system, h.node, inner),
    );
  }
  const inForce = (h: Hit) =>
    h.i === nameIndexAt(h.node, opts.year) &&
    (opts.year !== undefined || h.node.entry.retiredAfter === undefined);
  const current = hits.filter(inForce);
  const chosen = current.length > 0 ? current : hits;
  const seen = new Set<CatalogNode>();
  const entries: CatalogEntry[] = [];
  for (const { node } of chosen.sort((a, b) => (a.node.entry.code < b.node.entry.code ? -1 : 1))) {
    if (seen.has(node)) continue;
    seen.add(node);
    const i = nameIndexAt(node, opts.year);
    entries.push(i < 0 ? node.entry : viewOf(node, i));
  }
  return { entries, former: current.length === 0 && entries.length > 0 };
}

/**
 * Checks a printed name against the catalog. With `code`, against that code's names; without,
 * by name (first match in code order, narrowed by level/parent).
 */
export function matchName(
  system: CodeSystem,
  printedName: string,
  opts: MatchOptions = {},
): NameMatch {
  if (opts.code !== undefined) return matchCode(system, printedName, opts.code, opts.year);
  const { entries, former } = find(system, printedName, opts);
  const entry = entries[0];
  if (!entry) return { kind: 'mismatch' };
  if (former) {
    // A retired code has no name in force to expect.
    const { retiredAfter: until } = entry;
    const retired = until !== undefined && (opts.year === undefined || opts.year > until);
    return retired ? { kind: 'former', entry } : { kind: 'former', entry, expected: entry.name };
  }
  return { kind: printedName.trim() === entry.name ? 'exact' : 'tolerant', entry };
}

/** Entries whose name matches tolerantly, in code order (former names only if nothing else). */
export function findByName(
  system: CodeSystem,
  printedName: string,
  opts: FindOptions = {},
): CatalogEntry[] {
  return find(system, printedName, opts).entries;
}

/**
 * Resolves a name path (类 → 款 → 项, levels may be skipped) to its last entry, walking the
 * hierarchy; a string is split with splitNamePath. Undefined if unresolved or ambiguous.
 */
export function resolvePath(
  system: CodeSystem,
  names: string | readonly string[],
  opts: { year?: number } = {},
): CatalogEntry | undefined {
  const path = typeof names === 'string' ? splitNamePath(names) : names;
  let current: CatalogEntry[] | undefined;
  for (const name of path) {
    if (!current) {
      current = findByName(system, name, opts);
    } else {
      const parents = current;
      const all = parents.flatMap((p) => findByName(system, name, { ...opts, parent: p.code }));
      const direct = all.filter((e) => parents.some((p) => e.parent === p.code));
      const next = direct.length > 0 ? direct : all;
      current = next.filter((e, i) => next.findIndex((o) => o.code === e.code) === i);
    }
    if (current.length === 0) return undefined;
  }
  return current?.length === 1 ? current[0] : undefined;
}
