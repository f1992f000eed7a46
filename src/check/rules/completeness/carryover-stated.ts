// Where the tables show money carried over from last year (上年结转结余), the 情况说明 states it.
import type { Disclosure } from '../../../model/disclosure.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft } from '../../rule.js';
import { RULES_143, entry, met, notFound, obligation } from './ledger.js';

const SUBJECT = '上年结转结余';

/** Cells that hold carried-over money: [table, row key, column]. */
const CELLS = [
  ['revenue-expenditure', 'carryover', 'amount'],
  ['revenue-expenditure', 'carryover-fiscal', 'amount'],
  ['revenue-expenditure', 'carryover-nonfiscal', 'amount'],
  ['revenue', 'total', 'carryover-fiscal'],
  ['revenue', 'total', 'carryover-nonfiscal'],
  ['revenue', 'total', 'unit-carryover'],
  ['carryover', 'total', 'total'],
] as const;

function shown(ctx: CheckContext): boolean {
  return CELLS.some(([kind, row, column]) => {
    const r = ctx.rowAt(kind, row);
    if (!r) return false;
    const c = ctx.cell(r, column);
    return c.known && c.cents > 0;
  });
}

function stated(d: Disclosure) {
  return d.narrative.facts.find(
    (f) =>
      (f.amount !== undefined || f.notArranged) &&
      (f.subject.kind === 'carryover' ||
        (f.subject.kind === 'revenue' && f.subject.source.startsWith('carryover'))),
  );
}

export const carryoverStated = obligation({
  id: 'completeness:carryover-stated',
  severity: 'warning',
  zh: '表中有上年结转结余的，情况说明予以说明',
  en: 'Money carried over from last year that the tables show is stated in the narrative',
  basis: `${RULES_143}：说明预决算收支及其增减变化（收入含上年结转结余）`,
  evaluate: (d, ctx): FindingDraft[] => {
    if (!shown(ctx)) return [entry('not_applicable', SUBJECT, { note: '表中无上年结转结余' })];
    const f = stated(d);
    if (f)
      return [
        met(ctx, SUBJECT, {
          at: f.at,
          section: f.parent ? `${f.parent}${f.section}` : f.section,
        }),
      ];
    return [notFound(d, ctx, SUBJECT, /结转/)];
  },
});
