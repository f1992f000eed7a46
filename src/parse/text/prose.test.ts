import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closesBracket,
  insideBrackets,
  lastOutside,
  sentenceEnd,
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

  // The bracket scans read each text once, by character code: they must agree with the plain
  // reading of bracket depths below.
  it('tells inside from outside brackets as counting the depth of each kind does', () => {
    const text = fc.stringMatching(/^[（(《【[〔＜“）)》】\]〕＞”。；，a收]{0,24}$/);
    fc.assert(
      fc.property(text, fc.integer({ min: -1, max: 25 }), (s, from) => {
        const outside = outsideOf(s);
        expect(insideBrackets(s)).toEqual([...s].map((_, i) => !outside.includes(i)));
        expect(lastOutside(s, '。；')).toBe(
          Math.max(-1, ...outside.filter((i) => '。；'.includes(s.charAt(i)))),
        );
        const end = outsideOf(s, from).find((i) => '。，'.includes(s.charAt(i)));
        expect(sentenceEnd(s, from, '。，')).toBe(end ?? -1);
        expect(splitSentences(s).join('')).toBe(s.replace(/\s/g, ''));
      }),
      { numRuns: 2000, seed: 20251122 },
    );
  });
});

const OPENS = '（(《【[〔＜“';
const KIND_OF_OPEN = '（（《【【【＜“';
const CLOSES = '）)》】]〕＞”';
const KIND_OF_CLOSE = '（（《【【【＜“';

/** Reference: indexes from `from` on outside every bracket (brackets excluded), by depth per kind. */
function outsideOf(text: string, from = 0): number[] {
  const depth = new Map<string, number>();
  let inside = 0;
  const out: number[] = [];
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    const o = c ? OPENS.indexOf(c) : -1; // (before the text, charAt gives '')
    const k = c ? CLOSES.indexOf(c) : -1;
    if (o >= 0) {
      const kind = KIND_OF_OPEN.charAt(o);
      depth.set(kind, (depth.get(kind) ?? 0) + 1);
      inside++;
    } else if (k >= 0 && (depth.get(KIND_OF_CLOSE.charAt(k)) ?? 0) > 0) {
      const kind = KIND_OF_CLOSE.charAt(k);
      depth.set(kind, depth.get(kind)! - 1);
      inside--;
    } else if (inside === 0) out.push(i);
  }
  return out;
}
