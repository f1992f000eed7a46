// The figures the 情况说明 states, each summed in 分 over the line items and rounded on its own,
// exactly as the table cell it restates.
import type { Cents } from '../../model/money.js';
import { fenOf, roundFen } from '../amounts.js';
import type { ComposeContext, Line } from '../lines.js';
import type { RevenueSubject } from '../input/subjects.js';

export interface Figures {
  readonly cents: (pred: (l: Line) => boolean) => Cents;
  /** Last year's printed figure under a subject key, if given. */
  readonly prior: (key: string) => Cents | undefined;
  readonly reason: (key: string) => string | undefined;
}

export function figuresOf(ctx: ComposeContext): Figures {
  return {
    cents: (pred) => {
      let fen = 0;
      for (const l of ctx.lines) if (pred(l)) fen += l.fen;
      return roundFen(fen, ctx.unit);
    },
    prior: (key) => {
      const v = ctx.input.prior[key];
      return v === undefined ? undefined : roundFen(fenOf(v), ctx.unit);
    },
    reason: (key) => ctx.input.reasons[key],
  };
}

/** Lines of a 收入 subject (a 表2 column of the 新疆 2025 template). */
export function ofRevenue(s: RevenueSubject): (l: Line) => boolean {
  return (l) => l.info.column === s;
}
