// Printed percentages read digit by digit where the text has the plain shape most figures have
// (plainCents, which parseAmountText reads plain amounts with).
import { plainCents } from '../../model/money.js';
import { parsePercent, type Percent } from '../../model/percent.js';

/**
 * parsePercent(raw), the same value, for a figure the narrative's scanner found (digits, thousands
 * commas, decimals): a plain one is its cents over 100 — while the cents are an exact integer, the
 * correctly rounded quotient, as Number() of the text is — and any other goes to parsePercent.
 */
export function percentOf(raw: string): Percent | undefined {
  const cents = plainCents(raw);
  return cents !== undefined && cents <= Number.MAX_SAFE_INTEGER ? cents / 100 : parsePercent(raw);
}
