// A stated amount against a table cell, each in its own unit (万元 or 元). In one unit they must be
// equal to the cent; across units the finer one is rounded to the coarser one's printed precision.
import type { FindingLocation } from '../../../../model/finding.js';
import {
  fromCents,
  toCents,
  type Amount,
  type AmountUnit,
  type Cents,
} from '../../../../model/money.js';
import type { FindingDraft } from '../../../rule.js';

/** How many 元 one unit is. */
export const YUAN_PER: Record<AmountUnit, number> = { 元: 1, 万元: 10_000 };

/** Cents of `unit` expressed in cents of `to`, rounded to the cent (half away from zero). */
export function convertCents(cents: Cents, unit: AmountUnit, to: AmountUnit): Cents {
  if (unit === to) return cents;
  const yuan = cents * YUAN_PER[unit];
  const q = yuan / YUAN_PER[to];
  return Math.sign(q) * Math.round(Math.abs(q));
}

/** Whether compareStated passes: equal at the coarser unit's printed precision. */
export function statedEquals(
  actual: Cents,
  actualUnit: AmountUnit,
  expected: Cents,
  expectedUnit: AmountUnit,
): boolean {
  if (actualUnit === expectedUnit) return actual === expected;
  // Both in 元 cents; half a cent of the coarser unit is its printing's rounding.
  const half = Math.max(YUAN_PER[actualUnit], YUAN_PER[expectedUnit]) / 2;
  return Math.abs(actual * YUAN_PER[actualUnit] - expected * YUAN_PER[expectedUnit]) <= half;
}

/**
 * actual (stated, in its unit) against expected (a cell, in its table's unit): pass when equal at
 * the coarser unit's printed precision, otherwise fail. Numbers are reported in the stated unit.
 */
export function compareStated(
  actual: Amount,
  actualUnit: AmountUnit,
  expected: Cents,
  expectedUnit: AmountUnit,
  location: FindingLocation,
  note?: string,
): FindingDraft {
  const a = toCents(actual);
  const equal = statedEquals(a, actualUnit, expected, expectedUnit);
  const e = convertCents(expected, expectedUnit, actualUnit);
  const unitNote = actualUnit === expectedUnit ? undefined : `表中单位：${expectedUnit}`;
  const notes = [note, unitNote].filter(Boolean).join('；');
  return {
    outcome: equal ? 'pass' : 'fail',
    location,
    expected: fromCents(e),
    actual,
    difference: fromCents(a - e),
    unit: actualUnit,
    ...(notes ? { note: notes } : {}),
  };
}
