// Facts from small made-up 情况说明 texts, one pattern per test.
import { describe, expect, it } from 'vitest';
import type { LayoutLine } from '../../model/layout.js';
import { NarrativeSchema, type NarrativeFact } from '../../model/narrative.js';
import { parseNarrative } from './index.js';

const layoutLines = (...texts: string[]): LayoutLine[] =>
  texts.map((text, i) => ({ text, line: i + 1, page: 1 }));

function read(...texts: string[]) {
  const r = parseNarrative(layoutLines(...texts), { unit: '万元', year: 2025 });
  expect(NarrativeSchema.parse(r.narrative)).toEqual(r.narrative);
  return r;
}

const subjectLabel = (f: NarrativeFact): string => {
  const s = f.subject;
  switch (s.kind) {
    case 'total':
      return `total:${s.side}`;
    case 'revenue':
      return `revenue:${s.source}`;
    case 'expenditure':
      return `expenditure:${s.type}`;
    case 'function':
      return `function:${s.level}:${s.path.join('/')}`;
    case 'economic-group':
      return `economic:${s.group}`;
    case 'three-public':
      return `three-public:${s.item}`;
    case 'carryover':
      return `carryover:${s.source}`;
    case 'operating-costs':
      return 'operating-costs';
  }
};
const tuple = (f: NarrativeFact) => [
  subjectLabel(f),
  f.scope,
  f.amount,
  f.share,
  f.change?.direction,
  f.change?.amount,
  f.change?.percent,
];

describe('narrative facts', () => {
  it('reads subject, share, change and reason, and a reason in the next sentence', () => {
    const { narrative, warnings } = read(
      '一、关于甲单位 2025年收入预算情况说明',
      '甲单位收入预算 100.00万元，其中：一般公共预算 90.00万元，占 90.00%，比上年预',
      '算减少 10.00万元，下降 10.00%，主要原因是：一是人员减少；二是项目减少。单位资金',
      '10.00万元，占 10.00%，比上年预算增加 10.00万元。主要原因是新增收入。',
      '政府性基金预算未安排。',
    );
    expect(warnings).toEqual([]);
    expect(narrative.facts.map(tuple)).toEqual([
      ['total:revenue', 'all', 100, undefined, undefined, undefined, undefined],
      ['revenue:general', 'all', 90, 90, 'decrease', 10, 10],
      ['revenue:unit-funds', 'all', 10, 10, 'increase', 10, undefined],
      ['revenue:fund', 'all', undefined, undefined, undefined, undefined, undefined],
    ]);
    const [, general, unit, fund] = narrative.facts;
    expect(general?.reason).toBe('一是人员减少；二是项目减少');
    expect(general?.change?.against).toBe('上年预算');
    expect(general?.at).toEqual({ line: 2, page: 1 });
    expect(unit?.reason).toBe('新增收入');
    expect(unit?.text).toBe(
      '单位资金10.00万元，占 10.00%，比上年预算增加 10.00万元。主要原因是新增收入。',
    );
    expect(fund?.notArranged).toBe(true);
  });

  it('ends a reason at a semicolon followed by the next subject (三公 items)', () => {
    const { narrative } = read(
      '一、关于甲单位 2025年财政拨款“三公”经费预算情况说明',
      '“三公”经费数为 5.00万元，其中：公务用车购置 3.00万元，公务接待费 2.00万元。',
      '“三公”经费比上年增加 3.00万元，其中：公务用车购置费增加 3.00万元，主要原因是新购',
      '车辆；公务接待费增加 0万元，主要原因是无变化。',
    );
    expect(narrative.facts.map(tuple)).toEqual([
      ['three-public:total', 'three-public', 5, undefined, undefined, undefined, undefined],
      [
        'three-public:vehicle-purchase',
        'three-public',
        3,
        undefined,
        undefined,
        undefined,
        undefined,
      ],
      ['three-public:reception', 'three-public', 2, undefined, undefined, undefined, undefined],
      ['three-public:total', 'three-public', undefined, undefined, 'increase', 3, undefined],
      [
        'three-public:vehicle-purchase',
        'three-public',
        undefined,
        undefined,
        'increase',
        3,
        undefined,
      ],
      ['three-public:reception', 'three-public', undefined, undefined, 'unchanged', 0, undefined],
    ]);
    expect(narrative.facts.map((f) => f.reason)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      '新购车辆',
      '无变化',
    ]);
    expect(narrative.facts[3]?.change?.against).toBe('上年');
  });

  it('reads 类/款/项 paths and gives the scope of the section or of its budget clause', () => {
    const { narrative } = read(
      '一、关于甲单位 2025年财政拨款收支预算情况的总体说明',
      '一般公共预算支出包括：一般公共服务支出 8.00万元，主要用于运行；住房保障支出 2.00万元。',
      '二、关于甲单位 2025年一般公共预算当年拨款情况说明',
      '（一）一般公共预算当年拨款结构情况',
      '1、住房保障支出（类）2.00万元，占 20.00%。',
      '（二）一般公共预算当年拨款具体使用情况',
      '1、住房保障支出（类）住房改革支出（款）住房公积金（项）：2025年预算数为 2.00万元，',
      '比上年预算增加 0.50万元，增长 33.33%，主要原因是人员增加。',
    );
    expect(narrative.facts.map(tuple)).toEqual([
      // Listed after "一般公共预算支出包括": stated against the 一般公共预算.
      [
        'function:类:一般公共服务支出',
        'general-budget',
        8,
        undefined,
        undefined,
        undefined,
        undefined,
      ],
      ['function:类:住房保障支出', 'general-budget', 2, undefined, undefined, undefined, undefined],
      ['function:类:住房保障支出', 'general-budget', 2, 20, undefined, undefined, undefined],
      [
        'function:项:住房保障支出/住房改革支出/住房公积金',
        'general-budget',
        2,
        undefined,
        'increase',
        0.5,
        33.33,
      ],
    ]);
    const last = narrative.facts[3];
    expect(last?.subject).toMatchObject({ code: '2210201' });
    expect([last?.section, last?.parent]).toEqual(['（二）', '二']);
  });

  it("sets a 项 against last year's execution (上海: 预算执行数, 预算安排, 比…执行数增加)", () => {
    const { narrative, warnings } = read(
      '一、乙单位2025年部门预算编制说明', // the 上海 form: one section for all lines
      '1、一般公共服务支出（201类）统计信息事务（05款）统计管理（06项）12.50万元。主要用于：',
      '统计调查。2024年当年预算执行数为10.00万元，2025年预算安排12.50万元，比2024年预算执',
      '行数增加25.00%。主要原因是：调查增加。2、住房保障支出（221类）住房改革支出（02款）',
      '住房公积金（01项）8.00万元。2024年预算执行数为8.00万元，2025年预算安排8.00万元，比2024',
      '年预算执行数增加0.00%。',
    );
    expect(warnings).toEqual([]);
    const [stats, housing] = narrative.facts;
    expect(stats).toMatchObject({
      amount: 12.5,
      reason: '调查增加',
      execution: {
        year: 2024,
        amount: 10,
        planned: 12.5,
        change: { direction: 'increase', percent: 25, against: '2024年预算执行数' },
      },
    });
    expect(stats?.change).toBeUndefined(); // the line states no change against last year's budget
    expect(housing).toMatchObject({
      amount: 8,
      execution: { year: 2024, amount: 8, planned: 8, change: { direction: 'unchanged' } },
    });
    // Without a line before it, the clause is not attached to anything.
    const alone = read('一、关于丙单位 2025年支出预算情况说明', '2024年当年预算执行数为5.00万元。');
    expect(alone.narrative.facts).toEqual([]);
    expect(alone.warnings.map((w) => w.code)).toEqual(['field-unplaced']);
  });

  it('reports a figure it cannot attach, and one it cannot read', () => {
    const { narrative, warnings } = read(
      '一、关于甲单位 2025年支出预算情况说明',
      '支出预算 10.00万元，某种说不清的支出 3.00万元，基本支出 6.536278万元。',
    );
    expect(narrative.facts.map(tuple)).toEqual([
      ['total:expenditure', 'all', 10, undefined, undefined, undefined, undefined],
      ['expenditure:basic', 'all', undefined, undefined, undefined, undefined, undefined],
    ]);
    expect(warnings.map((w) => [w.code, w.at?.line])).toEqual([
      ['field-unplaced', 2],
      ['field-unplaced', 2],
    ]);
    expect(warnings[0]?.message).toContain('3.00万元');
  });

  it('reads common variants: 较/与上年相比, 同比增长, a percentage before the amount, 持平', () => {
    const { narrative, warnings } = read(
      '一、关于某局 2024年收入预算情况说明',
      '一般公共预算拨款收入 480.00万元，占收入预算的 96.00%，较上年预算增长 5.00%，增加 22.86万元。',
      '二、关于某局 2024年支出预算情况说明',
      '基本支出 300.00万元，与上年相比增加 10.00万元，同比增长 3.45%，主要原因：人员增加。',
      '项目支出 200.00万元，与上年持平。',
    );
    expect(warnings).toEqual([]);
    expect(narrative.facts.map(tuple)).toEqual([
      ['revenue:general', 'all', 480, 96, 'increase', 22.86, 5],
      ['expenditure:basic', 'all', 300, undefined, 'increase', 10, 3.45],
      ['expenditure:project', 'all', 200, undefined, 'unchanged', undefined, undefined],
    ]);
    expect(narrative.facts.map((f) => [f.change?.against, f.reason])).toEqual([
      ['上年预算', undefined],
      ['上年', '人员增加'],
      ['上年', undefined],
    ]);
  });

  it('reports figures too large to be exact instead of returning them', () => {
    const { narrative, warnings } = read(
      '一、关于甲单位 2025年收入预算情况说明',
      '收入预算 9999999999999999999999万元，占 99999999999999999999.99%，比上年增加 1.00万元。',
    );
    expect(narrative.facts.map(tuple)).toEqual([
      ['total:revenue', 'all', undefined, undefined, 'increase', 1, undefined],
    ]);
    expect(warnings.map((w) => w.message.includes('cannot be read'))).toEqual([true, true]);
  });

  it('leaves projects and other matters to their parsers, but reads 机关运行经费', () => {
    const { narrative, warnings } = read(
      '一、关于甲单位 2025年一般公共预算项目支出情况说明',
      '（一）项目名称：甲项目',
      '预算安排规模：5.00万元',
      '二、其他重要事项的情况说明',
      '（一）机关运行经费情况',
      '机关运行经费财政拨款预算 1.00万元，比上年预算减少 0.10万元，下降 9.09%。',
      '（二）政府采购情况',
      '政府采购预算 2.00万元。',
    );
    expect(warnings).toEqual([]);
    expect(narrative.facts.map(tuple)).toEqual([
      ['operating-costs', 'fiscal', 1, undefined, 'decrease', 0.1, 9.09],
    ]);
  });

  it('reads "无变化" as an unchanged comparison and carryover parts', () => {
    const { narrative } = read(
      '一、关于甲单位 2025年上年结转结余预算情况说明',
      '上年结转结余 3.00万元，包括：财政拨款 2.00万元，非财政拨款 1.00万元，与上年预算相比无变化。',
    );
    expect(narrative.facts.map(tuple)).toEqual([
      ['carryover:all', 'all', 3, undefined, undefined, undefined, undefined],
      ['carryover:fiscal', 'all', 2, undefined, undefined, undefined, undefined],
      ['carryover:nonfiscal', 'all', 1, undefined, 'unchanged', undefined, undefined],
    ]);
  });
});
