// The same money stated in several places of the 情况说明 is stated alike: 收支总预算 (一) = 支出预算
// (三); 一般公共预算 基本支出 in 五 and in 六; a 类 in 四 and in 五（二）. Checked on the text alone,
// so it holds where the tables are missing.
import { toCents } from '../../../model/money.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { FirstStatements } from './support/same-money.js';
import { compareStated, statedEquals } from './support/units.js';
import { factLocation, sectionLabel } from './support/where.js';

export const restatementsAgree: Rule = {
  id: 'narrative:restatements-agree',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明各处对同一金额的表述一致（如收支总预算与支出预算，五与六中的基本支出）',
  en: 'The same amount stated in several places of the narrative is stated alike',
  basis: '同一笔资金在情况说明各处的数额应一致（收入总计 = 支出总计）',
  evaluate: (d, ctx): FindingDraft[] => {
    // The first statement of each money; 收入预算 (and a 决算's 本年支出合计) in maps of their own.
    const first = new FirstStatements();
    const firstRevenue = new FirstStatements();
    const firstExpenditure = new FirstStatements();
    const out: FindingDraft[] = [];
    for (const f of d.narrative.facts) {
      if (f.amount === undefined) continue;
      // 收入预算 may be meant as 本年收入: it is compared with other 收入预算 only. In a 决算 the
      // 本年支出合计 leaves out 结余分配 and 年末结转和结余: it is not the 收入支出总计 either.
      const side = f.subject.kind === 'total' ? f.subject.side : undefined;
      const ownSide = side === 'revenue' || (side === 'expenditure' && d.identity.kind === '决算');
      const firsts = !ownSide ? first : side === 'revenue' ? firstRevenue : firstExpenditure;
      const earlier = firsts.firstOrAdd(f);
      if (!earlier || earlier.amount === undefined) continue;
      const same = statedEquals(toCents(f.amount), f.unit, toCents(earlier.amount), earlier.unit);
      if (same && !ctx.keepPasses) {
        out.push(PASS);
        continue;
      }
      const note = `首次表述：${sectionLabel(earlier)}`;
      out.push(
        compareStated(
          f.amount,
          f.unit,
          toCents(earlier.amount),
          earlier.unit,
          factLocation(f),
          note,
        ),
      );
    }
    return out;
  },
};
