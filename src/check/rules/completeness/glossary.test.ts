import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import { makeContext } from '../../context.js';
import { glossary as rule } from './glossary.js';

const SEED_000 = '000_c55cbe189efa8a40.txt';
const SEED_004 = '004_88207d3c283235c9.txt';

function run(d: Disclosure) {
  return rule.evaluate(d, makeContext(d)).map((f) => [rule.id, f.location.subject, f.outcome]);
}

/** A 情况说明 of one section with this text. */
const said = (text: string, facts: NarrativeFact[] = []): Partial<Disclosure> => ({
  narrative: { sections: [{ number: '一', title: '情况说明', text }], facts },
});

const seedsDescribe = describe.skipIf(!hasShared('seeds'));
const SEEDS = `on the seeds (${needsShared('seeds')})`;

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
