import { describe, expect, it } from 'vitest';
import {
  SEEDS,
  SEED_000,
  SEED_004,
  seedsDescribe,
  subjectTuples,
} from '../../../../test/helpers/rules.js';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { makeContext } from '../../context.js';
import { procurementCategories as rule } from './procurement-categories.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

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
