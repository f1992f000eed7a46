import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { run, section } from '../narrative/support/fixture.js';
import { percentSignMissing } from './percent-sign-missing.js';

const id = 'presentation:percent-sign-missing';
const found = (text: string) =>
  run(
    percentSignMissing,
    disclosure([], {
      narrative: { sections: [section('二', '收入预算情况说明', text)], facts: [] },
    }),
  ).map((f) => [id, f.location.section, f.outcome, f.actualText]);

describe(id, () => {
  it('finds a share or a rate without its % sign', () => {
    expect(
      found('一般公共预算 14,216.81万元，占 99.39，比上年预算减少 478.65万元，下降 3.26。'),
    ).toEqual([
      [id, '二', 'fail', '占 99.39'],
      [id, '二', 'fail', '下降 3.26'],
    ]);
  });

  it('passes rates with %, and numbers that carry another unit', () => {
    expect(
      found(
        '占 99.39%，下降 3.26%，增长 1,299.00%，在职人员较上年增长 4人，下降 2个百分点，占地 500平方米。',
      ),
    ).toEqual([]);
  });
});
