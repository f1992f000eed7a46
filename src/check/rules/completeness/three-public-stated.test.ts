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
import type { NarrativeFact } from '../../../model/narrative.js';
import { threePublicStated as rule } from './three-public-stated.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '“三公”经费';
describe('completeness:three-public-stated', () => {
  const id = rule.id;
  it('passes a stated total, or every item', () => {
    expect(
      run(
        disclosure(
          [],
          said('三公', [
            {
              section: '十',
              subject: { kind: 'three-public', item: 'total' },
              scope: 'three-public',
              unit: '万元',
              text: '三公',
              amount: 96.8,
            },
          ]),
        ),
      ),
    ).toEqual([[id, S, 'pass']]);
    const items: NarrativeFact[] = [
      {
        section: '十',
        subject: { kind: 'three-public', item: 'outbound' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        amount: 0,
      },
      {
        section: '十',
        subject: { kind: 'three-public', item: 'reception' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        amount: 0,
      },
      {
        section: '十',
        subject: { kind: 'three-public', item: 'vehicle-purchase' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        amount: 80,
      },
      {
        section: '十',
        subject: { kind: 'three-public', item: 'vehicle-operation' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        amount: 16.8,
      },
    ];
    expect(run(disclosure([], said('三公', items)))).toEqual([[id, S, 'pass']]);
  });
  it('fails a 情况说明 that never speaks of 三公', () => {
    expect(run(disclosure([], said('收支总预算 700.94万元。')))).toEqual([[id, S, 'fail']]);
  });
  it('is insufficient_data when 三公 is mentioned but no figure was read, or no 情况说明 was read', () => {
    expect(run(disclosure([], said('“三公”经费预算情况说明 ……')))).toEqual([
      [id, S, 'insufficient_data'],
    ]);
    expect(run(disclosure([]))).toEqual([[id, S, 'insufficient_data']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both: 000 十 320.81万元; 004 八 96.80万元', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
