// The 情况说明 states the 机关运行经费 (单位运行经费) of the year.
import type { FindingDraft } from '../../rule.js';
import { RULES_143, met, notFound, obligation } from './ledger.js';

const SUBJECT = '机关运行经费';

export const operatingCosts = obligation({
  id: 'completeness:operating-costs',
  severity: 'error',
  zh: '说明机关运行经费安排情况',
  en: 'The narrative states the administrative operating costs',
  basis: `${RULES_143}：部门预决算说明机关运行经费安排情况`,
  evaluate: (d, ctx): FindingDraft[] => {
    const oc = d.operatingCosts;
    if (oc && oc.amount !== undefined) return [met(ctx, SUBJECT, { at: oc.at })];
    const fact = d.narrative.facts.find(
      (f) => f.subject.kind === 'operating-costs' && (f.amount !== undefined || f.notArranged),
    );
    if (fact) return [met(ctx, SUBJECT, { at: fact.at })];
    return [notFound(d, ctx, SUBJECT, /运行经费/)];
  },
});
