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
  it('leaves other differences alone', () => {
    expect(compareUnits(12_000, '万元', 10_000, '万元')).toBe('different');
    expect(compareUnits(120_000_000, '元', 10_000, '万元')).toBe('different');
  });
});
