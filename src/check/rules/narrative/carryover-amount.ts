// 上年结转结余 and its parts (财政拨款, 非财政拨款) as stated are the lines of 部门收支总体情况表;
// where that table has none, the total row of 上年结转结余情况表.
import type { NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { resolve } from './support/targets.js';

const ITEMS = { all: 'carryover', fiscal: 'carryover-fiscal', nonfiscal: 'carryover-nonfiscal' };
const COLUMNS = { all: 'total', fiscal: 'fiscal', nonfiscal: 'nonfiscal' };

/** The finding of one statement, or none. */
function findingOf(f: NarrativeFact, ctx: CheckContext): FindingDraft | undefined {
  if (f.subject.kind !== 'carryover' || f.amount === undefined) return undefined;
  const s = f.subject.source;
  const targets = resolve(ctx, [
    ['revenue-expenditure', ITEMS[s], 'amount'],
    ['carryover', 'total', COLUMNS[s]],
  ]);
  return compareWithTargets(f, f.amount, targets.slice(0, 1), ctx);
}

export const carryoverAmount: Rule = {
  id: 'narrative:carryover-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述上年结转结余及其财政拨款、非财政拨款部分等于收支总体情况表（或上年结转结余情况表）',
  en: 'The stated carry-over from last year and its fiscal and non-fiscal parts equal the overview table (or the carry-over table)',
  basis: '情况说明所述数字与所说明的表格一致：上年结转结余 = 部门收支总体情况表“上年结转结余”',
  evaluate: (d, ctx) => {
    // A loop, not a callback per item: the rules that walk facts share no call site.
    const out: FindingDraft[] = [];
    for (const f of ctx.factsOf('carryover')) {
      const found = findingOf(f, ctx);
      if (found) out.push(found);
    }
    return out;
  },
};
