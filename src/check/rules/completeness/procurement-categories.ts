// A 政府采购 budget is broken down into 货物, 工程 and 服务 (each stated, zero included).
import type { FindingDraft } from '../../rule.js';
import { RULES_143, entry, met, obligation } from './ledger.js';

const SUBJECT = '政府采购（货物、工程、服务）';

export const procurementCategories = obligation({
  id: 'completeness:procurement-categories',
  severity: 'warning',
  zh: '政府采购分货物、工程、服务列明金额',
  en: 'Government procurement is stated by goods, works and services',
  basis: `${RULES_143}：政府采购情况说明货物、工程、服务的采购金额`,
  evaluate: (d, ctx): FindingDraft[] => {
    const p = d.procurement;
    if (!p || p.total === undefined)
      return [entry('not_applicable', SUBJECT, { note: '未读到政府采购总额' })];
    if (p.total === 0) return [met(ctx, SUBJECT, { at: p.at, note: '未安排政府采购' })];
    const missing = (
      [
        ['货物', p.goods],
        ['工程', p.works],
        ['服务', p.services],
      ] as const
    ).filter(([, v]) => v === undefined);
    if (missing.length === 0) return [met(ctx, SUBJECT, { at: p.at })];
    return [entry('fail', SUBJECT, { at: p.at, expectedText: missing.map(([k]) => k).join('、') })];
  },
});
