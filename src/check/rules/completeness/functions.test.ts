import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { makeContext } from '../../context.js';
import { functions as rule } from './functions.js';

const SEED_000 = '000_c55cbe189efa8a40.txt';
const SEED_004 = '004_88207d3c283235c9.txt';

function run(d: Disclosure) {
  return rule.evaluate(d, makeContext(d)).map((f) => [rule.id, f.location.subject, f.outcome]);
}

const seedsDescribe = describe.skipIf(!hasShared('seeds'));
const SEEDS = `on the seeds (${needsShared('seeds')})`;

const S = '部门职责（主要职能）';
const overview = (functions: string[], text: string) => ({
  overview: {
    functions,
    internalUnits: { names: [] },
    budgetUnits: { names: [] },
    staffing: {},
    text,
  },
});
describe('completeness:functions', () => {
  const id = rule.id;
  it('passes listed 主要职能', () => {
    expect(run(disclosure([], overview(['负责…'], '')))).toEqual([[id, S, 'pass']]);
  });
  it('fails an overview read without them', () => {
    expect(run(disclosure([], overview([], '内设机构4个。')))).toEqual([[id, S, 'fail']]);
  });
  it('is insufficient_data when the words are there, or when no overview was read', () => {
    expect(run(disclosure([], overview([], '主要职能是：……')))).toEqual([
      [id, S, 'insufficient_data'],
    ]);
    expect(run(disclosure([]))).toEqual([[id, S, 'insufficient_data']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both (000: 12 items; 004: 6 items)', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
