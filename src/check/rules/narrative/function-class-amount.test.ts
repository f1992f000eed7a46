import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { functionClassAmount } from './function-class-amount.js';
import { fact, numbers, tuples } from './support/fixture.js';

const id = 'narrative:function-class-amount';
const gb = table('general-budget', [
  ['total', { total: 700.94 }],
  ['201', { total: 662.96 }, { name: '一般公共服务支出' }],
  ['208', { total: 21.11 }, { name: '社会保障和就业支出' }],
  ['221', { total: 16.87 }, { name: '住房保障支出' }],
]);
const cls = (path: string, code?: string) => ({
  kind: 'function' as const,
  level: '类' as const,
  path: [path],
  ...(code ? { code } : {}),
});

describe(id, () => {
  it('finds the 类 by code or by name and passes equal amounts', () => {
    const facts = [
      fact(cls('一般公共服务支出', '201'), 'general-budget', { amount: 662.96 }),
      // no code: resolved from the printed name
      fact(cls('社会保障和就业支出'), 'general-budget', { amount: 21.11 }),
    ];
    expect(
      tuples(functionClassAmount, disclosure([gb], { narrative: { sections: [], facts } })),
    ).toEqual([
      [id, 'general-budget', '201', 'total', 'pass'],
      [id, 'general-budget', '208', 'total', 'pass'],
    ]);
  });

  it('fails a 类 amount that differs, and a 类 with money the table does not have', () => {
    // 住房保障支出 16.78 vs 16.87: −0.09; 卫生健康支出 5.00 but no 210 row in the table
    const facts = [
      fact(cls('住房保障支出', '221'), 'general-budget', { amount: 16.78 }),
      fact(cls('卫生健康支出', '210'), 'general-budget', { amount: 5 }),
    ];
    const d = disclosure([gb], { narrative: { sections: [], facts } });
    expect(numbers(functionClassAmount, d)).toEqual([
      ['fail', 16.87, 16.78],
      ['fail', 0, 5],
    ]);
  });

  it('is insufficient_data when the name matches two rows', () => {
    const twice = table('general-budget', [
      ['201', { total: 1 }, { name: '其他支出' }],
      ['229', { total: 2 }, { name: '其他支出' }],
    ]);
    const facts = [fact(cls('其他支出'), 'general-budget', { amount: 1 })];
    expect(
      tuples(functionClassAmount, disclosure([twice], { narrative: { sections: [], facts } })),
    ).toEqual([[id, '二', '其他支出', undefined, 'insufficient_data']]);
  });
});
