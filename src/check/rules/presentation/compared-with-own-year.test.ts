import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { run, section } from '../narrative/support/fixture.js';
import { comparedWithOwnYear } from './compared-with-own-year.js';

const id = 'presentation:compared-with-own-year';
const doc = (text: string, kind: '预算' | '决算' = '预算', year = 2026): Disclosure => {
  const d = disclosure([], {
    narrative: { sections: [section('', '2026年部门预算编制说明', text)], facts: [] },
  });
  return { ...d, identity: { ...d.identity, kind, year } };
};
const found = (d: Disclosure) => run(comparedWithOwnYear, d).map((f) => [id, f.outcome, f.note]);

describe(id, () => {
  it('finds a 2026 budget compared with 2026 (司法局 2026 编制说明)', () => {
    const text =
      '财政拨款收入9628.22万元，比2026年预算增加793.14万元；政府性基金拨款支出预算0万元，与2026年预算持平。';
    expect(found(doc(text))).toEqual([
      [id, 'fail', '…收入9628.22万元，比2026年预算增加793.14万元；政…'],
      [id, 'fail', '…基金拨款支出预算0万元，与2026年预算持平。…'],
    ]);
  });

  it('accepts last year, and leaves a 决算 against its own year’s budget alone', () => {
    expect(found(doc('比2025年预算增加793.14万元；比2025年预算执行数增加1.01%。'))).toEqual([]);
    expect(found(doc('支出决算与2024年预算相比减少53.87万元。', '决算', 2024))).toEqual([]);
  });
});
