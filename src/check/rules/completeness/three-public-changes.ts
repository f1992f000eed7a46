// The "三公" total and each item with money are stated with their change on last year.
import type { FindingDraft } from '../../rule.js';
import { RULES_143, entry, met, obligation } from './ledger.js';
import { ITEM_NAMES, SUBJECT, sectionOf, threePublicStatements } from './three-public-facts.js';

export const threePublicChanges = obligation({
  id: 'completeness:three-public-changes',
  severity: 'warning',
  zh: '情况说明列明“三公”经费合计及各有数项目较上年的增减变化',
  en: 'The narrative states how the "three public" total and each item with money changed on last year',
  basis: `${RULES_143}：“三公”经费说明增减变化情况`,
  evaluate: (d, ctx): FindingDraft[] => {
    const { amounts, changes, any } = threePublicStatements(ctx);
    if (!any) return [entry('not_applicable', SUBJECT, { note: '未读到“三公”经费的说明' })];
    const out: FindingDraft[] = [];
    for (const [item, f] of amounts) {
      // An item stated as zero has nothing whose change would need stating, unless it is the total.
      if (item !== 'total' && (f.notArranged || f.amount === 0)) continue;
      // The vehicle group's change may be stated as its two parts' changes.
      const change =
        changes.get(item) ??
        (item === 'vehicle'
          ? (changes.get('vehicle-purchase') ?? changes.get('vehicle-operation'))
          : undefined);
      const subject = `${SUBJECT}/${ITEM_NAMES[item]}`;
      out.push(
        change
          ? met(ctx, subject, { at: change.at, section: sectionOf(change) })
          : entry('fail', subject, {
              at: f.at,
              section: sectionOf(f),
              expectedText: '比上年增加/减少',
            }),
      );
    }
    if (out.length === 0 && changes.size > 0) {
      const first = [...changes.values()][0]!;
      out.push(met(ctx, SUBJECT, { at: first.at, section: sectionOf(first) }));
    }
    return out.length > 0
      ? out
      : [entry('not_applicable', SUBJECT, { note: '未读到“三公”经费的数额' })];
  },
});
