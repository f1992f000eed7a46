import { describe, expect, it } from 'vitest';
import {
  looseKey,
  normalizeNameKey,
  splitLevelMarker,
  splitNamePath,
  splitTrailingGroup,
} from './name-key.js';

describe('normalizeNameKey', () => {
  const key = normalizeNameKey('其他政府办公厅(室)及相关机构事务支出');
  it('unifies bracket widths and styles', () => {
    expect(normalizeNameKey('其他政府办公厅（室）及相关机构事务支出')).toBe(key);
    expect(normalizeNameKey('其他政府办公厅【室】及相关机构事务支出')).toBe(key);
    expect(normalizeNameKey('其他政府办公厅[室]及相关机构事务支出')).toBe(key);
    expect(normalizeNameKey('其他政府办公厅［室］及相关机构事务支出')).toBe(key);
  });
  it('removes whitespace and line-break residue from PDF text', () => {
    expect(normalizeNameKey('其他政府办公厅（室）及相关机\n构事务支出')).toBe(key);
    expect(normalizeNameKey(' 其他政府办公厅 （室） 及相关机构事务支出\u3000')).toBe(key);
    expect(normalizeNameKey('其他政府办公厅（室）及相关机\u200b构事务支出')).toBe(key);
  });
  it('folds full-width letters and digits, quotes and a trailing 。', () => {
    expect(normalizeNameKey('ＰＰＰ项目１')).toBe(normalizeNameKey('ppp项目1'));
    expect(normalizeNameKey('“两庭”建设')).toBe(normalizeNameKey('"两庭"建设'));
    expect(normalizeNameKey('行政运行。')).toBe('行政运行');
  });
  it('keeps names that really differ apart', () => {
    expect(normalizeNameKey('行政运行')).not.toBe(normalizeNameKey('事业运行'));
    expect(normalizeNameKey('资本性支出（一）')).not.toBe(normalizeNameKey('资本性支出（二）'));
  });
});

describe('level markers and paths', () => {
  it('splits a trailing level marker', () => {
    expect(splitLevelMarker('行政运行（项）')).toEqual({ name: '行政运行', level: '项' });
    expect(splitLevelMarker('一般公共服务支出(类) ')).toEqual({
      name: '一般公共服务支出',
      level: '类',
    });
    expect(splitLevelMarker('政府办公厅（室）及相关机构事务')).toEqual({
      name: '政府办公厅（室）及相关机构事务',
    });
  });
  it('splits a narrative 类/款/项 path after each marker', () => {
    expect(
      splitNamePath('一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）'),
    ).toEqual(['一般公共服务支出（类）', '政府办公厅（室）及相关机构事务（款）', '行政运行（项）']);
  });
  it('finds the last top-level bracket group, nesting included', () => {
    expect(splitTrailingGroup('事业运行(政府办公厅(室)及相关机构事务)')).toEqual([
      '事业运行',
      '政府办公厅(室)及相关机构事务',
    ]);
    expect(splitTrailingGroup('政府办公厅(室)及相关机构事务')).toBeUndefined();
    expect(splitTrailingGroup('(一)')).toBeUndefined();
  });
  it('drops one trailing 支出 for loose comparison', () => {
    expect(looseKey('其他对个人和家庭的补助支出')).toBe('其他对个人和家庭的补助');
    expect(looseKey('支出')).toBe('支出');
  });
});
