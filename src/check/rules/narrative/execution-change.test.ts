import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { executionChangePercent, executionRestated } from './execution-change.js';
import { run, section } from './support/fixture.js';

// Lines of 司法局 2026 and 万里街道 2023 编制说明, as printed.
const LINE_1 =
  '1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。主要用于：行政单位的基本支出。2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。主要原因是：部分人员退休。';
const LINE_6 =
  '6、公共安全支出（204类）司法（06款）其他司法支出（99项）3845.49万元。主要用于：依法治区、法制业务经费等支出。2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%。主要原因是：业务量增加。';
const LINE_9 =
  '9、社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位职业年金缴费支出（06项）91.97万元。主要用于：支付职业年金。2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，比2025年预算执行数增加17.66%。';
const LINE_12 =
  '12、住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元。主要用于：行政事业单位为职工缴纳的住房公积金。2025年当年预算执行数为198.34万元，2026年预算安排201.50万元，比2025年预算执行数增加5.27%。';
const WANLI_2 =
  '2. “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”60.13万元，主要用于统计管理。2022年当年预算执行数为0万元，2023年预算安排60.13万元，比2022年预算执行数增加100.00%。';
const WANLI_16 =
  '16. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”220.63万元，主要用于机关事业单位职业年金缴费支出。2022年当年预算执行数为132.59万元，2023年预算安排441.25万元，比2022年预算执行数增加60.54%。';

const doc = (...lines: string[]) =>
  disclosure([], {
    narrative: { sections: [section('', '2026年部门预算编制说明', lines.join(''))], facts: [] },
  });
const pct = (...lines: string[]) =>
  run(executionChangePercent, doc(...lines)).map((f) => [
    f.location.subject?.split('、')[0],
    f.outcome,
    f.expected,
    f.actual,
  ]);
const restated = (...lines: string[]) =>
  run(executionRestated, doc(...lines)).map((f) => [
    f.location.subject?.split('、')[0],
    f.outcome,
    f.expected,
    f.actual,
  ]);

describe('narrative:execution-change-percent', () => {
  it('passes (1672.67 − 1690.69) ÷ 1690.69 = −1.066% printed 减少1.07%', () => {
    expect(pct(LINE_1)).toEqual([['1', 'pass', -1.07, -1.07]]);
  });
  it('fails a rise printed for a fall: 43,269.3 → 3,845.49 is −91.11%, not 增加17.62%', () => {
    expect(pct(LINE_6)).toEqual([['6', 'fail', -91.11, 17.62]]);
  });
  it('fails a rate copied from the line above: (91.97 − 77.99) ÷ 77.99 = 17.93%, printed 17.66%', () => {
    expect(pct(LINE_9)).toEqual([['9', 'fail', 17.93, 17.66]]);
  });
  it('judges the rate by the heading when only the restated figure is misprinted (208.8 → 5.27%)', () => {
    const [f] = run(executionChangePercent, doc(LINE_12));
    expect(f?.outcome).toBe('pass');
    expect(f?.note).toContain('按该项标题金额计');
  });
  it('fails a rate from a zero base (万里 2023: 0 → 60.13, 增加100.00%)', () => {
    expect(pct(WANLI_2)).toEqual([['2', 'fail', undefined, 100]]);
  });
});

describe('narrative:execution-restated', () => {
  it('passes 1672.67 restated as 1672.67; fails 208.8 restated as 201.50 and 220.63 as 441.25', () => {
    expect(restated(LINE_1, LINE_12)).toEqual([
      ['1', 'pass', 1672.67, 1672.67],
      ['12', 'fail', 208.8, 201.5],
    ]);
    expect(restated(WANLI_16).map((x) => x.slice(1))).toEqual([['fail', 220.63, 441.25]]);
  });
  it('finds nothing in text without these clauses', () => {
    expect(restated('2025年“三公”经费预算数为1.00万元，与2024年预算持平。')).toEqual([]);
  });
});
