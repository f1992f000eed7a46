// 占 y%: the stated amount over its base, compared at the precision printed. The base follows the
// scope: all funds → 收支总计; 一般公共预算 → 一般公共预算拨款合计; 财政拨款 → 财政拨款收支总计;
// 人员/公用经费 → 基本支出; a "三公" item → the "三公" total. The base is the table's total, or
// the total the 情况说明 states when the table is absent. A share that fits any base it may be
// read against agrees (all funds: 收支总计 or 本年收入).
import { toCents, type AmountUnit, type Cents } from '../../../model/money.js';
import { FactScopeSchema, type FactScope, type NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import type { FindingLocation } from '../../../model/finding.js';
import { PASS } from '../../sums.js';
import {
  comparePercent,
  percentPasses,
  shareRatio,
  statedShares,
  type StatedShare,
} from './support/percent.js';
import { resolve, statedAmount, totalTargets, type Target } from './support/targets.js';
import { YUAN_PER } from './support/units.js';
import { factLocation, sectionLabel } from './support/where.js';

interface Base {
  readonly cents: Cents;
  readonly unit: AmountUnit;
  /** The table cell or the statement it is read from: named only when a finding shows it. */
  readonly source: Target | NarrativeFact;
}

function baseName({ source: s }: Base): string {
  return 'subject' in s
    ? `情况说明${sectionLabel(s)}`
    : `${s.table.number ?? s.table.kind} ${s.row.name}`;
}

/** The bases read from table cells, and whether a cell read for them was unknown. */
interface TableBases {
  readonly bases: readonly Base[];
  readonly unknown: boolean;
}

function readCells(ctx: CheckContext, lists: readonly (readonly Target[])[]): TableBases {
  const bases: Base[] = [];
  let unknown = false;
  for (const targets of lists)
    for (const t of targets) {
      const cell = ctx.cell(t.row, t.column);
      if (!cell.known) unknown = true;
      else bases.push({ cents: cell.cents, unit: t.table.unit, source: t });
    }
  return { bases, unknown };
}

// Which table bases a share is read against, as keys of the document's TableBases.
const RE = 'revenue-expenditure';
const THREE_PUBLIC = 'three-public';
const BASIC = 'basic';
/** 收支总计 of each scope (all funds: 本年收入 too, a second reading). */
const TOTAL_OF = Object.fromEntries(
  FactScopeSchema.options.map((scope) => [scope, `total|${scope}`]),
) as Record<FactScope, string>;
/** A 支出 share of all funds: 本年支出合计 too (决算: it leaves out 结余分配 and 年末结转和结余). */
const SPENDING_TOTAL_OF_ALL = 'total|all|spending';

function tableRefs(ctx: CheckContext, key: string): readonly (readonly Target[])[] {
  if (key === THREE_PUBLIC) return [resolve(ctx, [['three-public', 'total', 'total']])];
  if (key === BASIC) return [resolve(ctx, [['general-budget-basic', 'total', 'total']])];
  const scope = key === SPENDING_TOTAL_OF_ALL ? 'all' : (key.slice('total|'.length) as FactScope);
  const lists = [totalTargets(ctx, 'both', scope)];
  if (scope === 'all') lists.push(resolve(ctx, [[RE, 'current', 'amount']]));
  if (key === SPENDING_TOTAL_OF_ALL)
    lists.push(resolve(ctx, [[RE, 'expenditure-total', 'amount']]));
  return lists;
}

// Module-level: a closure made per call (per share) for a memo made once per document.
const newBasesByKey = () => new Map<string, TableBases>();

/**
 * The table bases under `key`, read once per document: every share of a scope is read against
 * the same cells, where reading them per share made a cell and a base object each time.
 */
function tableBases(ctx: CheckContext, key: string): TableBases {
  const byKey = ctx.memo('narrative:share-table-bases', newBasesByKey);
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = readCells(ctx, tableRefs(ctx, key))));
  return found;
}

/**
 * The first statement other than `f` in `list` (facts of one subject kind, in document order)
 * that `about` accepts and that states an amount: the first fact stating the same money, found
 * among the few facts of the kind rather than through an index of every fact's key.
 */
function fromFacts(
  f: NarrativeFact,
  list: readonly NarrativeFact[],
  about: (g: NarrativeFact, scope: FactScope) => boolean,
  bases: Base[],
): void {
  for (const g of list)
    if (g.amount !== undefined && g !== f && about(g, f.scope)) {
      bases.push({ cents: toCents(g.amount), unit: g.unit, source: g });
      return;
    }
}

// The statements a share's base may be read from, stating the same money (see sameMoney): the
// "三公" total has no scope.
const isThreePublicTotal = (g: NarrativeFact) =>
  g.subject.kind === 'three-public' && g.subject.item === 'total';
const isBasic = (g: NarrativeFact, scope: FactScope) =>
  g.subject.kind === 'expenditure' && g.subject.type === 'basic' && g.scope === scope;
const isTotal = (g: NarrativeFact, scope: FactScope) =>
  g.subject.kind === 'total' && g.scope === scope;

/** Appends the table bases; whether a cell read for them was unknown. */
function addTable(found: TableBases, bases: Base[]): boolean {
  for (const b of found.bases) bases.push(b);
  return found.unknown;
}

// Plain functions rather than closures made per fact: this runs for every stated share.
function basesOf(f: NarrativeFact, ctx: CheckContext): Base[] | undefined {
  const bases: Base[] = [];
  let unknown = false;
  const s = f.subject;
  if (s.kind === 'three-public') {
    if (s.item === 'total') return [];
    unknown = addTable(tableBases(ctx, THREE_PUBLIC), bases);
    fromFacts(f, ctx.factsOf('three-public'), isThreePublicTotal, bases);
  } else if (s.kind === 'economic-group') {
    unknown = addTable(tableBases(ctx, BASIC), bases);
    fromFacts(f, ctx.factsOf('expenditure'), isBasic, bases);
  } else if (s.kind === 'operating-costs') {
    return [];
  }
  const spending = f.scope === 'all' && (s.kind === 'expenditure' || s.kind === 'function');
  if (addTable(tableBases(ctx, spending ? SPENDING_TOTAL_OF_ALL : TOTAL_OF[f.scope]), bases))
    unknown = true;
  fromFacts(f, ctx.factsOf('total'), isTotal, bases);
  return unknown && bases.length === 0 ? undefined : bases;
}

/** The finding of one statement, or none. */
function findingOf(
  { fact: f, share, decimals }: StatedShare,
  ctx: CheckContext,
): FindingDraft | undefined {
  const amount = statedAmount(f);
  const bases = amount === undefined ? undefined : basesOf(f, ctx);
  if (amount === undefined || bases === undefined)
    return { outcome: 'insufficient_data', location: factLocation(f) };
  let location: FindingLocation | undefined;
  const part = toCents(amount) * YUAN_PER[f.unit];
  const halfPart = YUAN_PER[f.unit] / 2;
  let first: FindingDraft | undefined;
  let rounding: FindingDraft | undefined;
  for (const b of bases) {
    const ratio = shareRatio(part, b.cents * YUAN_PER[b.unit], halfPart, YUAN_PER[b.unit] / 2);
    if (!ratio) continue;
    // The first base it fits is the verdict: a pass nobody keeps needs no location.
    if (!ctx.keepPasses && percentPasses(share, decimals, ratio)) return PASS;
    location ??= factLocation(f);
    const found = comparePercent(share, decimals, ratio, location, `基数：${baseName(b)}`);
    if (found.outcome === 'pass') return found;
    if (found.outcome === 'rounding') rounding ??= found;
    first ??= found;
  }
  return rounding ?? first;
}

export const shareMatchesAmount: Rule = {
  id: 'narrative:share-matches-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述占比（占 y%）等于该金额除以其口径的合计，按所印精度四舍五入',
  en: 'A stated share (占 y%) equals the amount divided by the total of its scope, at the printed precision',
  basis: '占比 = 金额 ÷ 口径合计（全口径：收支总计；一般公共预算：一般公共预算拨款合计）',
  evaluate: (d, ctx): FindingDraft[] => {
    // A loop, not a callback per item: the rules that walk facts share no call site.
    const out: FindingDraft[] = [];
    for (const item of statedShares(d, ctx)) {
      const found = findingOf(item, ctx);
      if (found) out.push(found);
    }
    return out;
  },
};
