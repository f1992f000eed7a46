// The 情况说明 states the "三公" 经费: its total, or each of its items.
import type { FindingDraft } from '../../rule.js';
import { RULES_143, met, notFound, obligation } from './ledger.js';
import { SUBJECT, sectionOf, threePublicStatements } from './three-public-facts.js';

export const threePublicStated = obligation({
  id: 'completeness:three-public-stated',
  severity: 'error',
  zh: '情况说明列明“三公”经费数额（合计或各项）',
  en: 'The narrative states the "three public" expenses (their total or each item)',
  basis: `${RULES_143}：部门预决算公开“三公”经费并作说明`,
  evaluate: (d, ctx): FindingDraft[] => {
    const { amounts } = threePublicStatements(ctx);
    const items = amounts.has('outbound') && amounts.has('reception');
    const vehicle =
      amounts.has('vehicle') ||
      (amounts.has('vehicle-purchase') && amounts.has('vehicle-operation'));
    const found = amounts.get('total') ?? (items && vehicle ? amounts.get('outbound') : undefined);
    if (found) return [met(ctx, SUBJECT, { at: found.at, section: sectionOf(found) })];
    return [notFound(d, ctx, SUBJECT, /三公/)];
  },
});
