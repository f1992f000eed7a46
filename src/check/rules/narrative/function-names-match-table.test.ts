import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { functionNamesMatchTable as rule } from './function-names-match-table.js';
import { fact, run } from './support/fixture.js';

const id = 'narrative:function-names-match-table';
// 司法局 2026 p.10: 210 卫生健康支出, 21011 行政事业单位医疗, 2101101 行政单位医疗 (元)
const tables = [
  table('general-budget', [
    ['210', { total: 1149678 }, { name: '卫生健康支出' }],
    ['21011', { total: 1149678 }, { name: '行政事业单位医疗' }],
    ['2101101', { total: 1149678 }, { name: '行政单位医疗' }],
  ]),
];
const line = (path: string[]) =>
  fact({ kind: 'function', level: '项', path, code: '2101101' }, 'general-budget', {
    amount: 114.97,
  });
const found = (path: string[]) =>
  run(rule, disclosure(tables, { narrative: { sections: [], facts: [line(path)] } })).map((f) => [
    id,
    f.location.row,
    f.outcome,
    f.expectedText,
    f.actualText,
  ]);

describe(id, () => {
  it('passes the names the table prints', () => {
    expect(found(['卫生健康支出', '行政事业单位医疗', '行政单位医疗']).map((x) => x[2])).toEqual([
      'pass',
      'pass',
      'pass',
    ]);
  });

  it('warns of an old 类 name in the text (司法局 2026 编制说明 11: 医疗卫生与计划生育支出（210类）)', () => {
    expect(
      found(['医疗卫生与计划生育支出', '行政事业单位医疗', '行政单位医疗']).filter(
        (x) => x[2] !== 'pass',
      ),
    ).toEqual([[id, '210', 'fail', '卫生健康支出', '医疗卫生与计划生育支出']]);
    expect(rule.severity).toBe('warning');
  });

  it('says nothing of a line without a code or without its table', () => {
    const noCode = fact(
      { kind: 'function', level: '类', path: ['卫生健康支出'] },
      'general-budget',
    );
    expect(run(rule, disclosure(tables, { narrative: { sections: [], facts: [noCode] } }))).toEqual(
      [],
    );
    expect(
      run(rule, disclosure([], { narrative: { sections: [], facts: [line(['卫生'])] } })),
    ).toEqual([]);
  });
});
