// 占 y%: the stated amount over its base, compared at the precision printed. The base follows the
// scope: all funds → 收支总计; 一般公共预算 → 一般公共预算拨款合计; 财政拨款 → 财政拨款收支总计;
// 人员/公用经费 → 基本支出; a "三公" item → the "三公" total. The base is the table's total, or
// the total the 情况说明 states when the table is absent. A share that fits any base it may be
// read against agrees (all funds: 收支总计 or 本年收入).
import { toCents, type AmountUnit, type Cents } from '../../../model/money.js';
import {
  FactScopeSchema,
  type FactScope,
  type FactSubject,
  type NarrativeFact,
} from '../../../model/narrative.js';
import { factKey, type CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import type { FindingLocation } from '../../../model/finding.js';
import { PASS } from '../../sums.js';
import { comparePercent, percentPasses, shareDecimals, shareRatio } from './support/percent.js';
import { statedAmount, targetsOnce, totalTargets, type Target } from './support/targets.js';
import { YUAN_PER } from './support/units.js';
import { factLocation, sectionLabel } from './support/where.js';
import { eachFinding } from './support/each.js';

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

// The tables' totals a share may be of, resolved once per document.
const THREE_PUBLIC_TOTAL = (ctx: CheckContext) =>
  targetsOnce(ctx, 'three-public-total', () => [['three-public', 'total', 'total']]);
const BASIC_TOTAL = (ctx: CheckContext) =>
  targetsOnce(ctx, 'basic-total', () => [['general-budget-basic', 'total', 'total']]);
const CURRENT_REVENUE = (ctx: CheckContext) =>
  targetsOnce(ctx, 'current-revenue', () => [['revenue-expenditure', 'current', 'amount']]);
const CURRENT_EXPENDITURE = (ctx: CheckContext) =>
  targetsOnce(ctx, 'current-expenditure', () => [
    ['revenue-expenditure', 'expenditure-total', 'amount'],
  ]);

/** The bases found so far, and whether a cell read for one was unknown. */
interface Found {
  readonly bases: Base[];
  unknown: boolean;
}

function fromTable(targets: readonly Target[], ctx: CheckContext, found: Found): void {
  for (const t of targets) {
    const cell = ctx.cell(t.row, t.column);
    if (!cell.known) found.unknown = true;
    else found.bases.push({ cents: cell.cents, unit: t.table.unit, source: t });
  }
}

/** The first other statement of the money under `key` that states an amount. */
function fromFacts(ctx: CheckContext, f: NarrativeFact, key: string, found: Found): void {
  for (const g of ctx.factsAbout(key))
    if (g.amount !== undefined && g !== f) {
      found.bases.push({ cents: toCents(g.amount), unit: g.unit, source: g });
      return;
    }
}

// The statements a share's base may be read from, keyed once per scope.
// The factKeys of the bases' own facts, made once rather than built and hashed per share.
const keyPerScope = (subject: FactSubject) =>
  Object.fromEntries(
    FactScopeSchema.options.map((scope) => [scope, factKey({ subject, scope })]),
  ) as Record<FactScope, string>;
const BASIC_KEY = keyPerScope({ kind: 'expenditure', type: 'basic' });
const TOTAL_KEY = keyPerScope({ kind: 'total', side: 'both' });
const THREE_PUBLIC_TOTAL_KEY = factKey({
  subject: { kind: 'three-public', item: 'total' },
  scope: 'three-public',
});

// Plain functions rather than closures made per fact: this runs for every stated share.
function basesOf(f: NarrativeFact, ctx: CheckContext): Base[] | undefined {
  const found: Found = { bases: [], unknown: false };
  const s = f.subject;
  if (s.kind === 'three-public') {
    if (s.item === 'total') return [];
    fromTable(THREE_PUBLIC_TOTAL(ctx), ctx, found);
    fromFacts(ctx, f, THREE_PUBLIC_TOTAL_KEY, found);
  } else if (s.kind === 'economic-group') {
    fromTable(BASIC_TOTAL(ctx), ctx, found);
    fromFacts(ctx, f, BASIC_KEY[f.scope], found);
  } else if (s.kind === 'operating-costs') {
    return [];
  }
  // 收支总计 (or 收入总体's total); a share of 本年收入 is a second reading.
  fromTable(totalTargets(ctx, 'both', f.scope), ctx, found);
  if (f.scope === 'all') fromTable(CURRENT_REVENUE(ctx), ctx, found);
  // 决算: a 支出 share is of 本年支出合计, which leaves out 结余分配 and 年末结转和结余.
  if (f.scope === 'all' && (s.kind === 'expenditure' || s.kind === 'function'))
    fromTable(CURRENT_EXPENDITURE(ctx), ctx, found);
  fromFacts(ctx, f, TOTAL_KEY[f.scope], found);
  return found.unknown && found.bases.length === 0 ? undefined : found.bases;
}

export const shareMatchesAmount: Rule = {
  id: 'narrative:share-matches-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述占比（占 y%）等于该金额除以其口径的合计，按所印精度四舍五入',
  en: 'A stated share (占 y%) equals the amount divided by the total of its scope, at the printed precision',
  basis: '占比 = 金额 ÷ 口径合计（全口径：收支总计；一般公共预算：一般公共预算拨款合计）',
  evaluate: (d, ctx): FindingDraft[] =>
    eachFinding(d.narrative.facts, (f): FindingDraft | undefined => {
      if (f.share === undefined) return undefined;
      const amount = statedAmount(f);
      const bases = amount === undefined ? undefined : basesOf(f, ctx);
      if (amount === undefined || bases === undefined)
        return { outcome: 'insufficient_data', location: factLocation(f) };
      let location: FindingLocation | undefined;
      const decimals = shareDecimals(f, ctx);
      const part = toCents(amount) * YUAN_PER[f.unit];
      const halfPart = YUAN_PER[f.unit] / 2;
      let first: FindingDraft | undefined;
      let rounding: FindingDraft | undefined;
      for (const b of bases) {
        const ratio = shareRatio(part, b.cents * YUAN_PER[b.unit], halfPart, YUAN_PER[b.unit] / 2);
        if (!ratio) continue;
        // The first base it fits is the verdict: a pass nobody keeps needs no location.
        if (!ctx.keepPasses && percentPasses(f.share, decimals, ratio)) return PASS;
        location ??= factLocation(f);
        const found = comparePercent(f.share, decimals, ratio, location, `基数：${baseName(b)}`);
        if (found.outcome === 'pass') return found;
        if (found.outcome === 'rounding') rounding ??= found;
        first ??= found;
      }
      return rounding ?? first;
    }),
};
