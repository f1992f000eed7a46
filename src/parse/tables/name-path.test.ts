import { describe, expect, it } from 'vitest';
import { textLayout } from '../../ingest/index.js';
import { readCodedRows } from './coded-rows.js';
import { codeOfNamePath } from './name-path.js';

describe('codeOfNamePath', () => {
  it('resolves a 项 and a 款 printed as a path of names', () => {
    expect(
      codeOfNamePath('function', '一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行'),
    ).toEqual({ code: '2010301', name: '行政运行' });
    expect(codeOfNamePath('function', '住房保障支出－住房改革支出')).toEqual({
      code: '22102',
      name: '住房改革支出',
    });
  });

  it('leaves plain names and unknown paths alone', () => {
    expect(codeOfNamePath('function', '行政运行')).toBeUndefined();
    expect(codeOfNamePath('function', '一般公共服务支出-不存在的款-行政运行')).toBeUndefined();
  });
});

describe('readCodedRows with name paths', () => {
  it('gives the rows their codes, named by the last part', () => {
    const text = [
      '一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行 4,773.88 4,773.88',
      '住房保障支出-住房改革支出-住房公积金 585.46 585.46',
    ].join('\n');
    const { rows } = readCodedRows(textLayout(Buffer.from(text), 'fixture.txt').lines, {
      rowKey: 'function',
      knownUnits: [],
      table: 'general-budget',
    });
    expect(rows.map((r) => [r.code, r.name])).toEqual([
      ['2010301', '行政运行'],
      ['2210201', '住房公积金'],
    ]);
  });
});
