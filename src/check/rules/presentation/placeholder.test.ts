import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { run, section } from '../narrative/support/fixture.js';
import { placeholder } from './placeholder.js';

const id = 'presentation:placeholder';
const found = (text: string) =>
  run(
    placeholder,
    disclosure([], {
      narrative: { sections: [section('二', '收入预算情况说明', text)], facts: [] },
    }),
  ).map((f) => [id, f.location.section, f.outcome, f.actualText]);

describe(id, () => {
  it('finds XX, ×× and xx left unfilled', () => {
    expect(found('收入预算XX万元，其中：一般公共预算 ××万元，占 xx%。')).toEqual([
      [id, '二', 'fail', 'XX'],
      [id, '二', 'fail', '××'],
      [id, '二', 'fail', 'xx'],
    ]);
  });

  it('leaves Latin words, codes and masked names alone', () => {
    expect(found('特定目标 10653H 73.90万元；Box 服务；****项目不予公开。')).toEqual([]);
  });
});
