// Two printed amounts of the same money in their own units (元 or 万元): do they agree, or does one
// stand 10,000 times the other (an amount in 元 printed under 万元, or the reverse)?
import type { AmountUnit, Cents } from '../../../model/money.js';

/** 元 in one unit. */
const YUAN_PER: Readonly<Record<AmountUnit, number>> = { 元: 1, 万元: 10_000 };
const SCALE = 10_000;

export type UnitVerdict = 'same' | 'scaled' | 'different';

export function compareUnits(a: Cents, ua: AmountUnit, b: Cents, ub: AmountUnit): UnitVerdict {
  const ya = a * YUAN_PER[ua];
  const yb = b * YUAN_PER[ub];
  // Half a printed cent of the coarser unit, in 元 cents: the rounding of a printed amount.
  const half = Math.max(YUAN_PER[ua], YUAN_PER[ub]) / 2;
  if (Math.abs(ya - yb) <= half) return 'same';
  if (Math.abs(ya * SCALE - yb) <= half * SCALE || Math.abs(ya - yb * SCALE) <= half * SCALE)
    return 'scaled';
  return 'different';
}
