// The 部门概况 states the department's 主要职能 (部门职责).
import type { FindingDraft } from '../../rule.js';
import { RULES_143, met, notFound, obligation, overviewRead } from './ledger.js';

const SUBJECT = '部门职责（主要职能）';

export const functions = obligation({
  id: 'completeness:functions',
  severity: 'error',
  zh: '部门概况说明部门职责（主要职能）',
  en: "The overview states the department's responsibilities",
  basis: `${RULES_143}：部门预决算说明本部门职责`,
  evaluate: (d, ctx): FindingDraft[] => {
    if (d.overview.functions.length > 0)
      return [met(ctx, SUBJECT, { note: `${d.overview.functions.length} 项` })];
    return [notFound(d, ctx, SUBJECT, /职能|职责/, overviewRead(d))];
  },
});
