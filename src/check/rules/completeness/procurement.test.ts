import { describe, expect, it } from 'vitest';
import {
  SEEDS,
  SEED_000,
  SEED_004,
  said,
  seedsDescribe,
  subjectTuples,
} from '../../../../test/helpers/rules.js';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { procurement as rule } from './procurement.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '政府采购';
describe('completeness:procurement', () => {
  const id = rule.id;
  it('passes a stated 政府采购 budget', () => {
    const d = disclosure([], {
      ...said('政府采购'),
      procurement: { unit: '万元', total: 97.37, text: '…' },
    });
    expect(run(d)).toEqual([[id, S, 'pass']]);
  });
  it('fails a 情况说明 without it', () => {
    expect(run(disclosure([], said('机关运行经费35.76万元')))).toEqual([[id, S, 'fail']]);
  });
  it('is insufficient_data when the words are there but no figure was read', () => {
    expect(run(disclosure([], said('（二）政府采购情况 ……')))).toEqual([
      [id, S, 'insufficient_data'],
    ]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both: 000 2,259.30万元; 004 97.37万元', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
