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
import { threePublicVehicleSplit as rule } from './three-public-vehicle-split.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '“三公”经费';
describe('completeness:three-public-vehicle-split', () => {
  const id = rule.id;
  it('passes 购置费 and 运行费 stated apart', () => {
    const facts: NarrativeFact[] = [
      {
        section: '十',
        subject: { kind: 'three-public', item: 'total' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        amount: 96.8,
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
    expect(run(disclosure([], said('三公', facts)))).toEqual([[id, S, 'pass']]);
  });
  it('fails 公务用车购置及运行费 stated only as one figure', () => {
    const facts: NarrativeFact[] = [
      {
        section: '十',
        subject: { kind: 'three-public', item: 'total' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        amount: 96.8,
      },
      {
        section: '十',
        subject: { kind: 'three-public', item: 'vehicle' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        amount: 96.8,
      },
    ];
    expect(run(disclosure([], said('三公', facts)))).toEqual([[id, S, 'fail']]);
  });
  it('does not apply when 三公 is not stated, or the vehicle money is nil', () => {
    expect(run(disclosure([], said('收支')))).toEqual([[id, S, 'not_applicable']]);
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
              amount: 0,
            },
          ]),
        ),
      ),
    ).toEqual([[id, S, 'not_applicable']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both: 000 购置费 0.00 / 运行费 313.61; 004 购置 80.00 / 运行费 16.80', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
