// Printed percentages read digit by digit where the text has the plain shape most figures have
// (parseAmountText reads plain amounts so itself).
import { parsePercent, type Percent } from '../../model/percent.js';

const DOT = 0x2e;
/** Up to this many digits an integer read digit by digit is exact (as Number(text) is). */
const MAX_PLAIN_DIGITS = 15;

/** The ASCII digit at `i` of `text`, or −1. */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 0x30;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * parsePercent(raw), the same value, for a figure the narrative's scanner found (digits, thousands
 * commas, decimals): a plain one — up to 15 digits in all, at most two decimals — is read in place
 * as its digits over 10 or 100 (a correctly rounded division, as Number() of the text is); any
 * other goes to parsePercent.
 */
export function percentOf(raw: string): Percent | undefined {
  let digits = 0;
  let i = 0;
  for (let d = digitAt(raw, 0); d !== -1; d = digitAt(raw, ++i)) digits = digits * 10 + d;
  if (i === 0 || i > MAX_PLAIN_DIGITS) return parsePercent(raw);
  if (i === raw.length) return digits;
  const decimals = raw.length - i - 1;
  if (raw.charCodeAt(i) !== DOT || decimals < 1 || decimals > 2 || i + decimals > MAX_PLAIN_DIGITS)
    return parsePercent(raw);
  for (let k = i + 1; k < raw.length; k++) {
    const d = digitAt(raw, k);
    if (d === -1) return parsePercent(raw);
    digits = digits * 10 + d;
  }
  return digits / (decimals === 1 ? 10 : 100);
}
