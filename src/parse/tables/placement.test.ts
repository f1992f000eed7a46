import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmountText } from '../../model/money.js';
import { roundingToleranceCents, type Cents } from '../../model/money.js';
import { placements, type ColumnSum, type Placement } from './placement.js';

const c = (...texts: string[]) => texts.map((t) => parseAmountText(t)!);

describe('placements', () => {
  it('places seed 004 表八 "96.8 96.8 80 16.8" under six 三公 columns in the one way that adds up', () => {
    // 合计(0) = 出国(1) + 车(2) + 接待(5); 车(2) = 购置(3) + 运行(4).
    const sums: ColumnSum[] = [
      { total: 0, parts: [1, 2, 5] },
      { total: 2, parts: [3, 4] },
    ];
    const { placements: found } = placements(c('96.8', '96.8', '80', '16.8'), 6, sums);
    // 96.8 = 0 + 96.8 + 0 and 96.8 = 80 + 16.8: 合计, 车, 购置, 运行.
    expect(found).toEqual([[0, 2, 3, 4]]);
  });

  it('keeps both placements when the row alone cannot tell 基本 from 项目', () => {
    const sums: ColumnSum[] = [{ total: 0, parts: [1, 2] }];
    expect(placements(c('2,133.17', '2,133.17'), 3, sums).placements).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });

  it('accepts a total that differs from its parts by rounding only (n × 0.005)', () => {
    const sums: ColumnSum[] = [{ total: 0, parts: [1, 2] }];
    // 10.01 vs 5.00 + 5.00: one cent, within 3 × 0.005 rounded down to 1 cent.
    expect(placements(c('10.01', '5.00', '5.00'), 3, sums).placements).toEqual([[0, 1, 2]]);
    expect(placements(c('10.03', '5.00', '5.00'), 3, sums).placements).toEqual([]);
  });

  it('returns nothing for more numbers than columns', () => {
    expect(placements(c('1', '2', '3'), 2, []).placements).toEqual([]);
  });

  // The search skips nodes whose identity 合计 = Σ the columns after it can no longer hold, or
  // whose parts already exceed their total; it must find exactly what trying every placement
  // finds, in the same order.
  it('finds every placement that adds up, as trying each of them does', () => {
    const sums = fc.oneof(
      fc.constant([] as ColumnSum[]),
      fc.constant<ColumnSum[]>([{ total: 0, parts: [1, 2, 3, 4, 5] }]),
      fc.constant<ColumnSum[]>([
        { total: 0, parts: [1, 4, 5] },
        { total: 1, parts: [2, 3] },
      ]),
      // A 小计 over columns before the total's last part (seed 000 表2's shape): the search
      // drops nodes whose parts already exceed a total placed to their left.
      fc.constant<ColumnSum[]>([
        { total: 0, parts: [1, 5] },
        { total: 1, parts: [2, 3, 4] },
      ]),
      fc.array(
        fc.record({
          total: fc.integer({ min: -1, max: 5 }),
          parts: fc.array(fc.integer({ min: -1, max: 6 }), { minLength: 1, maxLength: 4 }),
        }),
        { maxLength: 3 },
      ),
    );
    const amount = fc.constantFrom(0, 100, 200, 300, 99, 101, 600, -100);
    fc.assert(
      fc.property(sums, fc.array(amount, { maxLength: 6 }), (s, amounts) => {
        expect(placements(amounts, 6, s).placements).toEqual(everyPlacement(amounts, 6, s));
      }),
      { numRuns: 2000, seed: 20251122 },
    );
  });

  // 合计 = Σ every other column (most blocks): the placements are made without a search, from
  // whether the numbers add up with the first one as the total or with the total blank.
  it('places rows under 合计 = Σ the other columns as trying each placement does, any width', () => {
    const row = fc.integer({ min: 2, max: 11 }).chain((m) =>
      fc.tuple(
        fc.constant(m),
        fc.array(fc.constantFrom<Cents>(0, 1, -1, 100, 200, 300, 99, 101, 600, -100), {
          minLength: 1,
          maxLength: m,
        }),
        fc.boolean(),
      ),
    );
    fc.assert(
      fc.property(row, ([m, amounts, balanced]) => {
        // Half the rows print their total first (a0 = a1 + …), as most printed rows do.
        if (balanced) amounts[0] = amounts.slice(1).reduce((a, b) => a + b, 0);
        const sums: ColumnSum[] = [{ total: 0, parts: [...Array(m - 1).keys()].map((k) => k + 1) }];
        expect(placements(amounts, m, sums).placements).toEqual(everyPlacement(amounts, m, sums));
      }),
      { numRuns: 2000, seed: 20251123 },
    );
  });
});

/** Reference: every left-to-right placement, kept when all identities hold on its cells. */
function everyPlacement(amounts: readonly Cents[], m: number, sums: readonly ColumnSum[]) {
  const out: Placement[] = [];
  if (amounts.length === 0) return [[]];
  const pick = (i: number, from: number, chosen: number[]): void => {
    if (i === amounts.length) {
      const values = new Array<Cents>(m).fill(0);
      chosen.forEach((c, k) => (values[c] = amounts[k]!));
      // An identity is checked once placing passes its last column (none if outside the row).
      const checkable = sums.filter((s) => {
        const last = Math.max(s.total, ...s.parts);
        return last >= 0 && last < m;
      });
      if (checkable.every((s) => holds(values, s))) out.push([...chosen]);
      return;
    }
    for (let c = from; c <= m - (amounts.length - i); c++) pick(i + 1, c + 1, [...chosen, c]);
  };
  pick(0, 0, []);
  return out;
}

function holds(values: readonly Cents[], s: ColumnSum): boolean {
  const parts = s.parts.map((p) => values[p] as Cents);
  const total = values[s.total] as Cents;
  const nonzero = parts.filter((v) => v !== 0).length;
  return Math.abs(total - parts.reduce((a, b) => a + b, 0)) <= roundingToleranceCents(nonzero);
}
