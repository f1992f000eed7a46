import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import { makeContext } from '../../context.js';
import { procurement as rule } from './procurement.js';

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
