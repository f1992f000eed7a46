import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { run, section } from '../narrative/support/fixture.js';
import { templateResidue } from './template-residue.js';

const id = 'presentation:template-residue';
const withText = (text: string) =>
  disclosure([], { narrative: { sections: [section('三', '支出预算情况说明', text)], facts: [] } });
const found = (text: string) =>
  run(templateResidue, withText(text)).map((f) => [
    id,
    f.location.section,
    f.outcome,
    f.actualText,
  ]);

describe(id, () => {
  it('finds both directions left as alternatives', () => {
    expect(found('基本支出 10.00万元，比上年预算增加（减少）1.00万元，下降(增长)10.00%。')).toEqual(
      [
        [id, '三', 'fail', '增加（减少）'],
        [id, '三', 'fail', '下降(增长)'],
      ],
    );
    expect(found('比上年增加/减少 1.00万元')).toEqual([[id, '三', 'fail', '增加/减少']]);
  });

  it('passes filled-in wording (seed 000 三)', () => {
    expect(
      found(
        '基本支出 10,039.01万元，占 70.18%，比上年预算减少 286.49万元，下降 2.77%，主要原因是…基本支出减少。',
      ),
    ).toEqual([]);
  });
});
