import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { classListed } from './class-listed.js';
import { fact, tuples } from './support/fixture.js';

const id = 'narrative:class-listed';
const gb = table('general-budget', [
  ['201', { total: 662.96 }, { name: '一般公共服务支出' }],
  ['208', { total: 21.11 }, { name: '社会保障和就业支出' }],
  ['221', { total: 16.87 }, { name: '住房保障支出' }],
]);
const cls = (name: string, code: string) =>
  fact({ kind: 'function', level: '类', code, path: [name] }, 'general-budget', {
    section: '（二）',
    parent: '五',
    amount: 1,
  });

describe(id, () => {
  it('passes a 结构情况 that names every 类', () => {
    const facts = [
      cls('一般公共服务支出', '201'),
      cls('社会保障和就业支出', '208'),
      cls('住房保障支出', '221'),
    ];
    expect(
      tuples(classListed, disclosure([gb], { narrative: { sections: [], facts } })).map(
        (t) => t[4],
      ),
    ).toEqual(['pass', 'pass', 'pass']);
  });

  it('warns about a 类 left out', () => {
    // 221 住房保障支出 16.87 is not listed
    const facts = [cls('一般公共服务支出', '201'), cls('社会保障和就业支出', '208')];
    expect(tuples(classListed, disclosure([gb], { narrative: { sections: [], facts } }))).toEqual([
      [id, 'general-budget', '201', undefined, 'pass'],
      [id, 'general-budget', '208', undefined, 'pass'],
      [id, 'general-budget', '221', undefined, 'fail'],
    ]);
  });

  it('is insufficient_data on an unplaced 类 total, silent where no 类 is listed', () => {
    const t = table('general-budget', [
      [
        '201',
        { basic: 1 },
        { name: '一般公共服务支出', unplaced: [{ value: 1, candidates: ['total', 'project'] }] },
      ],
    ]);
    const facts = [cls('住房保障支出', '221')];
    expect(tuples(classListed, disclosure([t], { narrative: { sections: [], facts } }))).toEqual([
      [id, 'general-budget', '201', undefined, 'insufficient_data'],
    ]);
    expect(tuples(classListed, disclosure([gb]))).toEqual([]);
  });
});
