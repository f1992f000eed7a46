import { describe, expect, it } from 'vitest';
import { fromChineseNumeral } from '../text/numerals.js';
import { detectStyle, splitNumbered } from './numbering.js';

describe('numbered lists', () => {
  it('reads Chinese numerals', () => {
    expect(['一', '十', '十二', '二十', '二十一', '九十九'].map(fromChineseNumeral)).toEqual([
      1, 10, 12, 20, 21, 99,
    ]);
    expect(['', '十十', '一二', '零'].map(fromChineseNumeral)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('splits inline items and ignores brackets that are not the next number', () => {
    const text = '（1）各地（州、市）工作；（2）其他（3）任务。';
    expect(detectStyle(text)).toBe('paren-arabic');
    const list = splitNumbered(text, 'paren-arabic');
    expect(list.items.map((i) => [i.marker, i.text])).toEqual([
      ['（1）', '各地（州、市）工作；'],
      ['（2）', '其他'],
      ['（3）', '任务。'],
    ]);
  });

  it('skips a dropped number, never goes back', () => {
    const list = splitNumbered('（一）甲（三）丙（二）乙（十）癸', 'paren-cn');
    expect(list.items.map((i) => i.n)).toEqual([1, 3]);
    expect(list.items[1]?.text).toBe('丙（二）乙（十）癸');
    expect(list.missing).toEqual([2]);
  });

  it('does not read a decimal as a list number', () => {
    expect(splitNumbered('1.物业 9.61万元；2.维修', 'arabic').items.map((i) => i.text)).toEqual([
      '物业 9.61万元；',
      '维修',
    ]);
  });
});
