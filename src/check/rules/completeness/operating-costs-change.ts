// The 机关运行经费 is stated with its change on last year, and a change with its reason.
import type { FindingDraft } from '../../rule.js';
import { RULES_143, entry, met, obligation } from './ledger.js';

const SUBJECT = '机关运行经费增减变化';

export const operatingCostsChange = obligation({
  id: 'completeness:operating-costs-change',
  severity: 'warning',
  zh: '机关运行经费说明较上年的增减变化及原因',
  en: 'The administrative operating costs are stated with their change on last year and its reason',
  basis: `${RULES_143}：说明机关运行经费安排及收支增减变化`,
  evaluate: (d, ctx): FindingDraft[] => {
    const oc = d.operatingCosts;
    if (!oc || oc.amount === undefined)
      return [entry('not_applicable', SUBJECT, { note: '未读到机关运行经费数额' })];
    if (!oc.change) return [entry('fail', SUBJECT, { at: oc.at, expectedText: '比上年增加/减少' })];
    const moved = oc.change.direction !== 'unchanged' && (oc.change.amount ?? 1) !== 0;
    if (moved && !oc.reason)
      return [entry('fail', SUBJECT, { at: oc.at, expectedText: '主要原因是…' })];
    return [met(ctx, SUBJECT, { at: oc.at })];
  },
});
