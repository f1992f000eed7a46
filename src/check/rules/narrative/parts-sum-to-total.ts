// Within one section, the parts the 情况说明 lists add up to the whole it states: 基本支出 + 项目支出
// = 支出预算; 人员经费 + 公用经费 = 基本支出; the four "三公" items = the "三公" total; 财政拨款 +
// 非财政拨款 = 上年结转结余. Each printed part carries its own rounding (n × 0.005).
import { toCents } from '../../../model/money.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareCents, PASS } from '../../sums.js';
import { breakdowns } from './support/groups.js';
import { statedAmount } from './support/targets.js';
import { factLocation, isInSection, subjectLabel } from './support/where.js';

// 支出 other than 基本 and 项目 (决算 and some templates): where the section names one, 基本 + 项目
// is not the whole.
const OTHER_SPENDING = /上缴上级支出|经营支出|对附属单位补助支出/;

function namesOtherSpending(d: Disclosure, f: NarrativeFact): boolean {
  // The section's label compared without making one per section.
  const s = d.narrative.sections.find((x) => isInSection(f, x));
  return !!s && OTHER_SPENDING.test(s.text);
}

/** A fact with an amount to add: stated, or 未安排 (0). */
const statesAmount = (f: NarrativeFact): boolean => statedAmount(f) !== undefined;

export const partsSumToTotal: Rule = {
  id: 'narrative:parts-sum-to-total',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明同一段中所列各部分之和等于所述合计（基本+项目=支出，人员+公用=基本支出，“三公”各项=合计）',
  en: 'The parts a section lists add up to the whole it states (basic + project, personnel + public-use, the "three public" items, carry-over parts)',
  basis: '合计等于其组成部分之和（允许各部分四舍五入误差 n × 0.005）',
  evaluate: (d, ctx): FindingDraft[] => {
    const out: FindingDraft[] = [];
    for (const { name, whole, parts } of breakdowns(d, ctx, statesAmount)) {
      if (parts.some((p) => p.unit !== whole.unit)) continue;
      if (name === 'expenditure' && namesOtherSpending(d, whole)) continue;
      const cents = parts.map((p) => toCents(p.amount ?? 0));
      const sum = cents.reduce((s, c) => s + c, 0);
      if (sum === toCents(whole.amount ?? 0) && !ctx.keepPasses) {
        out.push(PASS);
        continue;
      }
      const nonzero = cents.filter((c) => c !== 0).length;
      const note = parts.map((p) => `${subjectLabel(p.subject)} ${p.amount ?? 0}`).join(' + ');
      out.push(
        compareCents(
          toCents(whole.amount ?? 0),
          sum,
          nonzero,
          whole.unit,
          factLocation(whole),
          note,
        ),
      );
    }
    return out;
  },
};
