import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmountText } from '../../model/money.js';
import { amountOf, tokenize, words } from './tokens.js';

describe('tokens', () => {
  it('reads a 项 line of seed 000 表5: code digits, name, amounts', () => {
    const t = tokenize('  201 03 01   行政运行   2,133.17  2,133.17');
    expect(t.codeDigits).toEqual(['201', '03', '01']);
    expect(t.text).toBe('行政运行');
    expect(t.amounts).toEqual([213317, 213317]);
    expect(t.indent).toBe(2);
  });

  it('reads codes printed with dashes (201-03-01, 201-03) as code digits, not as text', () => {
    expect(tokenize('201-03-01 行政运行 4,773.88').codeDigits).toEqual(['201', '03', '01']);
    expect(tokenize('201-03 政府办公厅（室）及相关机构事务 1.00').codeDigits).toEqual([
      '201',
      '03',
    ]);
    expect(tokenize('-201.03').codeDigits).toEqual([]); // a negative amount stays an amount
  });

  // amountOf reads plain numbers itself (most of a table's tokens): it must agree with the model.
  it('reads every token as parseAmountText does', () => {
    const token = fc.stringMatching(/^[-−]?[0-9,，]{0,16}(\.[0-9]{0,4})?$/);
    // Digit groups joined by commas, well formed ("14,216.81") or not ("1,2345", "1234,567").
    const grouped = fc
      .tuple(
        fc.stringMatching(/^[-−]?$/),
        fc.array(fc.stringMatching(/^[0-9]{1,4}$/), { minLength: 1, maxLength: 5 }),
        fc.stringMatching(/^(\.[0-9]{0,3})?$/),
      )
      .map(([sign, groups, fraction]) => sign + groups.join(',') + fraction);
    fc.assert(
      fc.property(fc.oneof(token, grouped, fc.string({ maxLength: 12 })), (t) => {
        expect(Object.is(amountOf(t), parseAmountText(t))).toBe(true);
      }),
      { numRuns: 5000, seed: 20251122 },
    );
  });

  it('splits at whitespace as trim().split(/\\s+/) does, without empty words', () => {
    const text = fc.stringMatching(/^[ \t\u3000\u00a0\u2028\u200b a收1.,]{0,20}$/);
    fc.assert(
      fc.property(text, (s) => {
        expect(words(s)).toEqual(s.trim().split(/\s+/).filter(Boolean));
      }),
      { numRuns: 2000, seed: 20251122 },
    );
  });
});
