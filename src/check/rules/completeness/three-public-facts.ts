// The 情况说明's "三公" statements, as the four 三公 rules read them: amounts stated per item, and
// changes on last year per item (the documents state them in two separate sentences).
import type { NarrativeFact, ThreePublicItem } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';

export interface ThreePublicStatements {
  /** Facts stating an item's amount (or that it is not arranged), by item. */
  readonly amounts: ReadonlyMap<ThreePublicItem, NarrativeFact>;
  /** Facts stating an item's change on last year, by item. */
  readonly changes: ReadonlyMap<ThreePublicItem, NarrativeFact>;
  readonly any: boolean;
}

export const SUBJECT = '“三公”经费';

export const ITEM_NAMES: Readonly<Record<ThreePublicItem, string>> = {
  total: '“三公”经费合计',
  outbound: '因公出国（境）费',
  vehicle: '公务用车购置及运行费',
  'vehicle-purchase': '公务用车购置费',
  'vehicle-operation': '公务用车运行费',
  reception: '公务接待费',
};

/** Made once per document for the four rules (from the facts grouped by subject kind). */
export function threePublicStatements(ctx: CheckContext): ThreePublicStatements {
  return ctx.memo('completeness:three-public-statements', () => {
    const amounts = new Map<ThreePublicItem, NarrativeFact>();
    const changes = new Map<ThreePublicItem, NarrativeFact>();
    for (const f of ctx.factsOf('three-public')) {
      if (f.subject.kind !== 'three-public') continue;
      const item = f.subject.item;
      if ((f.amount !== undefined || f.notArranged) && !amounts.has(item)) amounts.set(item, f);
      if (f.change && !changes.has(item)) changes.set(item, f);
    }
    return { amounts, changes, any: amounts.size > 0 || changes.size > 0 };
  });
}

/** 五（三） for a subsection, 五 for a section. */
export function sectionOf(f: NarrativeFact): string {
  return f.parent ? `${f.parent}${f.section}` : f.section;
}

/** Stated as nothing: an amount of zero or 未安排. */
export function isNothing(f: NarrativeFact | undefined): boolean {
  return f !== undefined && (f.notArranged === true || f.amount === 0);
}
