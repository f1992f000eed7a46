import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import { partsSumToTotal } from './parts-sum-to-total.js';
import { fact, numbers, section, tuples } from './support/fixture.js';

const id = 'narrative:parts-sum-to-total';
const of = (facts: NarrativeFact[]) => disclosure([], { narrative: { sections: [], facts } });
const six = (group: 'personnel' | 'public-use', amount: number) =>
  fact({ kind: 'economic-group', group }, 'general-budget', { section: '六', amount });
const basic = (amount: number) =>
  fact({ kind: 'expenditure', type: 'basic' }, 'general-budget', { section: '六', amount });
const tp = (
  item: 'total' | 'outbound' | 'vehicle-purchase' | 'vehicle-operation' | 'reception',
  amount: number,
) => fact({ kind: 'three-public', item }, 'three-public', { section: '十', amount });

describe(id, () => {
  it('passes 人员经费 + 公用经费 = 基本支出 and the "三公" items = the total', () => {
    // seed 000 六: 8,555.84 + 1,483.17 = 10,039.01; 十: 0 + 0 + 313.61 + 7.20 = 320.81
    const d = of([
      basic(10039.01),
      six('personnel', 8555.84),
      six('public-use', 1483.17),
      tp('total', 320.81),
      tp('outbound', 0),
      tp('vehicle-purchase', 0),
      tp('vehicle-operation', 313.61),
      tp('reception', 7.2),
    ]);
    expect(tuples(partsSumToTotal, d)).toEqual([
      [id, '六', 'basic', undefined, 'pass'],
      [id, '十', 'three-public:total', undefined, 'pass'],
    ]);
  });

  it('calls a difference within the parts’ rounding rounding, beyond it a fail', () => {
    // 8,555.84 + 1,483.18 = 10,039.02 vs 10,039.01: 1 cent over two parts
    expect(
      numbers(
        partsSumToTotal,
        of([basic(10039.01), six('personnel', 8555.84), six('public-use', 1483.18)]),
      ),
    ).toEqual([['rounding', 10039.02, 10039.01]]);
    // 8,555.84 + 1,438.17 = 9,994.01 vs 10,039.01: off by 45.00
    expect(
      numbers(
        partsSumToTotal,
        of([basic(10039.01), six('personnel', 8555.84), six('public-use', 1438.17)]),
      ),
    ).toEqual([['fail', 9994.01, 10039.01]]);
  });

  it('says nothing of an incomplete breakdown', () => {
    expect(tuples(partsSumToTotal, of([basic(10039.01), six('personnel', 8555.84)]))).toEqual([]);
  });

  it('leaves 支出 alone where the section names spending beyond 基本 and 项目', () => {
    const total = fact({ kind: 'total', side: 'expenditure' }, 'all', {
      section: '三',
      amount: 120,
    });
    const type = (t: 'basic' | 'project', amount: number) =>
      fact({ kind: 'expenditure', type: t }, 'all', { section: '三', amount });
    // 100 = 60 + 40 fails without the other spending, is not judged with it
    const text = '支出预算 120万元，其中：基本支出 60万元，项目支出 40万元，上缴上级支出 20万元。';
    const facts = [total, type('basic', 60), type('project', 40)];
    expect(numbers(partsSumToTotal, of(facts))).toEqual([['fail', 100, 120]]);
    const withText = disclosure([], {
      narrative: { sections: [section('三', '支出预算情况说明', text)], facts },
    });
    expect(tuples(partsSumToTotal, withText)).toEqual([]);
  });
});
