// The table cell a narrative figure restates. Each subject has its table by scope: the 收支总预算
// is 收支总体's total, 一般公共预算 基本支出 the 基本支出 of 一般公共预算支出表's total row, a 项 its
// row there. A cell whose table, row or column the document does not have is no target.
import type { FactScope, FactSubject, NarrativeFact } from '../../../../model/narrative.js';
import type { Table, TableKind, TableRow } from '../../../../model/table.js';
import { hasColumn, type CheckContext } from '../../../context.js';

export interface Target {
  readonly table: Table;
  readonly row: TableRow;
  readonly column: string;
}

type Ref = readonly [kind: TableKind, row: string, column: string];

export function resolve(ctx: CheckContext, refs: readonly Ref[]): Target[] {
  const out: Target[] = [];
  for (const [kind, key, column] of refs) {
    const table = ctx.table(kind);
    if (!table || !hasColumn(table, column)) continue;
    const row = ctx.rowAt(kind, key);
    if (row) out.push({ table, row, column });
  }
  return out;
}

// Module-level: a closure made per call (per fact) for a memo made once per document.
const newTargetsByName = () => new Map<string, Map<FactScope, readonly Target[]>>();

/**
 * resolve, once per document, for refs chosen by a name and a scope, under one memo per family (`family`): the
 * maps are keyed by the strings the caller already holds, where a key built per fact ('total|' +
 * side + '|' + scope) had to be made and hashed anew for every fact of every rule. `refs` is a
 * module-level function, not a closure made per fact.
 */
function scopedTargets<N extends string>(
  ctx: CheckContext,
  family: string,
  name: N,
  scope: FactScope,
  refs: (name: N, scope: FactScope) => readonly Ref[],
): readonly Target[] {
  const byName = ctx.memo(family, newTargetsByName);
  let byScope = byName.get(name);
  if (!byScope) byName.set(name, (byScope = new Map()));
  let targets = byScope.get(scope);
  if (!targets) byScope.set(scope, (targets = resolve(ctx, refs(name, scope))));
  return targets;
}

type RevenueSource = Extract<FactSubject, { kind: 'revenue' }>['source'];

const ownFirstRefs = (source: RevenueSource, scope: FactScope) => revenueRefs(source, scope, true);
const sourceFirstRefs = (source: RevenueSource, scope: FactScope) =>
  revenueRefs(source, scope, false);

/** The cells of a total (see totalRefs), once per document. */
export function totalTargets(
  ctx: CheckContext,
  side: 'revenue' | 'expenditure' | 'both',
  scope: FactScope,
): readonly Target[] {
  return scopedTargets(ctx, 'narrative:total-targets', side, scope, totalRefs);
}

/** The cells of a 收入 source (see revenueRefs), once per document. */
export function revenueTargets(
  ctx: CheckContext,
  source: RevenueSource,
  scope: FactScope,
  ownFirst: boolean,
): readonly Target[] {
  return ownFirst
    ? scopedTargets(ctx, 'narrative:revenue-targets-own', source, scope, ownFirstRefs)
    : scopedTargets(ctx, 'narrative:revenue-targets', source, scope, sourceFirstRefs);
}

const RE = 'revenue-expenditure';
const FISCAL = 'fiscal-revenue-expenditure';

/**
 * 收支总体's total, else the total row of 收入总体 or 支出总体. A 收入预算 may also be meant as
 * 本年收入 (without 上年结转结余): that line is a second reading.
 */
function totalRefs(side: 'revenue' | 'expenditure' | 'both', scope: FactScope): Ref[] {
  if (scope === 'all')
    return side === 'expenditure'
      ? [
          [RE, 'expenditure-total', 'amount'],
          ['expenditure', 'total', 'total'],
        ]
      : [
          [RE, 'total', 'amount'],
          ['revenue', 'total', 'total'],
          ...(side === 'revenue' ? [[RE, 'current', 'amount'] as const] : []),
        ];
  if (scope === 'fiscal')
    return side === 'expenditure'
      ? [[FISCAL, 'expenditure-total', 'total']]
      : [[FISCAL, 'total', 'amount']];
  if (scope === 'general-budget') return [['general-budget', 'total', 'total']];
  return [];
}

/** What a 收入 source is in 收支总体 (an item) and, failing that, in 收入总体 (a column). */
function revenueRefs(source: RevenueSource, scope: FactScope, ownFirst: boolean): Ref[] {
  if (scope === 'fiscal') return [[FISCAL, source, 'amount']];
  if (scope !== 'all') return [];
  // 新疆 2025 splits 一般公共预算拨款 into 一般财力 and 上级转移支付; the narrative names either.
  const own = { general: 'general-own', fund: 'fund-own', capital: 'capital-own' } as const;
  const items =
    source in own
      ? ownFirst
        ? [own[source as keyof typeof own], source]
        : [source, own[source as keyof typeof own]]
      : [source];
  return [...items.map((i): Ref => [RE, i, 'amount']), ['revenue', 'total', source]];
}

/** A table for 功能分类 lines by scope, and its amount column. */
export function functionTable(scope: FactScope): readonly [TableKind, string] | undefined {
  if (scope === 'general-budget') return ['general-budget', 'total'];
  if (scope === 'all') return ['expenditure', 'total'];
  if (scope === 'fiscal') return [FISCAL, 'total'];
  return undefined;
}

export type FunctionSubject = Extract<FactSubject, { kind: 'function' }>;

export type FunctionRow =
  { readonly found: TableRow } | { readonly found: undefined; readonly ambiguous: boolean };

/**
 * The row a 功能分类 fact names: by its code, else by its printed name at its level (the 类 and
 * 款 names printed before it choose among equal names).
 */
export function functionRow(ctx: CheckContext, kind: TableKind, s: FunctionSubject): FunctionRow {
  if (s.code) {
    const row = ctx.rowAt(kind, s.code);
    if (row && row.kind === 'code') return { found: row };
  }
  const name = s.path[s.path.length - 1];
  if (name === undefined) return { found: undefined, ambiguous: false };
  const size = { 类: 3, 款: 5, 项: 7 }[s.level];
  let rows = ctx.codeRowsNamed(kind, name).filter((r) => r.code?.length === size);
  // Narrow by the enclosing names as printed: [类, 款, 项].
  for (let i = 0; i < s.path.length - 1 && rows.length > 1; i++) {
    const printed = s.path[i] as string;
    const len = i === 0 ? 3 : 5;
    const named = new Set(ctx.codeRowsNamed(kind, printed).map((r) => r.code));
    const narrowed = rows.filter((r) => named.has(r.code?.slice(0, len)));
    if (narrowed.length > 0) rows = narrowed;
  }
  if (rows.length === 1) return { found: rows[0] as TableRow };
  return { found: undefined, ambiguous: rows.length > 1 };
}

/** The stated amount of a fact, or 0 when it says 未安排; undefined when it states neither. */
export function statedAmount(f: NarrativeFact): number | undefined {
  return f.amount ?? (f.notArranged ? 0 : undefined);
}
