// Read one table: header, layout, rows, then place every printed number in its column by the
// table's arithmetic. The result keeps what could not be placed, with its candidate columns.
import { matchKey } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import {
  flattenColumns,
  type BlockLayout,
  type TableLayout,
  type TableSpec,
} from '../../model/specs/index.js';
import type { AmountUnit, Cents } from '../../model/money.js';
import { readCodedRows, type CodedRowsContext, type HeaderWords } from './coded-rows.js';
import { codeWarnings } from './codes.js';
import { chooseLayout, readHeader, splitHeader } from './header.js';
import { readItemRows, readTransposedValues } from './item-rows.js';
import { joinFragments, type RawRow } from './raw-row.js';
import { allPlacements } from './placement.js';
import { blockPlans, type BlockColumns, type BlockPlan } from './block-columns.js';
import { SumList, type FixedCell, type SolverRow } from './solver.js';
import { anchorsOf, positionCells, type Anchor } from './positions.js';
import { tableSums } from './structure.js';
import { words } from './tokens.js';
import type { TableBlock } from './recognize.js';
import { readTwoSidedRows } from './two-sided.js';
import { readCodedHalves, type FixedById } from './coded-halves.js';
import { readItemGroups } from './item-groups.js';
import { halvesBoundary, withoutCodeHeaderCells, withStackedCells } from './side-by-side.js';
import { readTwoSidedHalves } from './two-sided-halves.js';

/** A table read and ready to be placed (and placed again when other tables fix some cells). */
export interface PreparedTable {
  readonly block: TableBlock;
  readonly layout: TableLayout;
  readonly unit: AmountUnit;
  readonly department?: string;
  readonly rows: readonly RawRow[];
  /** Columns of each row's block. */
  readonly rowColumns: readonly BlockColumns[];
  readonly solverRows: readonly SolverRow[];
  readonly sums: SumList;
  readonly empty?: string;
  readonly notes: readonly string[];
  readonly warnings: readonly ParseWarning[];
  /** Transposed item tables: the item rows the single value row becomes. */
  readonly transposed?: readonly RawRow[];
  /** Cells fixed by where the numbers are printed (inputs with positions). */
  readonly positioned: readonly FixedCell[];
}

export interface TableContext {
  readonly year?: number;
  readonly unit: AmountUnit;
  readonly knownUnits: readonly string[];
  readonly preferredLayout?: string;
}

const EMPTY = /为空表|无数据|未安排|没有使用/;
// Patterns used per line or word are made once (a literal in a loop is a new object each time).
const ANY_DIGIT = /\d/;

export function prepareTable(block: TableBlock, ctx: TableContext): PreparedTable {
  const spec: TableSpec = block.spec;
  const { end, keys } = splitHeader(block.body, 0);
  const printed = block.body.slice(0, end);
  // Header cells wrapped inside their cell are read whole (PDF input only: it needs positions).
  const headerLines = withStackedCells(printed);
  // A line given a joined cell is a new line with more text: its key is made again.
  const header = readHeader(
    headerLines,
    headerLines.map((l, i) => (l === printed[i] ? keys[i] : undefined)),
  );
  const data = block.body.slice(end);
  const layout = chooseLayout(spec, header, ctx.preferredLayout, data);
  if (data[0]) data[0] = withoutCodeHeaderCells(data[0]);
  // Side-by-side halves (决算) are told apart by position: no boundary, no halves.
  const boundary = layout.halves ? halvesBoundary(printed) : undefined;
  let fixedById: FixedById[] = [];
  const unit = header.unit ?? ctx.unit;
  const table = block.number ?? spec.name;
  const warnings: ParseWarning[] = [];
  let rows: RawRow[] = [];
  let notes: string[] = [];
  let transposed: RawRow[] | undefined;

  const main = layout.blocks[0] as BlockLayout;
  if (layout.blocks.length > 1) {
    const income = layout.blocks.find((b) => b.id === 'income') as BlockLayout;
    const expenditureItems = layout.blocks.find((b) => b.id === 'expenditure')?.items ?? [];
    const r =
      layout.halves === 'blocks' && boundary !== undefined
        ? readTwoSidedHalves(
            data,
            boundary,
            { income: income.items ?? [], expenditure: expenditureItems },
            table,
          )
        : readTwoSidedRows(data, income.items ?? [], table);
    rows = r.rows;
    warnings.push(...r.warnings);
  } else if (layout.orientation === 'item-groups-as-columns') {
    const r = readItemGroups(printed, data, main.items ?? [], flattenColumns(main.columns), table);
    rows = r.rows;
    fixedById = r.fixed;
    warnings.push(...r.warnings);
  } else if (layout.orientation === 'items-as-columns') {
    const values = readTransposedValues(data);
    const first = data[0] as LayoutLine | undefined;
    if (values.amounts.length > 0)
      rows = [
        {
          kind: 'item',
          name: '',
          amounts: values.amounts,
          ...(values.amountX ? { amountX: values.amountX } : {}),
          line: first?.line ?? block.at.line,
        },
      ];
    transposed = (main.items ?? []).map((item) => ({
      kind: item.id === 'total' ? 'total' : 'item',
      name: item.label,
      item: item.id,
      amounts: [],
      line: first?.line ?? block.at.line,
    }));
  } else if (main.rowKey === 'item') {
    const r = readItemRows(data, main.items ?? [], table);
    rows = r.rows;
    warnings.push(...r.warnings);
  } else {
    const opts: Mutable<CodedRowsContext> = {
      headerWords: headerWordsOf(layout, printed),
      rowKey: main.rowKey,
      knownUnits: ctx.knownUnits,
      table,
    };
    if (ctx.year) opts.year = ctx.year;
    const halves = typeof layout.halves === 'object' ? layout.halves : undefined;
    const root = main.columns[0]?.id ?? 'total';
    // A reading's fields taken as they are (a spread of it into a new object cost more).
    let r: ReturnType<typeof readCodedRows>;
    if (halves && boundary !== undefined) {
      const read = readCodedHalves(data, boundary, { root, halves }, (lines) =>
        readCodedRows(lines, opts),
      );
      fixedById = read.fixed;
      r = read;
    } else r = readCodedRows(data, opts);
    rows = r.rows;
    notes = r.notes;
    warnings.push(...r.warnings);
  }
  const codeRows = rows.filter((r) => r.kind === 'code' || r.kind === 'project');
  const codeKey = layout.blocks.length > 1 ? 'function-class' : main.rowKey;
  warnings.push(...codeWarnings(codeRows, codeKey, { kind: spec.kind, number: table }, ctx.year));

  const plans = blockPlans(layout);
  const rowPlans = rows.map((r) => plans.get(r.block ?? 'main') ?? plans.get(main.id)!);
  const rowColumns = rowPlans.map((p) => p.columns);
  const solverRows = solverRowsOf(rows, rowPlans);

  // Published empty: no number anywhere (a bare 合计 row may still be printed, 上海), and a
  // statement saying so.
  const noNumbers = rows.every((r) => r.amounts.length === 0);
  const empty = noNumbers
    ? emptyStatement(notes.length > 0 ? notes : data.map((l) => l.text))
    : undefined;

  // Positions, where the input has them: header anchors per block, then each number's column.
  // (Text input has none: no header token, no anchor, no cell fixed by position.)
  const anchors = new Map<BlockColumns, readonly Anchor[]>();
  const hasPositions = headerLines.some((l) => l.tokens && l.tokens.length > 0);
  if (hasPositions)
    for (const { columns: bc } of plans.values()) anchors.set(bc, anchorsOf(headerLines, bc));
  const positioned = [
    ...(hasPositions ? positionCells(rows, rowColumns, anchors) : []),
    ...fixedById.map((f) => ({
      row: f.row,
      column: rowColumns[f.row]!.columns.findIndex((c) => c.id === f.column),
      value: f.value,
    })),
  ].filter((f) => f.column >= 0);

  // The optional fields set after (an object of conditional spreads cost more than reading the table).
  const out: Mutable<PreparedTable> = {
    block,
    layout,
    unit,
    rows: empty ? [] : rows,
    rowColumns: empty ? [] : rowColumns,
    solverRows: empty ? [] : solverRows,
    sums: empty ? new SumList() : tableSums(rows, layout, plans),
    positioned: empty ? [] : positioned,
    notes: empty ? [] : notes,
    warnings,
  };
  if (header.department) out.department = header.department;
  if (empty) out.empty = empty;
  if (transposed) out.transposed = transposed;
  return out;
}

/** A type with its fields writable, for objects built field by field. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The statement that a table was published empty, from its notes or else its body lines. */
function emptyStatement(lines: readonly string[]): string | undefined {
  const statement = joinFragments(lines.filter(Boolean))
    .replace(/^(合计|总计)/, '')
    .replace(/^(备注|注)[：:]\s*/, '');
  return EMPTY.test(statement) ? statement : undefined;
}

// Header texts every coded table may print besides its column labels.
const GENERIC_HEADER_WORDS = [
  '项目',
  '科目',
  '类',
  '款',
  '项',
  '类款项',
  '类款',
  '科目编码',
  '科目名称',
  '项目名称',
  '功能分类科目编码',
  '功能分类科目名称',
  '经济分类科目编码',
  '经济分类科目名称',
  '部门预算经济分类科目编码',
  '预算数',
  '支出预算',
];

/** Column labels, and the words of the table's own header, which repeats on each page (上海). */
function headerWordsOf(layout: TableLayout, header: readonly LayoutLine[]): HeaderWords {
  const fixed = layoutHeaderKeys(layout);
  // The printed words are keyed when first asked for (most tables never repeat their header).
  let printed: Set<string> | undefined;
  const printedKeys = (): Set<string> => {
    printed = new Set<string>();
    for (const line of header)
      for (const w of words(line.text)) if (!ANY_DIGIT.test(w)) printed.add(matchKey(w));
    return printed;
  };
  return { has: (key) => fixed.has(key) || (printed ?? printedKeys()).has(key) };
}

// Specs never change: each layout's header keys (generic ones and its column labels) are made once.
const LAYOUT_HEADER_KEYS = new WeakMap<TableLayout, ReadonlySet<string>>();

function layoutHeaderKeys(layout: TableLayout): ReadonlySet<string> {
  let keys = LAYOUT_HEADER_KEYS.get(layout);
  if (!keys) {
    keys = new Set([
      ...GENERIC_HEADER_WORDS.map(matchKey),
      ...layout.blocks.flatMap((b) =>
        flattenColumns(b.columns).flatMap((c) => [c.label, ...c.aliases].map(matchKey)),
      ),
    ]);
    LAYOUT_HEADER_KEYS.set(layout, keys);
  }
  return keys;
}

/**
 * Each row's candidate placements. They depend only on the block and the printed numbers, so
 * rows printing the same numbers (a unit, its only 类,款 and 项) share one enumeration; and rows
 * printing one number several times (a 项 funded from one source: 合计 = 财政拨款 = 一般公共预算)
 * share one per count of numbers, whatever the number (see sameNumberKey).
 */
function solverRowsOf(rows: readonly RawRow[], rowPlans: readonly BlockPlan[]): SolverRow[] {
  // Per block, the rows placed so far by a hash of their numbers (turning them into a text key
  // cost more than the lookup), then compared number by number.
  const placed = new Map<BlockPlan, Map<number, SolverRow[]>>();
  const bySameNumber = new Map<BlockPlan, SameNumberRows>();
  return rows.map((row, i) => {
    const plan = rowPlans[i]!;
    let byHash = placed.get(plan);
    if (!byHash) placed.set(plan, (byHash = new Map()));
    const key = amountsHash(row.amounts);
    const same = byHash.get(key);
    let found = same?.find((r) => sameAmounts(r.amounts, row.amounts));
    if (!found) {
      found = sameNumberRow(row.amounts, plan, bySameNumber) ?? solverRow(row.amounts, plan);
      if (same) same.push(found);
      else byHash.set(key, [found]);
    }
    // Rows printing the same numbers share one solver row (the solver only reads it).
    return found;
  });
}

/** Per block, the rows printing one number several times, by sameNumberKey. */
interface SameNumberRows {
  /** Numbers beyond this many cents are beyond any rounding tolerance of the block. */
  readonly bound: number;
  readonly rows: Map<number, SolverRow>;
}

/**
 * A row printing one number n times, with the candidates of an earlier such row of the block
 * (recorded here when it is the first). Every identity the placement search checks is then
 * total − Σ parts = number × (a whole count), which holds within rounding only when the count is
 * 0 once the number is beyond any rounding tolerance: the placements depend on n and the
 * number's sign only. Undefined for other rows.
 */
function sameNumberRow(
  amounts: readonly Cents[],
  plan: BlockPlan,
  bySameNumber: Map<BlockPlan, SameNumberRows>,
): SolverRow | undefined {
  let same = bySameNumber.get(plan);
  if (!same) bySameNumber.set(plan, (same = { bound: toleranceBound(plan), rows: new Map() }));
  const key = sameNumberKey(amounts, same.bound);
  if (key === undefined) return undefined;
  const first = same.rows.get(key);
  if (!first) {
    const row = solverRow(amounts, plan);
    same.rows.set(key, row);
    return row;
  }
  return { amounts, candidates: first.candidates, relaxed: first.relaxed };
}

/**
 * A bound on the block's rounding tolerances: (k + 1) / 2 cents for k parts or printed numbers,
 * at most the block's columns or an identity's parts.
 */
function toleranceBound(plan: BlockPlan): number {
  let most = plan.columns.columns.length;
  for (const s of plan.sums) most = Math.max(most, s.parts.length);
  return most;
}

/** ±n for n > 1 numbers all equal to one beyond `bound` (by the number's sign), else undefined. */
function sameNumberKey(amounts: readonly Cents[], bound: number): number | undefined {
  const n = amounts.length;
  if (n < 2) return undefined;
  const first = amounts[0]!;
  if (!Number.isSafeInteger(first) || !(Math.abs(first) > bound)) return undefined;
  for (let i = 1; i < n; i++) if (amounts[i] !== first) return undefined;
  return first > 0 ? n : -n;
}

function amountsHash(amounts: readonly Cents[]): number {
  let h = amounts.length;
  for (const a of amounts) h = (Math.imul(h, 31) + (a % 0x7fffffff)) | 0;
  return h;
}

function sameAmounts(a: readonly Cents[], b: readonly Cents[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function solverRow(amounts: readonly Cents[], { columns, sums, place }: BlockPlan): SolverRow {
  const exact = place(amounts);
  if (exact.placements.length > 0 && exact.complete)
    return { amounts, candidates: exact.placements, relaxed: false };
  // A row whose columns do not add up (a project shown by its 合计 only, seed 004 表七) still
  // prints its total: where the block's first column sums the others, it holds a number.
  const any = allPlacements(amounts.length, columns.columns.length);
  const rootSums = sums.some((s) => s.total === 0);
  const withTotal = rootSums ? any.placements.filter((p) => p[0] === 0) : any.placements;
  if (any.complete && withTotal.length > 0)
    return { amounts, candidates: withTotal, relaxed: true };
  // Too many ways to place (or more numbers than columns): nothing can be placed.
  return { amounts, candidates: [[]], relaxed: true };
}
