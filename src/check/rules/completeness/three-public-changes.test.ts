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
import { threePublicChanges as rule } from './three-public-changes.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '“三公”经费';
describe('completeness:three-public-changes', () => {
  const id = rule.id;
  it('passes the total and every item with money stated with a change', () => {
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
        subject: { kind: 'three-public', item: 'vehicle-operation' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        amount: 16.8,
      },
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
        subject: { kind: 'three-public', item: 'total' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        change: { direction: 'increase', amount: 80 },
      },
      {
        section: '十',
        subject: { kind: 'three-public', item: 'vehicle-operation' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        change: { direction: 'unchanged', amount: 0 },
      },
    ];
    expect(run(disclosure([], said('三公', facts)))).toEqual([
      [id, `${S}/“三公”经费合计`, 'pass'],
      [id, `${S}/公务用车运行费`, 'pass'],
    ]);
  });
  it('fails an item with money whose change is not stated', () => {
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
        subject: { kind: 'three-public', item: 'total' },
        scope: 'three-public',
        unit: '万元',
        text: '三公',
        change: { direction: 'increase', amount: 80 },
      },
    ];
    expect(run(disclosure([], said('三公', facts)))).toEqual([
      [id, `${S}/“三公”经费合计`, 'pass'],
      [id, `${S}/公务用车购置费`, 'fail'],
    ]);
  });
  it('does not apply when 三公 is not stated', () => {
    expect(run(disclosure([], said('收支')))).toEqual([[id, S, 'not_applicable']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes 000 (合计, 运行费, 接待费 each 增加 0.00) and 004 (合计 +80.00, 购置费 +80.00, 运行费 +0)', () => {
      expect(run(parsedSeed(SEED_000).disclosure).map((t) => t[2])).toEqual([
        'pass',
        'pass',
        'pass',
      ]);
      expect(run(parsedSeed(SEED_004).disclosure).map((t) => t[2])).toEqual([
        'pass',
        'pass',
        'pass',
      ]);
    });
  });
});
