import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import { makeContext } from '../../context.js';
import { threePublicReasons as rule } from './three-public-reasons.js';

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
