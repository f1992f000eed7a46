import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWhitespaceCode, matchKey, normalizeText } from './normalize.js';

describe('normalize', () => {
  it('folds what a reader ignores in a label (seed 000 表6: 机关事业单位基本养老保险缴费)', () => {
    expect(matchKey(' 机关事业单位基本养老 保险缴费(项) ')).toBe(
      '机关事业单位基本养老保险缴费（项）',
    );
    expect(matchKey('编制部门: 新疆')).toBe('编制部门：新疆');
    expect(matchKey('“三公”经费')).toBe('“三公“经费');
  });

  it('folds radicals and full-width digits, keeps Chinese punctuation (seed 000 部⻔)', () => {
    expect(normalizeText('部⻔预算 ２０２５ 年，  ')).toBe('部门预算 2025 年，');
  });

  // matchKey is one pass over the text: it must give what its two regexes gave.
  it('keys every text as removing /\\s+/ and folding brackets, quotes and colons does', () => {
    const text = fc.stringMatching(
      /^[ \t\n\u3000\u00a0\u2028\u200b()[\]〔〕"＂”'’:,;（）a收1]{0,24}$/,
    );
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 16 })), (s) => {
        expect(matchKey(s)).toBe(reference(s));
      }),
      { numRuns: 3000, seed: 20251122 },
    );
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isWhitespaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

const BRACKETS: Record<string, string> = {
  '(': '（',
  ')': '）',
  '[': '【',
  ']': '】',
  '〔': '【',
  '〕': '】',
  '"': '“',
  '＂': '“',
  '”': '“',
  "'": '‘',
  '’': '‘',
  ':': '：',
  ',': '，',
  ';': '；',
};

function reference(text: string): string {
  return text.replace(/\s+/g, '').replace(/[()[\]〔〕"＂”'’:,;]/g, (c) => BRACKETS[c] ?? c);
}
