import { describe, expect, it } from 'vitest';
import { findByName, matchName, resolvePath } from './match.js';

const fn = (name: string, code: string, year?: number) =>
  matchName('function', name, { code, ...(year === undefined ? {} : { year }) });
const eco = (name: string, code: string) => matchName('economic', name, { code });

describe('matchName with a code', () => {
  it('exact: the official name, surrounding whitespace aside', () => {
    expect(fn('行政运行', '2010301')).toMatchObject({ kind: 'exact', entry: { code: '2010301' } });
    expect(fn(' 机关事业单位基本养老保险缴费支出 ', '2080505').kind).toBe('exact');
    expect(eco('公务用车运行维护费', '30231').kind).toBe('exact');
    expect(eco('代缴社会保险费', '30311').kind).toBe('exact');
    expect(fn('社会工作事务', '20139').kind).toBe('exact');
  });

  it('tolerant: widths, brackets, spaces and PDF line breaks', () => {
    expect(fn('其他政府办公厅(室)及相关机构事务支出', '2010399').kind).toBe('tolerant');
    expect(fn('其他政府办公厅（室）及相关机\n构事务支出', '2010399').kind).toBe('tolerant');
    expect(fn('政府办公厅 （室） 及相关机构事务', '20103').kind).toBe('tolerant');
    expect(fn('行政运行（项）', '2010301').kind).toBe('tolerant');
    expect(fn('2010301 行政运行', '2010301').kind).toBe('tolerant');
  });

  it('tolerant: a 项 name followed by its 款 (or 类) name in brackets', () => {
    const m = fn('事业运行（政府办公厅（室）及相关机构事务）', '2010350');
    expect(m).toMatchObject({ kind: 'tolerant', entry: { code: '2010350', name: '事业运行' } });
    expect(fn('事业运行(政府办公厅(室)及相关机构事务)', '2010350').kind).toBe('tolerant');
    expect(fn('行政运行（一般公共服务支出）', '2010301').kind).toBe('tolerant');
  });

  it('tolerant: a trailing 支出 added or dropped', () => {
    expect(eco('其他对个人和家庭的补助支出', '30399').kind).toBe('tolerant');
    expect(fn('机关事业单位基本养老保险缴费', '2080505').kind).toBe('tolerant');
    expect(eco('机关事业单位基本养老保险缴费支出', '30108').kind).toBe('tolerant');
    expect(fn('其他政府办公厅（室）及相关机构事务', '2010399').kind).toBe('tolerant');
  });

  it('former: a name the code had in an earlier edition', () => {
    expect(fn('医疗卫生与计划生育支出', '210', 2026)).toEqual({
      kind: 'former',
      entry: expect.objectContaining({ code: '210', name: '卫生健康支出' }),
      expected: '卫生健康支出',
    });
    expect(fn('医疗卫生与计划生育支出', '210').kind).toBe('former');
    expect(fn('行政事业单位离退休', '20805', 2025)).toMatchObject({
      kind: 'former',
      expected: '行政事业单位养老支出',
    });
    expect(fn('行政事业单位离退休', '20805', 2020).kind).toBe('exact');
    expect(fn('医疗卫生与计划生育支出', '210', 2017).kind).toBe('exact');
    // A retired code printed under its last name in a later year: no name in force to expect.
    const retired = fn('工商行政管理事务', '20117', 2025);
    expect(retired).toMatchObject({ kind: 'former', entry: { retiredAfter: 2018 } });
    expect(retired.expected).toBeUndefined();
  });

  it('mismatch: a genuinely different name, with the expected one', () => {
    expect(fn('事业运行', '2010301')).toMatchObject({ kind: 'mismatch', expected: '行政运行' });
    expect(fn('机关事业单位职业年金缴费支出', '2080505').kind).toBe('mismatch');
    expect(eco('其他对个人和家庭的补助支出', '30305')).toMatchObject({
      kind: 'mismatch',
      expected: '生活补助',
    });
    // The bracket must name an ancestor, not just anything.
    expect(fn('事业运行（人大事务）', '2010350').kind).toBe('mismatch');
    expect(fn('卫生健康支出', '210', 2017)).toMatchObject({
      kind: 'former',
      expected: '医疗卫生与计划生育支出',
    });
  });

  it('unknown-code: codes outside the catalog (a warning for callers, not an error)', () => {
    expect(fn('行政运行', '2019998')).toEqual({ kind: 'unknown-code' });
    expect(eco('公务接待费', '30298')).toEqual({ kind: 'unknown-code' });
    expect(fn('合计', '合计')).toEqual({ kind: 'unknown-code' });
  });
});

describe('matchName without a code', () => {
  it('uses the name, narrowed by parent or level', () => {
    expect(matchName('function', '行政运行', { parent: '20103' })).toMatchObject({
      kind: 'exact',
      entry: { code: '2010301' },
    });
    expect(matchName('economic', '其他对个人和家庭的补助支出')).toMatchObject({
      kind: 'tolerant',
      entry: { code: '30399' },
    });
    expect(matchName('function', '根本不存在的科目')).toEqual({ kind: 'mismatch' });
    expect(matchName('function', '医疗卫生与计划生育支出', { year: 2025 })).toMatchObject({
      kind: 'former',
      entry: { code: '210' },
      expected: '卫生健康支出',
    });
    const retired = matchName('function', '工商行政管理事务', { year: 2025 });
    expect(retired).toEqual({ kind: 'former', entry: expect.objectContaining({ code: '20117' }) });
  });
});

describe('findByName', () => {
  it('returns every entry bearing a name, in code order', () => {
    const all = findByName('function', '行政运行');
    expect(all.length).toBeGreaterThan(50);
    expect(all[0]?.code).toBe('2010101');
    expect(findByName('function', '行政运行', { parent: '20103' }).map((e) => e.code)).toEqual([
      '2010301',
    ]);
    expect(findByName('function', '行政运行', { parent: '201' }).length).toBeGreaterThan(10);
    expect(findByName('function', '住房公积金').map((e) => e.code)).toEqual(['2210201']);
    expect(findByName('function', '住房公积金', { level: '款' })).toEqual([]);
  });
  it('resolves a bracketed parent name and level markers', () => {
    const hits = findByName('function', '事业运行（政府办公厅（室）及相关机构事务）');
    expect(hits.map((e) => e.code)).toEqual(['2010350']);
    expect(findByName('function', '一般公共服务支出（类）').map((e) => e.code)).toEqual(['201']);
  });
  it('falls back to former names, named as in force', () => {
    expect(findByName('function', '医疗卫生与计划生育支出').map((e) => e.name)).toEqual([
      '卫生健康支出',
    ]);
    expect(findByName('function', '医疗卫生与计划生育支出', { year: 2016 })[0]?.name).toBe(
      '医疗卫生与计划生育支出',
    );
  });
});

describe('resolvePath', () => {
  it('walks 类 → 款 → 项 names from narrative text', () => {
    const text = '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）';
    expect(resolvePath('function', text)?.code).toBe('2010301');
    expect(
      resolvePath('function', [
        '社会保障和就业支出',
        '行政事业单位养老支出',
        '机关事业单位基本养老保险缴费支出',
      ])?.code,
    ).toBe('2080505');
    expect(
      resolvePath('function', ['卫生健康支出', '行政事业单位医疗', '行政单位医疗'])?.code,
    ).toBe('2101101');
    expect(resolvePath('function', ['住房保障支出', '住房公积金'])?.code).toBe('2210201');
  });
  it('is undefined when ambiguous or unresolvable', () => {
    expect(resolvePath('function', ['一般公共服务支出', '行政运行'])).toBeUndefined();
    expect(resolvePath('function', ['卫生健康支出', '人大事务'])).toBeUndefined();
    expect(resolvePath('function', [])).toBeUndefined();
  });
});
