import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import { makeContext } from '../../context.js';
import { operatingCosts as rule } from './operating-costs.js';

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

const S = '机关运行经费';
describe('completeness:operating-costs', () => {
  const id = rule.id;
  it('passes a stated amount', () => {
    const d = disclosure([], {
      ...said('机关运行经费'),
      operatingCosts: { amount: 35.76, unit: '万元', text: '机关运行经费财政拨款预算35.76万元' },
    });
    expect(run(d)).toEqual([[id, S, 'pass']]);
  });
  it('fails a 情况说明 that never states it', () => {
    expect(run(disclosure([], said('政府采购预算97.37万元')))).toEqual([[id, S, 'fail']]);
  });
  it('is insufficient_data when mentioned but not read', () => {
    expect(run(disclosure([], said('（一）机关运行经费情况 ……')))).toEqual([
      [id, S, 'insufficient_data'],
    ]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both: 000 1,483.17万元; 004 35.76万元', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
