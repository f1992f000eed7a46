// 占 y%: the stated amount over its base, compared at the precision printed. The base follows the
// scope: all funds → 收支总计; 一般公共预算 → 一般公共预算拨款合计; 财政拨款 → 财政拨款收支总计;
// 人员/公用经费 → 基本支出; a "三公" item → the "三公" total. The base is the table's total, or
// the total the 情况说明 states when the table is absent. A share that fits any base it may be
// read against agrees (all funds: 收支总计 or 本年收入).
import { toCents, type AmountUnit, type Cents } from '../../../model/money.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import { factKey, type CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import type { FindingLocation } from '../../../model/finding.js';
import { PASS } from '../../sums.js';
import { comparePercent, percentPasses, shareDecimals, shareRatio } from './support/percent.js';
import { resolve, totalRefs } from './support/targets.js';
import { YUAN_PER } from './support/units.js';
import { factLocation, sectionLabel } from './support/where.js';

interface Base {
  readonly cents: Cents;
  readonly unit: AmountUnit;
  readonly what: string;
}

function basesOf(f: NarrativeFact, ctx: CheckContext): Base[] | undefined {
  const bases: Base[] = [];
  let unknown = false;
  const fromTable = (refs: Parameters<typeof resolve>[1]) => {
    for (const t of resolve(ctx, refs)) {
      const cell = ctx.cell(t.row, t.column);
      if (!cell.known) unknown = true;
      else {
        const what = `${t.table.number ?? t.table.kind} ${t.row.name}`;
        bases.push({ cents: cell.cents, unit: t.table.unit, what });
      }
    }
  };
  const fromFacts = (key: string) => {
    const g = ctx.factsAbout(key).find((x) => x.amount !== undefined && x !== f);
    if (g?.amount !== undefined)
      bases.push({ cents: toCents(g.amount), unit: g.unit, what: `情况说明${sectionLabel(g)}` });
  };
  const s = f.subject;
  if (s.kind === 'three-public') {
    if (s.item === 'total') return [];
    fromTable([['three-public', 'total', 'total']]);
    fromFacts('three-public:total');
  } else if (s.kind === 'economic-group') {
    fromTable([['general-budget-basic', 'total', 'total']]);
    fromFacts(factKey({ subject: { kind: 'expenditure', type: 'basic' }, scope: f.scope }));
  } else if (s.kind === 'operating-costs') {
    return [];
  }
  // 收支总计 (or 收入总体's total); a share of 本年收入 is a second reading.
  fromTable(totalRefs('both', f.scope));
  if (f.scope === 'all') fromTable([['revenue-expenditure', 'current', 'amount']]);
  // 决算: a 支出 share is of 本年支出合计, which leaves out 结余分配 and 年末结转和结余.
  if (f.scope === 'all' && (s.kind === 'expenditure' || s.kind === 'function'))
    fromTable([['revenue-expenditure', 'expenditure-total', 'amount']]);
  fromFacts(factKey({ subject: { kind: 'total', side: 'both' }, scope: f.scope }));
  return unknown && bases.length === 0 ? undefined : bases;
}

export const shareMatchesAmount: Rule = {
  id: 'narrative:share-matches-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述占比（占 y%）等于该金额除以其口径的合计，按所印精度四舍五入',
  en: 'A stated share (占 y%) equals the amount divided by the total of its scope, at the printed precision',
  basis: '占比 = 金额 ÷ 口径合计（全口径：收支总计；一般公共预算：一般公共预算拨款合计）',
  evaluate: (d, ctx): FindingDraft[] =>
    d.narrative.facts.flatMap((f): FindingDraft[] => {
      if (f.share === undefined) return [];
      const amount = f.amount ?? (f.notArranged ? 0 : undefined);
      const bases = amount === undefined ? undefined : basesOf(f, ctx);
      if (amount === undefined || bases === undefined)
        return [{ outcome: 'insufficient_data', location: factLocation(f) }];
      let location: FindingLocation | undefined;
      const decimals = shareDecimals(f);
      const part = toCents(amount) * YUAN_PER[f.unit];
      const halfPart = YUAN_PER[f.unit] / 2;
      let first: FindingDraft | undefined;
      let rounding: FindingDraft | undefined;
      for (const b of bases) {
        const ratio = shareRatio(part, b.cents * YUAN_PER[b.unit], halfPart, YUAN_PER[b.unit] / 2);
        if (!ratio) continue;
        // The first base it fits is the verdict: a pass nobody keeps needs no location.
        if (!ctx.keepPasses && percentPasses(f.share, decimals, ratio)) return [PASS];
        location ??= factLocation(f);
        const found = comparePercent(f.share, decimals, ratio, location, `基数：${b.what}`);
        if (found.outcome === 'pass') return [found];
        if (found.outcome === 'rounding') rounding ??= found;
        first ??= found;
      }
      const result = rounding ?? first;
      return result ? [result] : [];
    }),
};
