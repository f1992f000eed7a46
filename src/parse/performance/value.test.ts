import { describe, expect, it } from 'vitest';
import { displayWidth, firstWordWidth, isNoValue, parseIndicatorValue } from './value.js';

describe('parseIndicatorValue', () => {
  it('reads comparator (in one form), number and unit, keeping the text as printed', () => {
    expect(parseIndicatorValue('＞=98%')).toEqual({
      text: '＞=98%',
      comparator: '≥',
      number: 98,
      unit: '%',
    });
    expect(parseIndicatorValue('=32200平方米')).toEqual({
      text: '=32200平方米',
      comparator: '=',
      number: 32200,
      unit: '平方米',
    });
    expect(parseIndicatorValue('＞＝40人')).toMatchObject({ text: '＞＝40人', comparator: '≥' });
    expect(parseIndicatorValue('＜=13.22万元')).toMatchObject({
      text: '＜=13.22万元',
      comparator: '≤',
      number: 13.22,
      unit: '万元',
    });
    expect(parseIndicatorValue('＝1次')).toMatchObject({ text: '＝1次', comparator: '=' });
    expect(parseIndicatorValue('＜3')).toEqual({ text: '＜3', comparator: '<', number: 3 });
    expect(parseIndicatorValue('≤0.017万元/平方米')).toMatchObject({ unit: '万元/平方米' });
    expect(parseIndicatorValue('＞=50（家/次）')).toMatchObject({ number: 50, unit: '（家/次）' });
  });

  it('drops layout spaces ("＞=3 次")', () => {
    expect(parseIndicatorValue('＞=3 次')).toEqual({
      text: '＞=3次',
      comparator: '≥',
      number: 3,
      unit: '次',
    });
  });

  it('reads a number without comparator, and keeps words and dates as text', () => {
    expect(parseIndicatorValue('9.3吨')).toEqual({ text: '9.3吨', number: 9.3, unit: '吨' });
    expect(parseIndicatorValue('3410')).toEqual({ text: '3410', number: 3410 });
    expect(parseIndicatorValue('有效保障')).toEqual({ text: '有效保障' });
    expect(parseIndicatorValue('2021年12月')).toEqual({ text: '2021年12月' });
  });

  it('knows the "no value" marks of 上年完成值', () => {
    expect(isNoValue('-')).toBe(true);
    expect(isNoValue('—')).toBe(true);
    expect(isNoValue('98%')).toBe(false);
  });
});

describe('widths', () => {
  it('counts CJK and full-width forms as two', () => {
    expect(displayWidth('=3220')).toBe(5);
    expect(displayWidth('＞')).toBe(2);
    expect(displayWidth('按照完成比例赋')).toBe(14);
    expect(firstWordWidth('=98%')).toBe(4);
    expect(firstWordWidth('0平方')).toBe(1);
    expect(firstWordWidth('小时')).toBe(2);
  });
});
