// The fast readings must read exactly as the plain ones they stand for: RunCodes as features()
// on every joined run, valueShape as parseIndicatorValue, the piece label lookups as the match-key
// ones. Texts are made of the letters and words that drive each pattern.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayoutLine } from '../../model/layout.js';
import { kindBound, kindScore } from './cell-kinds.js';
import type { Slot } from './columns.js';
import {
  decodeFeatures,
  featureCode,
  START_BASIS_EXACT,
  START_COMPARATOR,
  START_DASHES,
  START_NUMBER,
  START_WEIGHT,
} from './feature-codes.js';
import { isLabelPrefix, isPieceLabelPrefix, knownLabel, knownPieceLabel } from './labels.js';
import type { Piece } from './pieces.js';
import { features, RunCodes } from './text-features.js';
import { parseIndicatorValue, valueShape } from './value.js';

const ATOMS = [
  ...['1', '0', '9', '12', '100', '3,348', '.', ',', '＞', '=', '＜', '≥', '>=', '＞=', '+', '-'],
  ...['－', '—', '无', '/', '%', '次', '平方米', '万元', '年', '月', '日', '前', '2025年', '12月'],
  ...['历史标准', '历史', '标准', '标', '准', '依据', '计划', '其他', '赋', '分', '赋分', '得分'],
  ...['工作', '资料', '说明', '材料', '凭证', '报告', '，', '、', '产出', '指标', '满意', '度指'],
  ...['成本', '经济', '效益', '履职效能', '服务对象', '(', '（', 'a', 'x', 'constructor'],
];
const textArb = (max: number) =>
  fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: max }).map((a) => a.join(''));
const LINE: LayoutLine = { text: '', line: 1 };
const piece = (text: string): Piece => ({
  kind: 'piece',
  text,
  line: LINE,
  join: 'line',
  afterLabel: false,
});
const MAX_LEN = 8;

describe('fast text readings', () => {
  it('RunCodes reads every run as features() reads the joined text', () => {
    fc.assert(
      fc.property(fc.array(textArb(3), { minLength: 1, maxLength: 14 }), (texts) => {
        const pieces = texts.map(piece);
        const runs = new RunCodes(pieces, MAX_LEN);
        for (let from = 0; from < texts.length; from++)
          for (let len = 1; len <= MAX_LEN && from + len <= texts.length; len++) {
            const joined = texts.slice(from, from + len).join('');
            expect(runs.code(from, len), joined).toBe(featureCode(features(joined)));
          }
      }),
      { numRuns: 300 },
    );
  });

  it('kindBound is at least the kind score of every run of two pieces or more, as its start allows', () => {
    const slots: Slot[] = ['name', 'value', 'basis', 'lastYear', 'weight', 'scoring', 'evidence'];
    fc.assert(
      fc.property(fc.array(textArb(3), { minLength: 1, maxLength: 10 }), (texts) => {
        const runs = new RunCodes(texts.map(piece), MAX_LEN);
        for (let from = 0; from < texts.length; from++)
          for (let len = 2; len <= MAX_LEN && from + len <= texts.length; len++) {
            const f = decodeFeatures(runs.code(from, len));
            for (const slot of slots) {
              const bound = kindBound(slot, runs.longStarts(from));
              expect(
                kindScore(slot, f),
                `${slot} ${texts.slice(from, from + len).join('')}`,
              ).toBeLessThanOrEqual(bound);
            }
          }
      }),
      { numRuns: 300 },
    );
  });

  it('kindBound bounds every feature code a start allows', () => {
    const slots: Slot[] = ['name', 'value', 'basis', 'lastYear', 'weight', 'scoring', 'evidence'];
    for (let code = 0; code < 1 << 13; code++) {
      const f = decodeFeatures(code);
      // The START_* bits a run of these features has (text-features.ts): a comparator before a
      // number of strength 2, a number (or sign or comparator) before any number, weight or
      // date, dashes for "no value", digits and points for a weight.
      const number = f.strength !== 0 || f.unit || f.weight !== undefined || f.date;
      const starts =
        (number ? START_NUMBER : 0) |
        (f.strength === 2 || f.unit ? START_COMPARATOR : 0) |
        (f.none ? START_DASHES : 0) |
        (f.weight !== undefined ? START_WEIGHT : 0) |
        (f.basisExact ? START_BASIS_EXACT : 0);
      for (const slot of slots)
        expect(kindScore(slot, f)).toBeLessThanOrEqual(kindBound(slot, starts));
    }
  });

  it('valueShape reads as parseIndicatorValue', () => {
    fc.assert(
      fc.property(textArb(6), (text) => {
        const v = parseIndicatorValue(text);
        const strength = v.number === undefined ? 0 : v.comparator ? 2 : 1;
        const unit = strength === 2 && v.unit !== undefined;
        expect(valueShape(text)).toEqual({ strength, unit });
      }),
      { numRuns: 2000 },
    );
  });

  it('piece label lookups read as the match-key ones on text without spaces', () => {
    fc.assert(
      fc.property(textArb(4), (text) => {
        expect(knownPieceLabel(text)).toBe(knownLabel(text));
        expect(isPieceLabelPrefix(text)).toBe(isLabelPrefix(text));
      }),
      { numRuns: 2000 },
    );
  });
});
