import { describe, expect, it } from 'vitest';
import { disclosure, edited, table } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import { parsedSeed } from '../../../../test/golden/load.js';
import { lineExplained } from './line-explained.js';
import { fact, section, tuples } from './support/fixture.js';

const id = 'narrative:line-explained';
const gb = table('general-budget', [
  ['total', { total: 30 }],
  ['201', { total: 30 }, { name: '一般公共服务支出' }],
  ['20103', { total: 30 }, { name: '政府办公厅（室）及相关机构事务' }],
  ['2010301', { total: 20 }, { name: '行政运行' }],
  ['2010350', { total: 10 }, { name: '事业运行' }],
  ['2010399', {}, { name: '其他政府办公厅（室）及相关机构事务支出' }],
]);
const line = (name: string, code: string) =>
  fact(
    {
      kind: 'function',
      level: '项',
      code,
      path: ['一般公共服务支出', '政府办公厅（室）及相关机构事务', name],
    },
    'general-budget',
    {
      section: '（三）',
      parent: '五',
      amount: 1,
    },
  );
const detail = (text: string) => section('（三）', '一般公共预算当年拨款具体使用情况', text, '五');

describe(id, () => {
  it('passes every 项 with money that has a statement; a blank 项 needs none', () => {
    const d = disclosure([gb], {
      narrative: {
        sections: [detail('')],
        facts: [line('行政运行', '2010301'), line('事业运行', '2010350')],
      },
    });
    expect(tuples(lineExplained, d)).toEqual([
      [id, 'general-budget', '2010301', undefined, 'pass'],
      [id, 'general-budget', '2010350', undefined, 'pass'],
    ]);
  });

  it('fails a 项 the 具体使用情况 does not explain', () => {
    // 2010350 事业运行 10.00 in 表5, not named in the section
    const d = disclosure([gb], {
      narrative: {
        sections: [detail('1、行政运行（项）：…')],
        facts: [line('行政运行', '2010301')],
      },
    });
    expect(tuples(lineExplained, d)).toEqual([
      [id, 'general-budget', '2010301', undefined, 'pass'],
      [id, 'general-budget', '2010350', undefined, 'fail'],
    ]);
  });

  it('is insufficient_data for a 项 the section names but no statement was read for', () => {
    const d = disclosure([gb], {
      narrative: {
        sections: [detail('2、事业运行（项）：2025年预算数为…')],
        facts: [line('行政运行', '2010301')],
      },
    });
    expect(tuples(lineExplained, d).map((t) => t[4])).toEqual(['pass', 'insufficient_data']);
  });

  it('does not apply where the 情况说明 explains no lines', () => {
    expect(tuples(lineExplained, disclosure([gb]))).toEqual([]);
  });

  const seed = '004_88207d3c283235c9.txt';
  it.skipIf(!hasShared('seeds', seed))(
    `seed 004 without its 住房公积金 statement (${needsShared('seeds', seed)})`,
    () => {
      const d = edited(parsedSeed(seed).disclosure, (c) => {
        c.narrative.facts = c.narrative.facts.filter(
          (f) => !(f.subject.kind === 'function' && f.subject.code === '2210201'),
        );
        // and the section text loses its sentence (4.住房保障支出（类）…住房公积金缴费基数增加。)
        for (const s of c.narrative.sections)
          s.text = s.text.replace(/4\.住房保障支出[^。]*。/, '');
      });
      // 表五 2210201 住房公积金 16.87 is left unexplained.
      expect(tuples(lineExplained, d).filter((t) => t[4] !== 'pass')).toEqual([
        [id, 'general-budget', '2210201', undefined, 'fail'],
      ]);
    },
  );
});
