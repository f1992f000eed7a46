// Everything rules look up more than once, computed once per disclosure.
import { looseKey, normalizeNameKey, splitTrailingGroup } from '../model/catalog/name-key.js';
import type { Disclosure } from '../model/disclosure.js';
import { toCents, type Cents } from '../model/money.js';
import type { FactSubject, NarrativeFact } from '../model/narrative.js';
import type { RowShape } from '../model/specs/index.js';
import type { Table, TableKind, TableRow } from '../model/table.js';
import { matchKey } from '../ingest/index.js';

/** A cell as a checker sees it: a value (blank = 0), or unknown when the parse left it open. */
export type Cell =
  | {
      known: true;
      cents: Cents;
      /** printed numbers summed into it (for rounding) */ parts?: number;
    }
  | { known: false };

const UNKNOWN: Cell = { known: false };
const ZERO: Cell = { known: true, cents: 0 };

export interface CheckContext {
  readonly table: (kind: TableKind) => Table | undefined;
  readonly cell: (row: TableRow, column: string) => Cell;
  readonly sumOf: (row: TableRow, columns: readonly string[]) => Cell;
  /**
   * A table's row by key: 'total' (the total row; of a two-sided table, the 收入 one),
   * 'expenditure-total', an item id, or a classification code (first such row outside the 收入
   * block). Lazy, one index per table kind.
   */
  readonly rowAt: (kind: TableKind, key: string) => TableRow | undefined;
  /** nameKeys(name), memoised (see keysOfName). */
  readonly nameKeys: (name: string) => readonly string[];
  /** A table's code rows by printed name (see nameKeys), for narrative lines named but not coded. */
  readonly codeRowsNamed: (kind: TableKind, name: string) => readonly TableRow[];
  /** The 情况说明 facts about one kind of subject, in document order (lazy, one pass for all). */
  readonly factsOf: (kind: FactSubject['kind']) => readonly NarrativeFact[];
  /** The 情况说明 (titles and texts) and 部门概况 as one matchKey'd text: "is X said at all". */
  readonly prose: () => string;
  /** The same parts joined as printed, before matchKey (for searches that allow the spaces). */
  readonly proseText: () => string;
  /** A table's cells in cents, made once per table (lazy): see TableGrid. */
  readonly grid: (table: Table) => TableGrid;
  /** A value derived from the disclosure, made once per disclosure under `key` (lazy). */
  readonly memo: <T>(key: string, make: () => T) => T;
  /**
   * Whether the caller keeps `pass` findings. When it does not (the engine's default), rules may
   * return the shared PASS draft instead of building a location nobody reads.
   */
  readonly keepPasses: boolean;
}

/**
 * A table's cells as cents, for the arithmetic rules' fast path: `values[row * width + column
 * index]` is the cell's value, 0 when blank and NaN when unknown (a number left unplaced may be there), so
 * a sum over unknown cells is NaN and equals nothing.
 */
export interface TableGrid {
  /** Index of each column id in the rows' arrays (a two-sided table's blocks share an id). */
  readonly column: ReadonlyMap<string, number>;
  /** Columns per row: the row `k`'s cell of column index `i` is `values[k * width + i]`. */
  readonly width: number;
  /** Every row's cells, row after row: one array per table. */
  readonly values: readonly number[];
  /** Per row: it has numbers left unplaced (some of its cells may be unknown). */
  readonly partial: readonly boolean[];
  /**
   * Per row: its structure fields (kind, block, code, level, item), copied into one object shape.
   * Rows come in many shapes (optional fields present or not), and the row-structure rules read
   * these fields of every row many times over.
   */
  readonly shapes: readonly RowShape[];
}

export function makeContext(d: Disclosure, opts: { keepPasses?: boolean } = {}): CheckContext {
  const byKind = new Map<TableKind, Table>();
  for (const t of d.tables) if (!byKind.has(t.kind)) byKind.set(t.kind, t);
  const rowIndex = new Map<TableKind, Map<string, TableRow>>();
  const nameIndex = new Map<TableKind, Map<string, TableRow[]>>();
  let bySubject: Map<string, NarrativeFact[]> | undefined;
  let prose: string | undefined;
  let proseText: string | undefined;
  const memos = new Map<string, unknown>();
  const grids = new Map<Table, TableGrid>();
  const grid = (table: Table): TableGrid => {
    let made = grids.get(table);
    if (!made) grids.set(table, (made = gridOf(table)));
    return made;
  };
  return {
    table: (kind) => byKind.get(kind),
    cell: cellOf,
    sumOf: sumOfColumns,
    rowAt: (kind, key) => {
      let index = rowIndex.get(kind);
      if (!index) {
        const table = byKind.get(kind);
        rowIndex.set(kind, (index = table ? indexRows(table, grid(table).shapes) : new Map()));
      }
      return index.get(key);
    },
    nameKeys: keysOfName,
    codeRowsNamed: (kind, name) => {
      let index = nameIndex.get(kind);
      if (!index) nameIndex.set(kind, (index = indexNames(byKind.get(kind), keysOfName)));
      const found: TableRow[] = [];
      for (const k of keysOfName(name))
        for (const r of index.get(k) ?? []) if (!found.includes(r)) found.push(r);
      return found;
    },
    factsOf: (kind) => {
      bySubject ??= groupFacts(d.narrative.facts, (f) => f.subject.kind);
      return bySubject.get(kind) ?? [];
    },
    prose: () => (prose ??= matchKey((proseText ??= proseTextOf(d)))),
    proseText: () => (proseText ??= proseTextOf(d)),
    grid,
    memo: <T>(key: string, make: () => T): T => {
      let value = memos.get(key);
      if (value === undefined && !memos.has(key)) memos.set(key, (value = make()));
      return value as T;
    },
    keepPasses: opts.keepPasses ?? true,
  };
}

/** The 情况说明 (section titles and texts) and 部门概况, in that order, as printed. */
function proseTextOf(d: Disclosure): string {
  const parts: string[] = [];
  for (const s of d.narrative.sections) parts.push(s.title, s.text);
  if (d.overview.text) parts.push(d.overview.text);
  return parts.join('\n');
}

/**
 * A table's rows by rowAt's keys, the first of each. Read from the grid's row shapes (one object
 * shape) rather than the rows themselves (many shapes): the derived rules make every table's grid anyway.
 */
function indexRows(table: Table, shapes: readonly RowShape[]): Map<string, TableRow> {
  const index = new Map<string, TableRow>();
  for (let k = 0; k < shapes.length; k++) {
    const r = shapes[k]!;
    const key =
      r.kind === 'total'
        ? r.block === 'expenditure'
          ? 'expenditure-total'
          : 'total'
        : (r.item ?? (r.kind === 'code' && r.block !== 'income' ? r.code : undefined));
    if (key !== undefined && !index.has(key)) index.set(key, table.rows[k]!);
  }
  return index;
}

// nameKeys by name, for every document: 科目 names come from one national catalog and recur in
// every table of every disclosure (like the code and name answers memoised in
// rules/classification/codes.ts). Bounded: past the limit the memo starts over rather than grow
// without limit on hostile input.
const NAME_KEYS_LIMIT = 20_000;
const nameKeysMemo = new Map<string, readonly string[]>();

function keysOfName(name: string): readonly string[] {
  let keys = nameKeysMemo.get(name);
  if (!keys) {
    if (nameKeysMemo.size >= NAME_KEYS_LIMIT) nameKeysMemo.clear();
    nameKeysMemo.set(name, (keys = Object.freeze(nameKeys(name))));
  }
  return keys;
}

/**
 * Keys a printed 科目 name is known by: its tolerant key, without a trailing 支出, and without a
 * trailing bracket group (seed 004 prints 事业运行（政府办公厅（室）及相关机构事务）).
 */
export function nameKeys(name: string): string[] {
  const key = normalizeNameKey(name);
  const keys = [key, looseKey(key)];
  const head = splitTrailingGroup(key)?.[0];
  if (head) keys.push(head, looseKey(head));
  return keys.filter((k, i) => k !== '' && keys.indexOf(k) === i);
}

function indexNames(
  table: Table | undefined,
  keysOf: (name: string) => readonly string[],
): Map<string, TableRow[]> {
  const index = new Map<string, TableRow[]>();
  for (const r of table?.rows ?? []) {
    if (r.kind !== 'code' || r.block === 'income') continue;
    for (const k of keysOf(r.name)) {
      const list = index.get(k);
      if (list) list.push(r);
      else index.set(k, [r]);
    }
  }
  return index;
}

function groupFacts(
  list: readonly NarrativeFact[],
  keyOf: (f: NarrativeFact) => string,
): Map<string, NarrativeFact[]> {
  const index = new Map<string, NarrativeFact[]>();
  for (const f of list) {
    const key = keyOf(f);
    const group = index.get(key);
    if (group) group.push(f);
    else index.set(key, [f]);
  }
  return index;
}

// Zeros to copy a table's cells from: a slice of a packed array of small integers is a copy of
// memory, cheaper than a typed array or fill().
const ZEROS: number[] = [];
const ZEROS_LIMIT = 1 << 16;

function zeros(length: number): number[] {
  if (length > ZEROS_LIMIT) return new Array<number>(length).fill(0);
  while (ZEROS.length < length) ZEROS.push(0);
  return ZEROS.slice(0, length);
}

function gridOf(table: Table): TableGrid {
  const column = new Map<string, number>();
  let width = 0;
  for (const c of table.columns) if (!column.has(c.id)) column.set(c.id, width++);
  const rows = table.rows;
  // One array for the table, its cells 0 (blank) until set: no array per row.
  const cells = zeros(rows.length * width);
  const partial = new Array<boolean>(rows.length);
  const shapes = new Array<RowShape>(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    shapes[k] = {
      kind: row.kind,
      block: row.block,
      code: row.code,
      level: row.level,
      item: row.item,
    };
    const at = k * width;
    const values = row.values;
    // Over the printed cells only: most of a table's cells are blank.
    for (const id in values) {
      const i = column.get(id);
      const v = values[id];
      if (i !== undefined && v !== undefined) cells[at + i] = toCents(v);
    }
    // A blank cell is unknown where a number the parse could not place may belong.
    const unplaced = row.unplaced;
    partial[k] = unplaced !== undefined && unplaced.length > 0;
    // Most rows have none: no empty array to iterate per row.
    if (unplaced !== undefined)
      for (const u of unplaced)
        for (const id of u.candidates) {
          const i = column.get(id);
          if (i !== undefined && values[id] === undefined) cells[at + i] = NaN;
        }
  }
  return { column, width, values: cells, partial, shapes };
}

/** Whether a table has a column. A loop rather than columns.some: no closure per call. */
export function hasColumn(table: Table, id: string): boolean {
  for (const c of table.columns) if (c.id === id) return true;
  return false;
}

/** A row's cell: its value; blank (0) unless a number the parse could not place may be there. */
export function cellOf(row: TableRow, column: string): Cell {
  const v = row.values[column];
  if (v !== undefined) return { known: true, cents: toCents(v) };
  if (row.unplaced?.some((u) => u.candidates.includes(column))) return UNKNOWN;
  return ZERO;
}

/**
 * The sum of a row's cells over some columns. Known even when numbers are unplaced, as long as
 * each unplaced number's candidate columns lie all inside or all outside the set: wherever it
 * is, it counts once or not at all.
 */
export function sumOfColumns(row: TableRow, columns: readonly string[]): Cell {
  let cents = 0;
  let parts = 0;
  for (const c of columns) {
    const v = row.values[c];
    if (v !== undefined && v !== 0) {
      cents += toCents(v);
      parts++;
    }
  }
  for (const u of row.unplaced ?? []) {
    // Counted in place (no Set, no filtered copy): a row has a few columns and candidates.
    let inside = 0;
    for (const c of u.candidates) if (columns.includes(c)) inside++;
    if (inside === u.candidates.length) {
      cents += toCents(u.value);
      parts++;
    } else if (inside > 0) return UNKNOWN;
  }
  return { known: true, cents, parts };
}
