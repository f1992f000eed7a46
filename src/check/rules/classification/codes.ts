// What the classification rules share: the catalog's edition, which confidences a hard verdict may
// rest on, each code's first printed row, where a finding about a row points, and memoised catalog
// answers (the same codes recur in every document, so each is looked up once per process).
// docs/catalog.md: the code lists are partly recalled, so a verdict against an entry that is not
// confirmed is insufficient_data, and an unknown code is a warning only in the catalog's own year.
import {
  catalogStats,
  levelOfCode,
  lookupCode,
  matchName,
  type CatalogEntry,
  type CodeSystem,
  type Confidence,
  type NameMatch,
} from '../../../model/catalog/index.js';
import type { FindingLocation } from '../../../model/finding.js';
import type { Table, TableRow } from '../../../model/table.js';
import type { CheckContext, CodedRow } from '../../context.js';
import type { FindingDraft } from '../../rule.js';
import { PASS } from '../../sums.js';
import { describeRow, rowKey } from '../row-key.js';

const STATS = catalogStats();

/** The edition (budget year) each code list describes. */
export function editionOf(system: CodeSystem): number {
  return STATS[system].edition;
}

/** Confidences a fail may rest on: the pairing was checked against a source or seen printed. */
export const CONFIRMED: ReadonlySet<Confidence> = new Set<Confidence>(['verified', 'name-seen']);

export const SYSTEM_NAMES: Readonly<Record<CodeSystem, string>> = {
  function: '支出功能分类科目',
  economic: '部门预算支出经济分类科目',
  'economic-government': '政府预算支出经济分类科目',
};

// Memo bound: far more distinct codes and names than real documents print; past it the memo
// starts over rather than grow without limit on hostile input.
const MEMO_LIMIT = 50_000;

export interface CodeFacts {
  /** The code's digit count is a level of its system. */
  readonly levelOk: boolean;
  /** The entry in any edition (undefined: unknown to the catalog). */
  readonly entry: CatalogEntry | undefined;
  /** The entry as in force in the year (undefined: unknown, or retired by then). */
  readonly inYear: CatalogEntry | undefined;
  /** Printed names already matched against this code and year. */
  readonly names: Map<string, NameMatch>;
}

// system → year → code: nested maps keyed by strings the document already holds (no key building).
const codeMemo = new Map<CodeSystem, Map<number | undefined, Map<string, CodeFacts>>>();
let memoSize = 0;

function codeFacts(system: CodeSystem, code: string, year: number | undefined): CodeFacts {
  return codeFactsIn(codesOf(system, year), system, code, year);
}

/** codeFacts for one system and year, for a loop over many codes (the memo found once). */
export function codeFactsFor(
  system: CodeSystem,
  year: number | undefined,
): (code: string) => CodeFacts {
  const byCode = codesOf(system, year);
  return (code) => codeFactsIn(byCode, system, code, year);
}

function codesOf(system: CodeSystem, year: number | undefined): Map<string, CodeFacts> {
  if (memoSize >= MEMO_LIMIT) {
    codeMemo.clear();
    memoSize = 0;
  }
  let byYear = codeMemo.get(system);
  if (!byYear) codeMemo.set(system, (byYear = new Map()));
  let byCode = byYear.get(year);
  if (!byCode) byYear.set(year, (byCode = new Map()));
  return byCode;
}

function codeFactsIn(
  byCode: Map<string, CodeFacts>,
  system: CodeSystem,
  code: string,
  year: number | undefined,
): CodeFacts {
  let facts = byCode.get(code);
  if (!facts) {
    const entry = lookupCode(system, code);
    facts = {
      levelOk: levelOfCode(system, code) !== undefined,
      entry,
      inYear: entry && year !== undefined ? lookupCode(system, code, year) : entry,
      names: new Map(),
    };
    byCode.set(code, facts);
    memoSize++;
  }
  return facts;
}

/** matchName of a printed name against a code, once per (code, year, name). */
function nameFactsIn(
  facts: CodeFacts,
  system: CodeSystem,
  code: string,
  name: string,
  year: number | undefined,
): NameMatch {
  let m = facts.names.get(name);
  if (!m) {
    m = matchName(system, name, { code, ...(year === undefined ? {} : { year }) });
    facts.names.set(name, m);
    memoSize++;
  }
  return m;
}

/** A 科目 row whose printed name was matched against its code (in force that year). */
export interface NamedRow extends CodedRow {
  readonly match: NameMatch;
}

/**
 * A code seen among the 科目 rows: its first printed name, any other names (most codes are printed
 * under one name, so no set is made for them), and the facts of the system it was first seen in.
 */
interface SeenCode {
  readonly first: string;
  others: Set<string> | undefined;
  readonly system: CodeSystem;
  readonly facts: CodeFacts;
}

/** Adds a name to a seen code's names: false when it was there already. */
function addName(seen: SeenCode, name: string): boolean {
  if (name === seen.first) return false;
  if (!seen.others) seen.others = new Set();
  else if (seen.others.has(name)) return false;
  seen.others.add(name);
  return true;
}

/**
 * Each distinct (code, printed name) of the 科目 rows once, with its match, for codes in force in
 * the document's year (unknown or retired codes are other rules' business). Project rows may
 * carry the project's name, so only code rows take part.
 */
export function namedRows(ctx: CheckContext, year: number | undefined): readonly NamedRow[] {
  return ctx.memo('classification:named-rows', () => {
    // Per code: the names seen, and the catalog's facts for the system it was first seen in.
    const seen = new Map<string, SeenCode>();
    const out: NamedRow[] = [];
    for (const use of ctx.codedRows()) {
      const { code, name, system } = use;
      if (use.kind !== 'code') continue;
      let known = seen.get(code);
      if (!known) {
        const facts = codeFacts(system, code, year);
        seen.set(code, (known = { first: name, others: undefined, system, facts }));
      } else if (!addName(known, name)) continue;
      const facts = known.system === system ? known.facts : codeFacts(system, code, year);
      if (!facts.inYear) continue;
      // Built field by field: an object spread here costs more than the rest of the loop.
      out.push({
        table: use.table,
        row: use.row,
        system,
        code,
        name,
        kind: use.kind,
        match: nameFactsIn(facts, system, code, name, year),
      });
    }
    return out;
  });
}

/** A code with the first row that prints it and the tables that print it. */
export interface CodeUse extends CodedRow {
  readonly tables: readonly string[];
}

/**
 * Each distinct code of `system` once, at its first row, in document order. A verdict about a
 * code (does it exist, was it retired) is one finding, not one per table that prints it.
 */
export function distinctCodes(ctx: CheckContext, system: CodeSystem): readonly CodeUse[] {
  return ctx.memo(`classification:distinct-codes:${system}`, () => {
    const byCode = new Map<string, { use: CodedRow; tables: string[] }>();
    let table: Table | undefined;
    let label = '';
    for (const use of ctx.codedRows()) {
      if (use.system !== system) continue;
      // Coded rows come table by table: the label changes with the table only.
      if (use.table !== table) {
        table = use.table;
        label = table.number ?? table.kind;
      }
      const seen = byCode.get(use.code);
      if (!seen) byCode.set(use.code, { use, tables: [label] });
      else if (!seen.tables.includes(label)) seen.tables.push(label);
    }
    const out: CodeUse[] = [];
    for (const { use, tables } of byCode.values())
      out.push({
        table: use.table,
        row: use.row,
        system: use.system,
        code: use.code,
        name: use.name,
        kind: use.kind,
        tables,
      });
    return out;
  });
}

/** Where a finding about a row of a table points. */
export function rowLocation(table: Table, row: TableRow, column?: string): FindingLocation {
  return {
    table: table.kind,
    ...(table.number ? { tableNumber: table.number } : {}),
    row: rowKey(row),
    rowName: describeRow(row),
    ...(column ? { column } : {}),
    ...(row.at?.line ? { line: row.at.line } : {}),
    ...(row.at?.page ? { page: row.at.page } : {}),
  };
}

/** A pass: short-located when passes are kept, the shared PASS draft when not. */
export function passAt(
  ctx: CheckContext,
  table: Table,
  row: TableRow,
  column?: string,
): FindingDraft {
  return ctx.keepPasses ? { outcome: 'pass', location: passLocation(table, row, column) } : PASS;
}

/** The short location of a passing check (passes are counted, rarely shown). */
export function passLocation(table: Table, row: TableRow, column?: string): FindingLocation {
  const location: FindingLocation = { table: table.kind, row: row.code ?? rowKey(row) };
  if (column) location.column = column;
  return location;
}
