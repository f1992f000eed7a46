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
import { threePublicReasons as rule } from './three-public-reasons.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '“三公”经费';
describe('completeness:three-public-reasons', () => {
  const id = rule.id;
  it('passes changes with reasons; a total explained by its items', () => {
    const facts: NarrativeFact[] = [
      {
        section: '十',
        subject: { kind: 'three-public', item: 'total' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        change: { direction: 'increase', amount: 80 },
      },
      {
        section: '十',
        subject: { kind: 'three-public', item: 'vehicle-purchase' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        change: { direction: 'increase', amount: 80 },
        reason: '新增购车经费',
      },
    ];
    expect(run(disclosure([], said('三公', facts)))).toEqual([
      [id, `${S}/“三公”经费合计`, 'pass'],
      [id, `${S}/公务用车购置费`, 'pass'],
    ]);
  });
  it('fails a change with no reason', () => {
    const facts: NarrativeFact[] = [
      {
        section: '十',
        subject: { kind: 'three-public', item: 'reception' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        change: { direction: 'decrease', amount: 2 },
      },
    ];
    expect(run(disclosure([], said('三公', facts)))).toEqual([[id, `${S}/公务接待费`, 'fail']]);
  });
  it('passes when nothing changed, and does not apply when no change is stated', () => {
    const facts: NarrativeFact[] = [
      {
        section: '十',
        subject: { kind: 'three-public', item: 'total' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        change: { direction: 'unchanged', amount: 0 },
      },
    ];
    expect(run(disclosure([], said('三公', facts)))).toEqual([[id, S, 'pass']]);
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
              amount: 5,
            },
          ]),
        ),
      ),
    ).toEqual([[id, S, 'not_applicable']]);
  });
  seedsDescribe(SEEDS, () => {
    it("000: nothing changed (增加 0.00 throughout); 004: +80.00 explained by 购置费's reason", () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([
        [id, `${S}/“三公”经费合计`, 'pass'],
        [id, `${S}/公务用车购置费`, 'pass'],
      ]);
    });
  });
});
