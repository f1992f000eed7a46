import { describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../model/specs/index.js';
import { blockPlans } from './block-columns.js';

// read-table.ts's solverRowsOf shares the placements of rows printing one number n times, per
// count and sign, for numbers beyond the block's largest rounding tolerance (see sameNumberRow).
describe('rows printing one number several times', () => {
  it('place alike in every block of every layout, whatever the number beyond rounding', () => {
    const numbers = [13, 14, 25, 100, 12_345, 99_999_999];
    for (const spec of TABLE_SPECS)
      for (const layout of spec.layouts)
        for (const plan of blockPlans(layout).values()) {
          const columns = plan.columns.columns.length;
          let bound = columns;
          for (const s of plan.sums) bound = Math.max(bound, s.parts.length);
          for (let n = 2; n <= columns; n++)
            for (const sign of [1, -1]) {
              const beyond = numbers.filter((m) => m > bound);
              const first = plan.place(new Array<number>(n).fill(sign * beyond[0]!));
              for (const m of beyond.slice(1))
                expect(plan.place(new Array<number>(n).fill(sign * m))).toEqual(first);
            }
        }
  });
});
