import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { fact, numbers, tuples } from './support/fixture.js';
import { threePublicAmount } from './three-public-amount.js';

const id = 'narrative:three-public-amount';
// Seed 000 表10: 合计 320.81 = 公务用车运行费 313.61 + 公务接待费 7.20.
const rows = [
  ['total', { total: 320.81, general: 320.81 }],
  ['#outbound', {}],
  ['#reception', { total: 7.2, general: 7.2 }],
  ['#vehicle', { total: 313.61, general: 313.61 }],
  ['#vehicle-purchase', {}],
  ['#vehicle-operation', { total: 313.61, general: 313.61 }],
] as const;
const tp = table(
  'three-public',
  rows.map(([k, v]) => [k, { ...v }]),
);
const item = (i: 'total' | 'outbound' | 'reception' | 'vehicle-operation') => ({
  kind: 'three-public' as const,
  item: i,
});

describe(id, () => {
  it('passes the stated "三公" figures equal to the table', () => {
    const facts = [
      fact(item('total'), 'three-public', { amount: 320.81 }),
      fact(item('outbound'), 'three-public', { amount: 0 }),
      fact(item('reception'), 'three-public', { amount: 7.2 }),
    ];
    expect(
      tuples(threePublicAmount, disclosure([tp], { narrative: { sections: [], facts } })),
    ).toEqual([
      [id, 'three-public', 'total', 'total', 'pass'],
      [id, 'three-public', 'outbound', 'total', 'pass'],
      [id, 'three-public', 'reception', 'total', 'pass'],
    ]);
  });

  it('fails a figure that differs', () => {
    // 公务用车运行费 313.16 vs 313.61: −0.45
    const facts = [fact(item('vehicle-operation'), 'three-public', { amount: 313.16 })];
    expect(
      numbers(threePublicAmount, disclosure([tp], { narrative: { sections: [], facts } })),
    ).toEqual([['fail', 313.61, 313.16]]);
  });

  it('minds the units: a table in 元 against text in 万元', () => {
    // 72,000.00 元 = 7.20 万元; 7.02 万元 is not
    const inYuan = {
      ...table('three-public', [['#reception', { total: 72000 }]]),
      unit: '元' as const,
    };
    const facts = [
      fact(item('reception'), 'three-public', { amount: 7.2 }),
      fact(item('reception'), 'three-public', { amount: 7.02 }),
    ];
    expect(
      numbers(threePublicAmount, disclosure([inYuan], { narrative: { sections: [], facts } })),
    ).toEqual([
      ['pass', 7.2, 7.2],
      ['fail', 7.2, 7.02],
    ]);
  });

  it('is insufficient_data on an unplaced cell', () => {
    const t = table('three-public', [
      ['#reception', {}, { unplaced: [{ value: 7.2, candidates: ['total', 'general'] }] }],
    ]);
    const facts = [fact(item('reception'), 'three-public', { amount: 7.2 })];
    expect(
      tuples(threePublicAmount, disclosure([t], { narrative: { sections: [], facts } })),
    ).toEqual([[id, 'three-public', 'reception', 'total', 'insufficient_data']]);
  });
});
