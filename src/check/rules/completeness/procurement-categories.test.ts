import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { makeContext } from '../../context.js';
import { procurementCategories as rule } from './procurement-categories.js';

const SEED_000 = '000_c55cbe189efa8a40.txt';
const SEED_004 = '004_88207d3c283235c9.txt';

function run(d: Disclosure) {
  return rule.evaluate(d, makeContext(d)).map((f) => [rule.id, f.location.subject, f.outcome]);
}

const seedsDescribe = describe.skipIf(!hasShared('seeds'));
const SEEDS = `on the seeds (${needsShared('seeds')})`;

const S = '政府采购（货物、工程、服务）';
describe('completeness:procurement-categories', () => {
  const id = rule.id;
  it('passes 货物, 工程 and 服务 each stated (0 included), and a nil budget', () => {
    const p = {
      unit: '万元' as const,
      total: 97.37,
      goods: 82.67,
      works: 0,
      services: 14.7,
      text: '…',
    };
    expect(run(disclosure([], { procurement: p }))).toEqual([[id, S, 'pass']]);
    expect(run(disclosure([], { procurement: { unit: '万元', total: 0, text: '…' } }))).toEqual([
      [id, S, 'pass'],
    ]);
  });
  it('fails 工程 left out', () => {
    const d = disclosure([], {
      procurement: { unit: '万元', total: 97.37, goods: 82.67, services: 14.7, text: '…' },
    });
    const found = rule.evaluate(d, makeContext(d));
    expect(found.map((f) => [f.outcome, f.expectedText])).toEqual([['fail', '工程']]);
  });
  it('does not apply without a stated total', () => {
    expect(run(disclosure([]))).toEqual([[id, S, 'not_applicable']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both (000: 205.45 / 133.83 / 1,920.02; 004: 82.67 / 0 / 14.70)', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
