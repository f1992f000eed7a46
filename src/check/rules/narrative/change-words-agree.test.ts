import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { Change } from '../../../model/narrative.js';
import { changeWordsAgree } from './change-words-agree.js';
import { fact, run, tuples } from './support/fixture.js';

const id = 'narrative:change-words-agree';
const stated = (text: string, change: Change) =>
  disclosure([], {
    narrative: {
      sections: [],
      facts: [
        fact({ kind: 'expenditure', type: 'basic' }, 'all', {
          section: '三',
          amount: 10,
          change,
          text,
        }),
      ],
    },
  });

describe(id, () => {
  it('passes 增加 … 增长 and 减少 … 下降', () => {
    const up = stated('比上年预算增加 106.71万元，增长 2.29%，主要原因是人员减少', {
      direction: 'increase',
      amount: 106.71,
      percent: 2.29,
    });
    const down = stated('比上年预算减少 286.49万元，下降 2.77%', {
      direction: 'decrease',
      amount: 286.49,
      percent: 2.77,
    });
    expect([...tuples(changeWordsAgree, up), ...tuples(changeWordsAgree, down)]).toEqual([
      [id, '三', 'basic', undefined, 'pass'],
      [id, '三', 'basic', undefined, 'pass'],
    ]);
  });

  it('fails 增加 with 下降', () => {
    const d = stated('比上年预算增加 106.71万元，下降 2.29%', {
      direction: 'increase',
      amount: 106.71,
      percent: 2.29,
    });
    expect(run(changeWordsAgree, d).map((f) => [f.outcome, f.expectedText, f.actualText])).toEqual([
      ['fail', '增长', '下降'],
    ]);
  });

  it('ignores zero changes, where the words say nothing', () => {
    const d = stated('比上年预算增加 0.00万元，下降 0.00%', {
      direction: 'unchanged',
      amount: 0,
      percent: 0,
    });
    expect(tuples(changeWordsAgree, d)).toEqual([]);
  });
});
