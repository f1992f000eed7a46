import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { makeContext } from '../../context.js';
import { procurementSme as rule } from './procurement-sme.js';

const SEED_000 = '000_c55cbe189efa8a40.txt';
const SEED_004 = '004_88207d3c283235c9.txt';

function run(d: Disclosure) {
  return rule.evaluate(d, makeContext(d)).map((f) => [rule.id, f.location.subject, f.outcome]);
}

const seedsDescribe = describe.skipIf(!hasShared('seeds'));
const SEEDS = `on the seeds (${needsShared('seeds')})`;

const S = '政府采购面向中小企业预留';
describe('completeness:procurement-sme', () => {
  const id = rule.id;
  it('passes a stated reservation (0 included)', () => {
    expect(
      run(
        disclosure([], { procurement: { unit: '万元', total: 97.37, smeReserved: 0, text: '…' } }),
      ),
    ).toEqual([[id, S, 'pass']]);
  });
  it('fails a procurement budget with no reservation stated', () => {
    expect(run(disclosure([], { procurement: { unit: '万元', total: 97.37, text: '…' } }))).toEqual(
      [[id, S, 'fail']],
    );
  });
  it('does not apply without a stated total', () => {
    expect(run(disclosure([]))).toEqual([[id, S, 'not_applicable']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both: 000 902.28万元; 004 0万元', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
