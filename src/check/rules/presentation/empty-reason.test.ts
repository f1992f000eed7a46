import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { run, section } from '../narrative/support/fixture.js';
import { emptyReason } from './empty-reason.js';

const id = 'presentation:empty-reason';
const found = (text: string) =>
  run(
    emptyReason,
    disclosure([], {
      narrative: { sections: [section('三', '支出预算情况说明', text)], facts: [] },
    }),
  ).map((f) => [id, f.location.section, f.outcome, f.actualText]);

describe(id, () => {
  it('finds a reason announced and not given', () => {
    expect(
      found('比上年预算增加 1.00万元，增长 10.00%，主要原因是。项目支出…主要原因是：；'),
    ).toEqual([
      [id, '三', 'fail', '主要原因是'],
      [id, '三', 'fail', '主要原因是：'],
    ]);
    expect(found('下降 5.00%，主要原因是')).toEqual([[id, '三', 'fail', '主要原因是']]);
  });

  it('passes a reason given, also after a colon or a comma (seed 004 五)', () => {
    expect(found('增长8.76%。主要原因是：人员增加。主要原因，一是…；二是…。')).toEqual([]);
  });
});
