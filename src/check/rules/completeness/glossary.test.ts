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
import { glossary as rule } from './glossary.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '名词解释';
describe('completeness:glossary', () => {
  const id = rule.id;
  it('passes a glossary', () => {
    expect(
      run(disclosure([], { ...said('收支'), glossary: [{ term: '基本支出', definition: '…' }] })),
    ).toEqual([[id, S, 'pass']]);
  });
  it('fails a document read without one', () => {
    expect(run(disclosure([], said('收支总预算')))).toEqual([[id, S, 'fail']]);
  });
  it('is insufficient_data when nothing of the document was read', () => {
    expect(run(disclosure([]))).toEqual([[id, S, 'insufficient_data']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both (8 terms each)', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
