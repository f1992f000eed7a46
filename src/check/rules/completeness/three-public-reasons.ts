// Each change of a "三公" item is explained (主要原因是…). A change of the total is explained by its
// items' reasons when every item that changed has one.
import type { FindingDraft } from '../../rule.js';
import { PASS } from '../../sums.js';
import { RULES_143, entry, met, obligation } from './ledger.js';
import { ITEM_NAMES, SUBJECT, sectionOf, threePublicStatements } from './three-public-facts.js';

export const threePublicReasons = obligation({
  id: 'completeness:three-public-reasons',
  severity: 'warning',
  zh: '“三公”经费各项较上年有增减的，说明增减原因',
  en: 'Every change of a "three public" item on last year is given a reason',
  basis: `${RULES_143}：“三公”经费对增减变化情况进行说明`,
  evaluate: (d, ctx): FindingDraft[] => {
    const { changes } = threePublicStatements(ctx);
    if (changes.size === 0)
      return [entry('not_applicable', SUBJECT, { note: '未读到“三公”经费较上年的变化' })];
    const changed = [...changes].filter(
      ([, f]) =>
        f.change!.direction !== 'unchanged' &&
        ((f.change!.amount ?? 0) > 0 || (f.change!.percent ?? 0) > 0),
    );
    if (changed.length === 0) {
      const first = [...changes.values()][0]!;
      return [
        met(ctx, SUBJECT, {
          at: first.at,
          section: sectionOf(first),
          note: '各项较上年无变化',
        }),
      ];
    }
    const items = changed.filter(([item]) => item !== 'total');
    const itemsExplained = items.length > 0 && items.every(([, f]) => f.reason);
    return changed.map(([item, f]) => {
      const ok = !!f.reason || (item === 'total' && itemsExplained);
      if (ok && !ctx.keepPasses) return PASS;
      return entry(ok ? 'pass' : 'fail', `${SUBJECT}/${ITEM_NAMES[item]}`, {
        at: f.at,
        section: sectionOf(f),
        ...(ok ? {} : { expectedText: '主要原因是…' }),
        ...(ok && !f.reason ? { note: '由各项原因说明' } : {}),
      });
    });
  },
});
