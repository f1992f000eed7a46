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
import { assets as rule } from './assets.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '国有资产占用使用情况';
describe('completeness:assets', () => {
  const id = rule.id;
  it('passes stated holdings', () => {
    const d = disclosure([], {
      ...said('国有资产'),
      assets: { unit: '万元', vehicles: { count: 8, byKind: [] }, text: '…' },
    });
    expect(run(d)).toEqual([[id, S, 'pass']]);
  });
  it('fails a 情况说明 that never states them', () => {
    expect(run(disclosure([], said('政府采购预算97.37万元')))).toEqual([[id, S, 'fail']]);
  });
  it('is insufficient_data when mentioned but not read, or when the parse left text unplaced', () => {
    expect(run(disclosure([], said('（三）国有资产占用使用情况 ……')))).toEqual([
      [id, S, 'insufficient_data'],
    ]);
    const doubt = disclosure([], {
      ...said('收支'),
      warnings: [{ code: 'text-unplaced', message: '…' }],
    });
    expect(run(doubt)).toEqual([[id, S, 'insufficient_data']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both (000: 车辆 97辆; 004: 车辆 8辆)', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
