// Two printed amounts of the same money in their own units (元 or 万元): do they agree, or does one
// stand 10,000 times the other (an amount in 元 printed under 万元, or the reverse)? A wrong unit
// keeps the digits: the smaller figure, scaled, must equal the larger one exactly or carry enough
// digits to make the match more than chance (财政局 2024 决算 四: 0.3万元 against 2,961.68万元 is a
// wrong figure, not a wrong unit).
import type { AmountUnit, Cents } from '../../../model/money.js';

/** 元 in one unit. */
const YUAN_PER: Readonly<Record<AmountUnit, number>> = { 元: 1, 万元: 10_000 };
const SCALE = 10_000;
/** Significant digits a rounded match needs (0.3 matches anything from 2,950 to 3,050). */
const MIN_DIGITS = 3;

export type UnitVerdict = 'same' | 'scaled' | 'different';

function significantDigits(cents: Cents): number {
  let n = Math.abs(cents);
  if (n === 0) return 0;
  while (n % 10 === 0) n /= 10;
  return String(n).length;
}

/** Whether `small` (in 元 cents), times 10,000, is `large` printed in `largeUnit`. */
function scaledMatch(
  small: number,
  smallCents: Cents,
  large: number,
  half: number,
  largeUnit: AmountUnit,
) {
  const diff = Math.abs(small * SCALE - large);
  if (diff > half * SCALE) return false;
  return diff <= YUAN_PER[largeUnit] / 2 || significantDigits(smallCents) >= MIN_DIGITS;
}

export function compareUnits(a: Cents, ua: AmountUnit, b: Cents, ub: AmountUnit): UnitVerdict {
  const ya = a * YUAN_PER[ua];
  const yb = b * YUAN_PER[ub];
  // Half a printed cent of the coarser unit, in 元 cents: the rounding of a printed amount.
  const half = Math.max(YUAN_PER[ua], YUAN_PER[ub]) / 2;
  if (Math.abs(ya - yb) <= half) return 'same';
  if (scaledMatch(ya, a, yb, half, ub) || scaledMatch(yb, b, ya, half, ua)) return 'scaled';
  return 'different';
}
