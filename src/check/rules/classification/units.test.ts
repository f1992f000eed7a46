import { describe, expect, it } from 'vitest';
import { compareUnits } from './units.js';

describe('compareUnits', () => {
  it('calls figures equal within half a printed cent of the coarser unit', () => {
    // 1,000,049.99 元 = 100.0049999 万元, printed 100.00
    expect(compareUnits(100_004_999, '元', 10_000, '万元')).toBe('same');
    expect(compareUnits(10_000, '万元', 10_000, '万元')).toBe('same');
  });
  it('recognises a factor of 10,000 either way', () => {
    expect(compareUnits(10_000, '元', 10_000, '万元')).toBe('scaled');
    expect(compareUnits(100_000_000, '万元', 10_000, '万元')).toBe('scaled');
  });
  it('wants the digits kept: a one-digit figure near 1/10,000 is a wrong figure (财政局 2024 决算)', () => {
    // 0.3万元 × 10,000 = 3,000万元 vs 2,961.68万元: within 0.3's rounding, but one digit says nothing
    expect(compareUnits(30, '万元', 296_168, '万元')).toBe('different');
    // 0.30万元 exactly 1/10,000 of 3,000.00万元 still is a factor of 10,000
    expect(compareUnits(30, '万元', 300_000, '万元')).toBe('scaled');
    // 2,961.68 (元 under a 万元 label) vs 29,616,823.45元: rounded, but six digits agree
    expect(compareUnits(296_168, '元', 2_961_682_345, '元')).toBe('scaled');
  });
  it('leaves other differences alone', () => {
    expect(compareUnits(12_000, '万元', 10_000, '万元')).toBe('different');
    expect(compareUnits(120_000_000, '元', 10_000, '万元')).toBe('different');
  });
});
