import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { functionLineAmount } from './function-line-amount.js';
import { fact, numbers, tuples } from './support/fixture.js';

const id = 'narrative:function-line-amount';
// Seed 004 表五 (names as printed).
const gb = table('general-budget', [
  ['201', { total: 662.96 }, { name: '一般公共服务支出' }],
  ['20103', { total: 662.96 }, { name: '政府办公厅（室）及相关机构事务' }],
  ['2010399', { total: 355.86 }, { name: '其他政府办公厅（室）及相关机构事务支出' }],
  ['2010350', { total: 307.1 }, { name: '事业运行（政府办公厅（室）及相关机构事务）' }],
]);
const line = (path: string[], code?: string) => ({
  kind: 'function' as const,
  level: '项' as const,
  path,
  ...(code ? { code } : {}),
});
const office = ['一般公共服务支出', '政府办公厅（室）及相关机构事务'];

describe(id, () => {
  it('finds a 项 by code or by its names (a trailing bracket group tolerated)', () => {
    const facts = [
      fact(
        line([...office, '其他政府办公厅（室）及相关机构事务支出'], '2010399'),
        'general-budget',
        {
          amount: 355.86,
        },
      ),
      fact(line([...office, '事业运行']), 'general-budget', { amount: 307.1 }),
    ];
    expect(
      tuples(functionLineAmount, disclosure([gb], { narrative: { sections: [], facts } })),
    ).toEqual([
      [id, 'general-budget', '2010399', 'total', 'pass'],
      [id, 'general-budget', '2010350', 'total', 'pass'],
    ]);
  });

  it('accepts a 项 stated with 0 that the table does not print (last year’s line)', () => {
    // Seed 004 五（三）5: 突发公共卫生事件应急处理 0万元, 下降100%
    const facts = [
      fact(
        line(['卫生健康支出', '公共卫生', '突发公共卫生事件应急处理'], '2100410'),
        'general-budget',
        {
          amount: 0,
        },
      ),
    ];
    expect(
      tuples(functionLineAmount, disclosure([gb], { narrative: { sections: [], facts } })),
    ).toEqual([[id, 'general-budget', '2100410', 'total', 'pass']]);
  });

  it('fails a 项 that differs, and a 项 with money the table lacks', () => {
    // 事业运行 370.1 vs 307.1: +63.00; 2100410 60.00 stated, no such row
    const facts = [
      fact(line([...office, '事业运行'], '2010350'), 'general-budget', { amount: 370.1 }),
      fact(
        line(['卫生健康支出', '公共卫生', '突发公共卫生事件应急处理'], '2100410'),
        'general-budget',
        {
          amount: 60,
        },
      ),
    ];
    expect(
      numbers(functionLineAmount, disclosure([gb], { narrative: { sections: [], facts } })),
    ).toEqual([
      ['fail', 307.1, 370.1],
      ['fail', 0, 60],
    ]);
  });

  it('is insufficient_data on an unplaced cell', () => {
    const t = table('general-budget', [
      [
        '2010350',
        {},
        { name: '事业运行', unplaced: [{ value: 1, candidates: ['total', 'basic'] }] },
      ],
    ]);
    const facts = [fact(line([...office, '事业运行'], '2010350'), 'general-budget', { amount: 1 })];
    expect(
      tuples(functionLineAmount, disclosure([t], { narrative: { sections: [], facts } })),
    ).toEqual([[id, 'general-budget', '2010350', 'total', 'insufficient_data']]);
  });
});
