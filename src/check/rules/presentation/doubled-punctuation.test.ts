import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { run, section } from '../narrative/support/fixture.js';
import { doubledPunctuation } from './doubled-punctuation.js';

const id = 'presentation:doubled-punctuation';
const found = (text: string) =>
  run(
    doubledPunctuation,
    disclosure([], { narrative: { sections: [section('', '编制说明', text)], facts: [] } }),
  ).map((f) => [id, f.outcome, f.actualText]);

describe(id, () => {
  it('finds 。。 and ，， (司法局 2026: “…方面的支出。。2025年…”)', () => {
    expect(found('主要用于：信息化建设及运行维护等方面的支出。。2025年，，当年')).toEqual([
      [id, 'fail', '。。'],
      [id, 'fail', '，，'],
    ]);
  });

  it('leaves ellipses, dashes and single marks alone', () => {
    expect(found('包括：基本工资、津贴补贴……——等。主要原因是：业务量增加。')).toEqual([]);
  });
});
