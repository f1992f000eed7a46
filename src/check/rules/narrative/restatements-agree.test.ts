import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import { restatementsAgree } from './restatements-agree.js';
import { fact, numbers, tuples } from './support/fixture.js';

const id = 'narrative:restatements-agree';
const of = (facts: NarrativeFact[]) => disclosure([], { narrative: { sections: [], facts } });
const total = (side: 'both' | 'revenue' | 'expenditure', section: string, amount: number) =>
  fact({ kind: 'total', side }, 'all', { section, amount });
const cls = (section: string, amount: number, parent?: string) =>
  fact(
    { kind: 'function', level: '类', code: '201', path: ['一般公共服务支出'] },
    'general-budget',
    {
      section,
      amount,
      ...(parent ? { parent } : {}),
    },
  );

describe(id, () => {
  it('passes 收支总预算 = 支出预算 and a 类 stated alike in 四 and 五（二）', () => {
    const d = of([
      total('both', '一', 14303.93),
      total('revenue', '二', 14303.93),
      total('expenditure', '三', 14303.93),
      cls('四', 10790.77),
      cls('（二）', 10790.77, '五'),
    ]);
    // 收入预算 may be 本年收入: compared only with another 收入预算
    expect(tuples(restatementsAgree, d)).toEqual([
      [id, '三', 'total:expenditure', undefined, 'pass'],
      [id, '五（二）', '201', undefined, 'pass'],
    ]);
  });

  it('fails a restatement that differs from the first', () => {
    // 支出预算 14,303.39 vs 收支总预算 14,303.93: −0.54
    expect(
      numbers(
        restatementsAgree,
        of([total('both', '一', 14303.93), total('expenditure', '三', 14303.39)]),
      ),
    ).toEqual([['fail', 14303.93, 14303.39]]);
  });

  it('does not compare different scopes (基本支出 of all funds vs of the 一般公共预算)', () => {
    const d = of([
      fact({ kind: 'expenditure', type: 'basic' }, 'all', { section: '三', amount: 10039.01 }),
      fact({ kind: 'expenditure', type: 'basic' }, 'general-budget', {
        section: '六',
        amount: 9000,
      }),
    ]);
    expect(tuples(restatementsAgree, d)).toEqual([]);
  });
});
