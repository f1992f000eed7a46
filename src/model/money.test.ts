import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCents,
  fromCents,
  parseAmount,
  parseAmountText,
  roundingToleranceCents,
  sumAmounts,
  toCents,
} from './money.js';

describe('money', () => {
  it('reads printed amounts straight to cents', () => {
    expect(parseAmountText('14,303.93')).toBe(1430393);
    expect(parseAmountText('307.1')).toBe(30710);
    expect(parseAmountText('0')).toBe(0);
    expect(parseAmountText('371,514,655.00')).toBe(37151465500);
    expect(parseAmountText('6.536278')).toBeUndefined(); // a number in prose, not an amount
    expect(parseAmountText('12,34.5')).toBeUndefined();
    expect(parseAmount('96.8')).toBe(96.8);
  });

  it('sums exactly where floats would not: 0.1 + 0.2 and the seed 000 classes', () => {
    expect(sumAmounts([0.1, 0.2])).toBe(0.3);
    // 表1: 10,877.89 + 2,133.17 + 707.43 + 585.46 = 14,303.95 (printed total 14,303.93)
    expect(sumAmounts([10877.89, 2133.17, 707.43, 585.46])).toBe(14303.95);
  });

  it('round-trips every two-decimal amount through cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_000_000_000_000, max: 9_000_000_000_000 }), (c) => {
        const amount = Number(formatCents(c, { grouping: false }));
        expect(fromCents(c)).toBe(amount);
        expect(toCents(amount)).toBe(c);
      }),
    );
  });

  it('refuses an amount with a third decimal instead of rounding it', () => {
    expect(() => toCents(1.005)).toThrow(RangeError);
    expect(() => toCents(0.001)).toThrow(RangeError);
  });

  it('formats with thousands separators and two decimals', () => {
    expect(formatCents(1430393)).toBe('14,303.93');
    expect(formatCents(-5)).toBe('-0.05');
    expect(formatCents(720, { grouping: false })).toBe('7.20');
  });

  it('allows half a cent per printed cell of rounding', () => {
    // seed 004 表六: 301 = 299.48 printed, its items add to 299.49 (9 items: ⌊10/2⌋ = 5 cents)
    expect(roundingToleranceCents(9)).toBe(5);
    expect(roundingToleranceCents(1)).toBe(1);
  });
});
