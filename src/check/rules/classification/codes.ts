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
import type { RowShape } from '../../../model/specs/index.js';
import type { Table, TableKind, TableRow } from '../../../model/table.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { CheckContext } from '../../context.js';
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
  /** The system and year these facts are about. */
  readonly system: CodeSystem;
  readonly year: number | undefined;
  /** The code's digit count is a level of its system. */
  readonly levelOk: boolean;
  /** The entry in any edition (undefined: unknown to the catalog). */
  readonly entry: CatalogEntry | undefined;
  /** The entry as in force in the year (undefined: unknown, or retired by then). */
  readonly inYear: CatalogEntry | undefined;
  /** Printed names already matched against this code and year. */
  readonly names: Map<string, NameMatch>;
}

/**
 * What the process keeps per code: its facts per system and year (most codes are asked about in
 * one or two), and where the current walk (buildCodeIndex) keeps the code's record. One lookup per
 * row finds both, so the walk needs no map of its own; the slot holds the record's index in the
 * walk's list, not the record, so no document's objects outlive its check.
 */
interface CodeSlot {
  /** The walk that last saw the code (walks are numbered from 1). */
  walk: number;
  /** The code's record in that walk: an index into its list of records. */
  at: number;
  readonly facts: CodeFacts[];
}

const slots = new Map<string, CodeSlot>();
let memoSize = 0;
let walks = 0;

function slotOf(code: string): CodeSlot {
  let slot = slots.get(code);
  if (!slot) {
    slot = { walk: 0, at: 0, facts: [] };
    slots.set(code, slot);
    memoSize++;
  }
  return slot;
}

function factsIn(
  slot: CodeSlot,
  system: CodeSystem,
  code: string,
  year: number | undefined,
): CodeFacts {
  for (const f of slot.facts) if (f.system === system && f.year === year) return f;
  const entry = lookupCode(system, code);
  const facts: CodeFacts = {
    system,
    year,
    levelOk: levelOfCode(system, code) !== undefined,
    entry,
    inYear: entry && year !== undefined ? lookupCode(system, code, year) : entry,
    names: new Map(),
  };
  slot.facts.push(facts);
  memoSize++;
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

/**
 * A code of one system at the first row that prints it, with the catalog's facts about it in the
 * document's year (the tables that print it: tablesPrinting, asked only for a finding).
 */
export interface CodeUse {
  readonly table: Table;
  readonly row: TableRow;
  readonly system: CodeSystem;
  readonly code: string;
  readonly facts: CodeFacts;
}

/** A 科目 row whose printed name was matched against its code (in force that year). */
export interface NamedRow {
  readonly table: Table;
  readonly row: TableRow;
  readonly system: CodeSystem;
  readonly name: string;
  readonly match: NameMatch;
}

/**
 * What the walk keeps per code, in one object that is also the code's first use in the system it
 * was first seen in (its uses in any other system, rarely, are records of their own): the names
 * its 科目 rows print (most codes are printed under one name, so no set is made for them; names
 * are compared per code whatever the system) and the scope of its last 科目 row.
 */
interface CodeRecord extends CodeUse {
  otherSystems: CodeRecord[] | undefined;
  /** The first name among its 科目 rows; undefined before the first. */
  first: string | undefined;
  others: Set<string> | undefined;
  /** The last scope (see CodeIndex.duplicates) a 科目 row printed it in, and that scope's first. */
  scope: number;
  firstInScope: TableRow | undefined;
  /** The budget tables (BUDGET_TABLE bits) that printed it so far. */
  budgetTables: number;
}

function newRecord(
  table: Table,
  row: TableRow,
  system: CodeSystem,
  code: string,
  facts: CodeFacts,
): CodeRecord {
  return {
    table,
    row,
    system,
    code,
    facts,
    otherSystems: undefined,
    first: undefined,
    others: undefined,
    scope: 0,
    firstInScope: undefined,
    budgetTables: 0,
  };
}

/** The code's use in `system`, if seen in it. */
function useIn(record: CodeRecord, system: CodeSystem): CodeRecord | undefined {
  if (record.system === system) return record;
  return record.otherSystems?.find((u) => u.system === system);
}

/** Adds a name to a code's names: false when it was there already. */
function addName(record: CodeRecord, name: string): boolean {
  if (record.first === undefined) {
    record.first = name;
    return true;
  }
  if (name === record.first) return false;
  if (!record.others) record.others = new Set();
  else if (record.others.has(name)) return false;
  record.others.add(name);
  return true;
}

/** What the classification rules read of the coded rows, made in one walk per document. */
export interface CodeIndex {
  /**
   * Each distinct code of a system once, at its first row, in document order. A verdict about a
   * code (does it exist, was it retired) is one finding, not one per table that prints it.
   */
  readonly distinct: Readonly<Record<CodeSystem, readonly CodeUse[]>>;
  /**
   * Each distinct (code, printed name) of the 科目 rows once, with its match, for codes in force
   * in the document's year (unknown or retired codes are other rules' business). Project rows may
   * carry the project's name, so only code rows take part.
   */
  readonly named: readonly NamedRow[];
  /**
   * Each 科目 row whose code an earlier 科目 row of the same scope printed (a scope: a table's block,
   * or a budget unit's rows), with that earlier row, in table order.
   */
  readonly duplicates: readonly Duplicate[];
  /**
   * Each code's first row (outside a 收入 block) in each budget's expenditure table, in table order,
   * for codes whose 功能分类 entry in the year lists its budgets (classification:budget-scope).
   */
  readonly budgetUses: readonly BudgetUse[];
}

/** A code's first row in a budget's expenditure table, where the catalog gives its budgets. */
export interface BudgetUse {
  readonly table: Table;
  readonly row: TableRow;
  /** The 功能分类 entry in force in the year; its budgets (scopes) are set. */
  readonly entry: CatalogEntry;
}

/** One bit per budget's expenditure table (two tables of a kind count as one). */
const BUDGET_TABLE: Partial<Record<TableKind, number>> = {
  'general-budget': 1,
  'general-budget-project': 2,
  'fund-budget': 4,
  'capital-budget': 8,
};

export interface Duplicate {
  readonly table: Table;
  readonly row: TableRow;
  readonly code: string;
  readonly first: TableRow;
}

/** The system a table's code belongs to. */
function systemOf(table: Table, code: string): CodeSystem {
  // 经济分类 rows only in the 基本支出 table (5xx: 政府预算支出经济分类); all else is 功能分类.
  if (table.kind !== 'general-budget-basic') return 'function';
  return code.startsWith('5') ? 'economic-government' : 'economic';
}

/**
 * The coded rows (every row with a code outside a 收入 block, in table order) walked once: each
 * code looked up in the catalog once, each (code, name) matched once. The rows' fields are read
 * from the context's row shapes (one object shape, where the rows come in many).
 */
export function codeIndex(ctx: CheckContext, d: Disclosure): CodeIndex {
  return ctx.memo('classification:code-index', () => buildCodeIndex(ctx, d));
}

function buildCodeIndex(ctx: CheckContext, d: Disclosure): CodeIndex {
  const year = d.identity.year ?? undefined;
  const distinct: Record<CodeSystem, CodeUse[]> = {
    function: [],
    economic: [],
    'economic-government': [],
  };
  if (memoSize >= MEMO_LIMIT) {
    slots.clear();
    memoSize = 0;
  }
  const walk = ++walks;
  // Each code's record (its first use), in the order first seen: its slot holds the index.
  const records: CodeRecord[] = [];
  const named: NamedRow[] = [];
  const duplicates: Duplicate[] = [];
  const budgetUses: BudgetUse[] = [];
  // Numbers the scopes: a new one with each table, each change of block and each unit row.
  let scope = 0;
  for (const table of d.tables) {
    const shapes = ctx.grid(table).shapes;
    const budgetTable = BUDGET_TABLE[table.kind] ?? 0;
    let block: RowShape['block'];
    scope++;
    for (let k = 0; k < shapes.length; k++) {
      const shape = shapes[k]!;
      if (shape.block !== block || shape.kind === 'unit') {
        scope++;
        block = shape.block;
      }
      const code = shape.code;
      if (code === undefined || shape.block === 'income') continue;
      const system = systemOf(table, code);
      const row = table.rows[k]!;
      const slot = slotOf(code);
      let record = slot.walk === walk ? records[slot.at] : undefined;
      let use = record && useIn(record, system);
      if (!use) {
        use = newRecord(table, row, system, code, factsIn(slot, system, code, year));
        distinct[system].push(use);
        if (record) (record.otherSystems ??= []).push(use);
        else {
          slot.walk = walk;
          slot.at = records.length;
          records.push((record = use));
        }
      }
      // Budget tables are 功能分类 tables: `use` holds the code's 功能分类 facts.
      if (budgetTable !== 0 && (record!.budgetTables & budgetTable) === 0) {
        record!.budgetTables |= budgetTable;
        const entry = use.facts.inYear;
        if (entry?.scopes) budgetUses.push({ table, row, entry });
      }
      if (shape.kind !== 'code') continue;
      if (code !== '') {
        if (record!.scope === scope)
          duplicates.push({ table, row, code, first: record!.firstInScope! });
        else {
          record!.scope = scope;
          record!.firstInScope = row;
        }
      }
      const name = row.name;
      if (!addName(record!, name)) continue;
      const facts = use.facts;
      if (!facts.inYear) continue;
      named.push({ table, row, system, name, match: nameFactsIn(facts, system, code, name, year) });
    }
  }
  return { distinct, named, duplicates, budgetUses };
}

/**
 * The labels (number, else kind) of the tables that print a code of a system outside a 收入 block,
 * in document order: for a finding's note, so looked for only when one is made.
 */
export function tablesPrinting(d: Disclosure, use: CodeUse): string[] {
  const labels: string[] = [];
  for (const table of d.tables) {
    const label = table.number ?? table.kind;
    if (labels.includes(label) || systemOf(table, use.code) !== use.system) continue;
    for (const r of table.rows)
      if (r.code === use.code && r.block !== 'income') {
        labels.push(label);
        break;
      }
  }
  return labels;
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
