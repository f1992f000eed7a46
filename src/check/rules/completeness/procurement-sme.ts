// A 政府采购 budget states what is reserved for small and medium-sized enterprises (面向中小企业预留).
import type { FindingDraft } from '../../rule.js';
import { RULES_143, entry, met, obligation } from './ledger.js';

const SUBJECT = '政府采购面向中小企业预留';

export const procurementSme = obligation({
  id: 'completeness:procurement-sme',
  severity: 'warning',
  zh: '政府采购说明面向中小企业预留（授予中小企业）的金额',
  en: 'Government procurement states the amount reserved for small and medium-sized enterprises',
  basis: `${RULES_143}及财政预决算领域基层政务公开标准目录：政府采购说明授予中小企业的金额`,
  evaluate: (d, ctx): FindingDraft[] => {
    const p = d.procurement;
    if (!p || p.total === undefined)
      return [entry('not_applicable', SUBJECT, { note: '未读到政府采购总额' })];
    if (p.total === 0) return [met(ctx, SUBJECT, { at: p.at, note: '未安排政府采购' })];
    if (p.smeReserved !== undefined) return [met(ctx, SUBJECT, { at: p.at })];
    return [
      entry('fail', SUBJECT, { at: p.at, expectedText: '面向中小企业预留政府采购项目预算金额' }),
    ];
  },
});
