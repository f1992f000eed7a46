import { describe, expect, it } from 'vitest';
import {
  closesBracket,
  joinTexts,
  joinWithOffsets,
  lineAt,
  splitOutsideBrackets,
  splitSentences,
  trimEndChars,
  unclosedBrackets,
} from './prose.js';

describe('text tools', () => {
  it('joins wrapped lines without spaces, except between Latin letters', () => {
    expect(joinTexts([' 政', '府总值班室 ', '增长 0.0', '0%', 'Office', 'Hub'])).toBe(
      '政府总值班室增长 0.00%Office Hub',
    );
  });

  it('counts unclosed brackets and sees a continuation close them', () => {
    // seed 000 lines 1354 and 1360
    const cut = '根据《关于印发…的通知（新财预【2014】82 号）《关于加强…资产出租';
    expect([...unclosedBrackets(cut)]).toEqual([['《', 2]]);
    expect(closesBracket(unclosedBrackets(cut), '管理的通知》（新财资管【2015】131 号）')).toBe(
      true,
    );
    expect(closesBracket(unclosedBrackets(cut), '（新财资管【2015】131 号）')).toBe(false);
    expect(closesBracket(unclosedBrackets('（新财资管【2015】131'), '号）文件')).toBe(true);
  });

  it('splits outside brackets and keeps each sentence with its full stop', () => {
    expect(splitOutsideBrackets('综合一室（保密办、机要）、综合二室', '、')).toEqual([
      '综合一室（保密办、机要）',
      '综合二室',
    ]);
    expect(splitSentences('甲。“乙。丙”丁。戊')).toEqual(['甲。', '“乙。丙”丁。', '戊']);
    expect(trimEndChars('名称；， ', '；，, ')).toBe('名称');
  });

  it('finds the line that holds an offset of joined text', () => {
    const lines = [
      { text: '第一行', line: 3 },
      { text: '', line: 4 },
      { text: '第二行', line: 5 },
    ];
    const joined = joinWithOffsets(lines);
    expect(joined.text).toBe('第一行第二行');
    expect([0, 2, 3, 5].map((o) => lineAt(joined, o)?.line)).toEqual([3, 3, 5, 5]);
  });
});
