// A 功能分类 line and the 经济分类 款 that pay for the same thing (2080505 机关事业单位基本养老保险缴费支出
// and 30108 机关事业单位基本养老保险缴费). Both sides are read from the 一般公共预算: the 功能分类 side
// from the 基本支出 column of 一般公共预算支出表 (its 合计 also holds 项目支出), the 经济分类 side from
// 一般公共预算基本支出表. They normally agree, but a department may book part of the money under
// another line, so a difference is a warning, never an error.
import { fromCents, type Cents } from '../../../model/money.js';
import type { Table, TableRow } from '../../../model/table.js';
import { hasColumn, type CheckContext } from '../../context.js';
import { GridColumn } from '../../grid-column.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareAtMost, compareCents, PASS } from '../../sums.js';

export interface CodePair {
  /** 功能分类 项 codes of 一般公共预算支出表, summed. */
  readonly functionCodes: readonly string[];
  /** 经济分类 款 codes of 一般公共预算基本支出表, summed. */
  readonly economicCodes: readonly string[];
  /**
   * eq: the sides normally agree. economic-within: the 经济分类 side is normally part of the
   * 功能分类 side (退休费 is paid from 2080501/2080502, which may also hold other spending).
   */
  readonly relation: 'eq' | 'economic-within';
  /** 经济分类 codes whose amounts the note shows, to explain a difference (30112 beside 30110). */
  readonly alsoShow?: readonly string[];
}

/** A side's sum: undefined when it cannot be read (an unknown cell, a code printed twice). */
interface Side {
  readonly cents: Cents;
  /** Printed non-blank cells summed. */
  readonly parts: number;
  /** How many of the codes have a row. */
  readonly present: number;
  /** The table lists lines at this level at all (so an absent code means nothing was budgeted). */
  readonly itemised: boolean;
}

/**
 * A table's code rows (outside the 收入 block) by code, as row indexes into its grid: the first
 * row of each code, the codes printed on more than one row, and the code lengths it lists. Once
 * per table, with no list of rows per code.
 */
export interface CodeIndex {
  readonly table: Table;
  readonly first: ReadonlyMap<string, number>;
  readonly repeated: ReadonlySet<string>;
  readonly lengths: ReadonlySet<number>;
}

// Memo keys made once, not concatenated on every lookup.
const MEMO_KEYS = new Map<string, string>();

/** A table's code rows by code (outside a 收入 block) and the code lengths it prints; once per table. */
export function codeIndex(ctx: CheckContext, table: Table): CodeIndex {
  let key = MEMO_KEYS.get(table.kind);
  if (!key) MEMO_KEYS.set(table.kind, (key = `pairs:code-index:${table.kind}`));
  return ctx.memo(key, () => {
    const first = new Map<string, number>();
    const repeated = new Set<string>();
    const lengths = new Set<number>();
    // The grid's row shapes (one object shape) tell the code rows; the rows come in many shapes.
    const shapes = ctx.grid(table).shapes;
    for (let k = 0; k < shapes.length; k++) {
      const r = shapes[k]!;
      if (r.kind !== 'code' || r.code === undefined) continue;
      lengths.add(r.code.length);
      if (r.block === 'income') continue;
      if (first.has(r.code)) repeated.add(r.code);
      else first.set(r.code, k);
    }
    return { table, first, repeated, lengths };
  });
}

/**
 * A code's cents in a column: undefined when no row prints it, NaN when it cannot be read (it is
 * printed on more than one row, or a number the parse could not place may be in its cell).
 */
export function codeCents(index: CodeIndex, column: GridColumn, code: string): number | undefined {
  if (index.repeated.has(code)) return NaN;
  const k = index.first.get(code);
  return k === undefined ? undefined : column.cents(k);
}

function readSide(
  ctx: CheckContext,
  table: Table,
  codes: readonly string[],
  column: string,
): Side | undefined {
  let cents = 0;
  let parts = 0;
  let present = 0;
  const index = codeIndex(ctx, table);
  const cells = new GridColumn(ctx, table, column);
  for (const code of codes) {
    const v = codeCents(index, cells, code);
    if (v === undefined) continue;
    if (Number.isNaN(v)) return undefined;
    present++;
    if (v !== 0) {
      cents += v;
      parts++;
    }
  }
  const length = codes[0]?.length ?? 0;
  const itemised = index.lengths.has(length);
  return { cents, parts, present, itemised };
}

/** The first row printing a code (outside the 收入 block), if any. */
function firstCodeRow(index: CodeIndex, code: string): TableRow | undefined {
  const k = index.first.get(code);
  return k === undefined ? undefined : index.table.rows[k];
}

function amountOf(ctx: CheckContext, index: CodeIndex, code: string): string | undefined {
  const row = firstCodeRow(index, code);
  if (!row) return undefined;
  const cell = ctx.cell(row, 'total');
  return cell.known ? `${code} ${fromCents(cell.cents)}` : `${code} ?`;
}

/** Where a pair's finding points, and its note: made only for a finding that is kept. */
function described(
  pair: CodePair,
  ctx: CheckContext,
  gb: Table,
  basic: Table,
  fnColumn: string,
  fn: Side | undefined,
  econ: Side | undefined,
): { location: FindingDraft['location']; note: string } {
  const index = codeIndex(ctx, basic);
  const location: FindingDraft['location'] = {
    table: 'general-budget-basic',
    ...(basic.number ? { tableNumber: basic.number } : {}),
    row: pair.economicCodes.join('+'),
    rowName: pair.economicCodes
      .map((c) => firstCodeRow(index, c)?.name)
      .filter(Boolean)
      .join('、'),
    column: 'total',
  };
  const shown = (pair.alsoShow ?? []).map((c) => amountOf(ctx, index, c)).filter(Boolean);
  const note = [
    `${gb.number ?? '一般公共预算支出表'} ${pair.functionCodes.join('+')} ${fnColumn}`,
    fn && fn.present === 0 ? `${pair.functionCodes.join('/')} 无此行` : undefined,
    econ && econ.present === 0 ? `${pair.economicCodes.join('/')} 无此行` : undefined,
    ...shown,
  ]
    .filter(Boolean)
    .join('；');
  return { location, note };
}

/** Findings of one pair on a disclosure: none when neither side has money. */
export function evaluatePair(pair: CodePair, ctx: CheckContext): FindingDraft[] {
  const gb = ctx.table('general-budget');
  const basic = ctx.table('general-budget-basic');
  if (!gb || !basic || gb.unit !== basic.unit) return [];
  // Without a 基本支出 column the 功能分类 side also holds 项目支出: only "within" can be told.
  const hasBasic = hasColumn(gb, 'basic');
  const fnColumn = hasBasic ? 'basic' : 'total';
  const relation = hasBasic ? pair.relation : 'economic-within';
  const fn = readSide(ctx, gb, pair.functionCodes, fnColumn);
  const econ = readSide(ctx, basic, pair.economicCodes, 'total');
  // A pass nobody keeps needs no location or note (see CheckContext.keepPasses).
  if (!ctx.keepPasses && fn && econ && (fn.cents !== 0 || econ.cents !== 0)) {
    const listed = (fn.present > 0 || fn.itemised) && (econ.present > 0 || econ.itemised);
    const printed = fn.parts + econ.parts;
    const pass =
      relation === 'eq'
        ? econ.cents === fn.cents
        : econ.cents <= fn.cents + Math.floor(printed / 2);
    if (listed && pass) return [PASS];
  }
  // Nothing to say when a side could be read and no side that could be has money.
  if ((fn || econ) && (fn?.cents ?? 0) === 0 && (econ?.cents ?? 0) === 0) return [];
  // Made only now: most pairs return above.
  const { location, note } = described(pair, ctx, gb, basic, fnColumn, fn, econ);
  if (!fn || !econ) return [{ outcome: 'insufficient_data', location, unit: basic.unit, note }];
  // A side with no row is only "nothing budgeted" when its table lists lines at that level.
  if ((fn.present === 0 && !fn.itemised) || (econ.present === 0 && !econ.itemised))
    return [{ outcome: 'insufficient_data', location, unit: basic.unit, note }];
  // Each printed cell is rounded on its own: n printed numbers differ by up to ⌊n/2⌋ cents.
  const printed = fn.parts + econ.parts;
  if (relation === 'eq')
    return [
      compareCents(econ.cents, fn.cents, Math.max(printed - 1, 0), basic.unit, location, note),
    ];
  const slack = Math.floor(printed / 2);
  return [compareAtMost(econ.cents, fn.cents, slack, basic.unit, location, `≤ ${note}`)];
}

/** A pair rule: the catalog row plus the shared evaluator. */
export function pairRule(
  row: Omit<Rule, 'evaluate' | 'category' | 'severity'>,
  pair: CodePair,
): Rule {
  return {
    ...row,
    category: 'cross-table',
    severity: 'warning',
    evaluate: (_d, ctx) => evaluatePair(pair, ctx),
  };
}
