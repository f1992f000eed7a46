// The narrative writer (issue 4): seed phrasing for shares and changes, and a large change without
// a reason flagged — never explained by compose.
import { describe, expect, it } from 'vitest';
import { compose, type BudgetInputDraft } from '../../src/compose/index.js';

const base: BudgetInputDraft = {
  identity: { department: '测试厅', year: 2025 },
  items: [
    {
      unit: '测试厅',
      functionCode: '2010301',
      economicCode: '30101',
      source: '一般公共预算',
      type: '人员经费',
      amount: 3_000_000,
    },
    {
      unit: '测试厅',
      functionCode: '2010399',
      economicCode: '30201',
      source: '一般公共预算',
      type: '项目',
      project: '业务经费',
      amount: 1_000_000,
    },
  ],
};

function section(input: BudgetInputDraft, number: string) {
  return compose(input).disclosure.narrative.sections.find((s) => s.number === number)?.text;
}

describe('compose: narrative (issue 4)', () => {
  it('states shares and changes in the seeds’ words, with the given reason', () => {
    const text = section(
      {
        ...base,
        prior: { '支出:基本支出': 2_500_000, '支出:项目支出': 1_000_000 },
        reasons: { '支出:基本支出': '人员增加' },
      },
      '三',
    );
    // 300 / 400 = 75%; (300 − 250) / 250 = 20%; 项目 unchanged: 增加0.00万元，增长0.00%.
    expect(text).toBe(
      '测试厅2025年支出预算400.00万元，其中：基本支出300.00万元，占75.00%，比上年预算增加50.00万元，增长20.00%，主要原因是人员增加。' +
        '项目支出100.00万元，占25.00%，比上年预算增加0.00万元，增长0.00%。',
    );
  });

  it('flags a change of 10% or more without a reason and writes none', () => {
    const { disclosure, warnings } = compose({ ...base, prior: { '支出:项目支出': 1_250_000 } });
    // (100 − 125) / 125 = −20%.
    expect(warnings.filter((w) => w.code === 'reason-missing').map((w) => w.subject)).toEqual([
      '支出:项目支出',
    ]);
    const fact = disclosure.narrative.facts.find(
      (f) => f.section === '三' && f.subject.kind === 'expenditure' && f.subject.type === 'project',
    );
    expect(fact).toMatchObject({
      amount: 100,
      share: 25,
      change: { direction: 'decrease', amount: 25, percent: 20 },
    });
    expect(fact?.reason).toBeUndefined();
  });

  it('a change of less than 10% needs no reason', () => {
    const { warnings } = compose({ ...base, prior: { '支出:项目支出': 1_050_000 } });
    expect(warnings.filter((w) => w.code === 'reason-missing')).toEqual([]);
  });

  it('warns about the parts a disclosure must state that the input lacks', () => {
    const { warnings } = compose(base);
    expect(warnings.filter((w) => w.code === 'matter-missing').map((w) => w.subject)).toEqual([
      '职能',
      '内设机构',
      '政府采购',
      '国有资产',
      '机关运行经费',
      '上年数',
    ]);
    expect(warnings.filter((w) => w.code === 'project-undescribed').map((w) => w.subject)).toEqual([
      '业务经费',
    ]);
  });
});
