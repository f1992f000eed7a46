import { describe, expect, it } from 'vitest';
import { outputNames, safeStem } from './output-names.js';

describe('output names', () => {
  it('keep the Chinese name, drop the extension and the directories', () => {
    expect(outputNames(['in/上海市普陀区司法局2026年部门预算.pdf'])).toEqual([
      '上海市普陀区司法局2026年部门预算.disclosure.json',
    ]);
  });

  it('are unique: the same stem from other folders or formats gets a counter', () => {
    expect(outputNames(['a/x.pdf', 'b/x.pdf', 'a/x.xlsx', 'a/X.txt', 'a/x-2.txt'])).toEqual([
      'x.disclosure.json',
      'x-2.disclosure.json',
      'x-3.disclosure.json',
      'X-4.disclosure.json', // case-insensitive file systems would merge X and x
      'x-2-2.disclosure.json',
    ]);
  });

  it('are safe on every common file system', () => {
    expect(safeStem('a<b>c:d"e|f?g*h\u0001.pdf')).toBe('a_b_c_d_e_f_g_h_');
    expect(safeStem('con.pdf')).toBe('_con');
    expect(safeStem('...pdf')).toBe('document');
    expect(safeStem(' 预算 . .txt')).toBe('预算');
    const long = safeStem('预'.repeat(200) + '.pdf');
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(long).toBe('预'.repeat(66));
  });
});
