// The 情况说明 states how the budget's revenue or expenditure changed on last year (预决算收支增减
// 变化): at least one of the totals, a funding source or 基本/项目支出 with its change.
import type { FindingDraft } from '../../rule.js';
import { RULES_143, met, notFound, obligation } from './ledger.js';

const SUBJECT = '收支增减变化';
const KINDS = new Set(['total', 'revenue', 'expenditure']);

export const budgetChanges = obligation({
  id: 'completeness:budget-changes',
  severity: 'error',
  zh: '说明收支较上年的增减变化',
  en: 'The narrative states how revenue or expenditure changed on last year',
  basis: `${RULES_143}：部门预决算说明收支增减变化`,
  evaluate: (d, ctx): FindingDraft[] => {
    const f = d.narrative.facts.find((x) => KINDS.has(x.subject.kind) && x.change);
    if (f)
      return [
        met(ctx, SUBJECT, {
          at: f.at,
          section: f.parent ? `${f.parent}${f.section}` : f.section,
        }),
      ];
    return [notFound(d, ctx, SUBJECT, /比上年|较上年|增加|减少|增长|下降/)];
  },
});
