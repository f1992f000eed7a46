// The 部门概况 states how the department is organised: its 内设机构 or its 预算单位构成.
import type { FindingDraft } from '../../rule.js';
import { RULES_143, met, notFound, obligation, overviewRead } from './ledger.js';

const SUBJECT = '机构设置';

export const institutions = obligation({
  id: 'completeness:institutions',
  severity: 'error',
  zh: '部门概况说明机构设置情况（内设机构或预算单位构成）',
  en: 'The overview states how the department is organised (internal divisions or budget units)',
  basis: `${RULES_143}：部门预决算说明机构设置情况`,
  evaluate: (d, ctx): FindingDraft[] => {
    const { internalUnits: i, budgetUnits: b } = d.overview;
    const stated =
      i.names.length > 0 ||
      i.count !== undefined ||
      b.names.length > 0 ||
      b.subordinateCount !== undefined ||
      b.administrative !== undefined ||
      b.institutional !== undefined;
    if (stated) return [met(ctx, SUBJECT)];
    return [notFound(d, ctx, SUBJECT, /内设|机构设置|下属|预算单位/, overviewRead(d))];
  },
});
