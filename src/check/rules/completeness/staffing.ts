// The 部门概况 states the department's 编制数 and 实有人数.
import type { FindingDraft } from '../../rule.js';
import { RULES_143, met, notFound, obligation, overviewRead } from './ledger.js';

const SUBJECT = '人员情况（编制数、实有人数）';

export const staffing = obligation({
  id: 'completeness:staffing',
  severity: 'warning',
  zh: '部门概况说明编制数和实有人数',
  en: 'The overview states the authorised and actual headcount',
  basis: `公开表式要求（部门概况：机构设置及人员情况）；${RULES_143}要求说明机构设置情况`,
  evaluate: (d, ctx): FindingDraft[] => {
    const s = d.overview.staffing;
    const missing = [
      ...(s.authorized === undefined ? ['编制数'] : []),
      ...(s.actual === undefined ? ['实有人数'] : []),
    ];
    if (missing.length === 0) return [met(ctx, SUBJECT)];
    // Each missing figure is missing for certain only if its word is absent from the text.
    const words = new RegExp(missing.map((m) => m.slice(0, 2)).join('|'));
    const found = notFound(d, ctx, SUBJECT, words, overviewRead(d));
    return [{ ...found, expectedText: missing.join('、') }];
  },
});
