import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { sharesAddTo100 } from './shares-add-to-100.js';
import { fact, numbers, run } from './support/fixture.js';

const cls = (code: string, share: number) =>
  fact({ kind: 'function', level: '类', code, path: [code] }, 'general-budget', {
    section: '（二）',
    parent: '五',
    amount: 1,
    share,
    text: `占 ${share.toFixed(2)}%`,
  });
const gb = table('general-budget', [
  ['201', { total: 662.96 }],
  ['208', { total: 21.11 }],
  ['221', { total: 16.87 }],
]);
const withFacts = (facts: ReturnType<typeof cls>[], tables = [gb]) =>
  disclosure(tables, { narrative: { sections: [], facts } });

describe('narrative:shares-add-to-100', () => {
  it('passes 类 shares adding to 100% (seed 004: 94.58 + 3.01 + 2.41)', () => {
    expect(
      numbers(sharesAddTo100, withFacts([cls('201', 94.58), cls('208', 3.01), cls('221', 2.41)])),
    ).toEqual([['pass', 100, 100]]);
  });

  it('calls a miss within n halves of the last digit rounding', () => {
    // 94.58 + 3.01 + 2.42 = 100.01: three shares may miss by 1.5 hundredths
    expect(
      numbers(sharesAddTo100, withFacts([cls('201', 94.58), cls('208', 3.01), cls('221', 2.42)])),
    ).toEqual([['rounding', 100, 100.01]]);
  });

  it('fails shares over 100%, and short of 100% when every 类 is listed', () => {
    // 94.58 + 3.10 + 2.41 = 100.09
    expect(
      numbers(sharesAddTo100, withFacts([cls('201', 94.58), cls('208', 3.1), cls('221', 2.41)])),
    ).toEqual([['fail', 100, 100.09]]);
    // 94.58 + 3.01 + 1.41 = 99.00 with all three 类 listed
    expect(
      numbers(sharesAddTo100, withFacts([cls('201', 94.58), cls('208', 3.01), cls('221', 1.41)])),
    ).toEqual([['fail', 100, 99]]);
  });

  it('says nothing of a partial list, and is insufficient_data without the table', () => {
    // 201 and 208 only: 97.59, 221 not listed
    expect(run(sharesAddTo100, withFacts([cls('201', 94.58), cls('208', 3.01)]))).toEqual([]);
    expect(
      run(sharesAddTo100, withFacts([cls('201', 94.58), cls('208', 3.01)], [])).map(
        (f) => f.outcome,
      ),
    ).toEqual(['insufficient_data']);
  });

  it('checks 基本支出 + 项目支出 shares', () => {
    // seed 000 三: 70.18 + 29.82 = 100.00; 70.18 + 29.28 = 99.46
    const type = (t: 'basic' | 'project', share: number) =>
      fact({ kind: 'expenditure', type: t }, 'all', {
        section: '三',
        amount: 1,
        share,
        text: `占 ${share}%`,
      });
    const ok = disclosure([], {
      narrative: { sections: [], facts: [type('basic', 70.18), type('project', 29.82)] },
    });
    const bad = disclosure([], {
      narrative: { sections: [], facts: [type('basic', 70.18), type('project', 29.28)] },
    });
    expect(numbers(sharesAddTo100, ok)).toEqual([['pass', 100, 100]]);
    expect(numbers(sharesAddTo100, bad)).toEqual([['fail', 100, 99.46]]);
  });
});
