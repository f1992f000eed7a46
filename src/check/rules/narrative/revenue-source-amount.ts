// Each 收入 source the 收入预算情况说明 names (一般公共预算, 单位资金, 财政拨款结转…) is its line of
// 部门收支总体情况表, or, where that table has no such line, its column of 部门收入总体情况表's total.
import type { FactScope, NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { revenueTargets } from './support/targets.js';

const TRANSFER = {
  general: 'general-transfer',
  fund: 'fund-transfer',
  capital: 'capital-transfer',
} as const;

/**
 * Whether the 情况说明 states the 收入 source in the scope (a 收入 fact of that source and scope),
 * found among the few 收入 facts rather than by a key built per fact.
 */
function statesSource(ctx: CheckContext, source: string, scope: FactScope): boolean {
  for (const g of ctx.factsOf('revenue'))
    if (g.subject.kind === 'revenue' && g.subject.source === source && g.scope === scope)
      return true;
  return false;
}

/** The finding of one statement, or none. */
function findingOf(f: NarrativeFact, ctx: CheckContext): FindingDraft | undefined {
  if (f.subject.kind !== 'revenue' || f.amount === undefined) return undefined;
  // Beside a separately stated 上级转移支付, 一般公共预算 is the 一般财力 line.
  const transfer = TRANSFER[f.subject.source as keyof typeof TRANSFER];
  const ownFirst = transfer !== undefined && statesSource(ctx, transfer, f.scope);
  const targets = revenueTargets(ctx, f.subject.source, f.scope, ownFirst);
  return compareWithTargets(f, f.amount, targets, ctx);
}

export const revenueSourceAmount: Rule = {
  id: 'narrative:revenue-source-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述各项收入（一般公共预算、单位资金、财政拨款结转等）等于收支总体情况表的对应收入项',
  en: 'Each stated revenue source equals its line in the revenue and expenditure overview table',
  basis:
    '情况说明所述数字与所说明的表格一致：各收入来源 = 部门收支总体情况表（或收入总体情况表）对应项',
  evaluate: (d, ctx) => {
    // A loop, not a callback per item: the rules that walk facts share no call site.
    const out: FindingDraft[] = [];
    for (const f of ctx.factsOf('revenue')) {
      const found = findingOf(f, ctx);
      if (found) out.push(found);
    }
    return out;
  },
};
