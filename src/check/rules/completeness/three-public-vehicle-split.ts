// 公务用车购置及运行费 is stated as 购置费 and 运行费 separately, not as one figure.
import type { FindingDraft } from '../../rule.js';
import { RULES_143, entry, met, obligation } from './ledger.js';
import { SUBJECT, isNothing, sectionOf, threePublicStatements } from './three-public-facts.js';

export const threePublicVehicleSplit = obligation({
  id: 'completeness:three-public-vehicle-split',
  severity: 'warning',
  zh: '情况说明分别列明公务用车购置费和公务用车运行费',
  en: 'The narrative states official vehicle purchase and vehicle operation separately',
  basis: `${RULES_143}及财政预决算领域基层政务公开标准目录：公务用车购置及运行费细化到购置费和运行费`,
  evaluate: (d, ctx): FindingDraft[] => {
    const { amounts, any } = threePublicStatements(ctx);
    if (!any) return [entry('not_applicable', SUBJECT, { note: '未读到“三公”经费的说明' })];
    const purchase = amounts.get('vehicle-purchase');
    const operation = amounts.get('vehicle-operation');
    if (purchase && operation)
      return [met(ctx, SUBJECT, { at: purchase.at, section: sectionOf(purchase) })];
    const total = amounts.get('total');
    if (isNothing(total) || isNothing(amounts.get('vehicle')))
      return [entry('not_applicable', SUBJECT, { note: '公务用车购置及运行费为零或未安排' })];
    const combined = amounts.get('vehicle');
    return [
      entry('fail', SUBJECT, {
        at: (combined ?? total)?.at,
        expectedText: '公务用车购置费；公务用车运行费',
        ...(combined ? { actualText: '公务用车购置及运行费', note: '只说明了合计数' } : {}),
      }),
    ];
  },
});
