// The 情况说明 states the 政府采购 budget (or that none is arranged).
import type { FindingDraft } from '../../rule.js';
import { RULES_143, met, notFound, obligation } from './ledger.js';

const SUBJECT = '政府采购';

export const procurement = obligation({
  id: 'completeness:procurement',
  severity: 'error',
  zh: '说明政府采购情况',
  en: 'The narrative states government procurement',
  basis: `${RULES_143}：部门预决算说明政府采购情况`,
  evaluate: (d, ctx): FindingDraft[] => {
    const p = d.procurement;
    const stated = p && [p.total, p.goods, p.works, p.services].some((v) => v !== undefined);
    if (p && stated) return [met(ctx, SUBJECT, { at: p.at })];
    return [notFound(d, ctx, SUBJECT, /政府采购/)];
  },
});
