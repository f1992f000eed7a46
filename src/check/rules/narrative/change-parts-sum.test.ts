import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { Change, NarrativeFact } from '../../../model/narrative.js';
import { changePartsSum } from './change-parts-sum.js';
import { fact, numbers, tuples } from './support/fixture.js';

const id = 'narrative:change-parts-sum';
const of = (facts: NarrativeFact[]) => disclosure([], { narrative: { sections: [], facts } });
type Item = 'total' | 'outbound' | 'vehicle-purchase' | 'vehicle-operation' | 'reception';
const up = (amount: number): Change => ({
  direction: amount === 0 ? 'unchanged' : 'increase',
  amount,
});
const tp = (item: Item, change: Change) =>
  fact({ kind: 'three-public', item }, 'three-public', { section: '八', change });
// Seed 004 八: "三公" 比上年增加 80.00 = 0 + 80.00 + 0 + 0.
const seed004 = (reception: number, total = 80) => [
  tp('total', up(total)),
  tp('outbound', up(0)),
  tp('vehicle-purchase', up(80)),
  tp('vehicle-operation', up(0)),
  tp('reception', up(reception)),
];

describe(id, () => {
  it('passes item changes adding to the "三公" change', () => {
    expect(tuples(changePartsSum, of(seed004(0)))).toEqual([
      [id, '八', 'three-public:total', undefined, 'pass'],
    ]);
  });

  it('fails item changes that do not add up', () => {
    // 0 + 80.00 + 0 + 5.00 = 85.00 vs 80.00
    expect(numbers(changePartsSum, of(seed004(5)))).toEqual([['fail', 85, 80]]);
  });

  it('calls a cent over printed parts rounding, even against a change printed 0.00', () => {
    // 0 + 0.01 + 0 + 0 = 0.01 vs 0.00: one cent, within the rounding of two printed figures
    const d = of([
      tp('total', up(0)),
      tp('outbound', up(0)),
      tp('vehicle-purchase', up(0.01)),
      tp('vehicle-operation', up(0)),
      tp('reception', up(0)),
    ]);
    expect(numbers(changePartsSum, d)).toEqual([['rounding', 0.01, 0]]);
  });

  it('says nothing when a part’s change is not stated', () => {
    expect(tuples(changePartsSum, of(seed004(0).slice(0, 4)))).toEqual([]);
  });
});
